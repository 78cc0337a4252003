/**
 * Sentences and sentence groups: what a mention's commitments are ranked by. Shared by the core
 * (lib/annotate.ts ranks mentions lazily) and the content script, which holds a page's mentions as
 * records from the background and sends a hovered mention's sentence to be ranked there; both must
 * form the same groups, so the rules live here once.
 */
import type { AgencyId, Dataset } from '../data/schema.ts';
import type { SentenceContext } from './rank.ts';
import { SENTENCE_BREAKS } from './cues.ts';

const sentenceBreak = new Uint8Array(65536);
for (const ch of SENTENCE_BREAKS) sentenceBreak[ch.charCodeAt(0)] = 1;
/** How far a sentence is looked for each way, so a block without punctuation stays cheap. */
export const SENTENCE_MAX = 300;

/** Start of the sentence holding `start`: after the previous terminator, at most SENTENCE_MAX back. */
export function sentenceStart(text: string, start: number): number {
  const min = Math.max(0, start - SENTENCE_MAX);
  let i = start;
  while (i > min && sentenceBreak[text.charCodeAt(i - 1)] === 0) i--;
  return i;
}

/** End of the sentence holding `end`: its terminator included (not a line break, not at the cap). */
export function sentenceEnd(text: string, end: number): number {
  const max = Math.min(text.length, end + SENTENCE_MAX);
  let i = end;
  while (i < max && sentenceBreak[text.charCodeAt(i)] === 0) i++;
  if (i < max && text.charCodeAt(i) !== 0x0a) i++;
  return i;
}

/**
 * The sentence around [start, end): from after the previous 。！？；!?; or line break to the next
 * one (included), at most 300 code units each way. Whitespace at the ends is trimmed.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = sentenceStart(text, start);
  let e = sentenceEnd(text, end);
  while (s < start && /\s/.test(text[s]!)) s++;
  while (e > end && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/**
 * Mention records of one text, in text order: `stride` numbers per mention, starting with start,
 * end and entity code (agencies ≥ 0, terms -index - 1).
 */
export interface TextRecords {
  text: string;
  records: ArrayLike<number>;
  stride: number;
}

/**
 * Sentence groups: group[k] = index of the first mention of k's group. A group starts at a mention
 * and takes every following mention that starts before the end of its sentence.
 */
export function sentenceGroups({ text, records, stride }: TextRecords): Int32Array {
  const n = Math.floor(records.length / stride);
  const group = new Int32Array(n);
  let i = 0;
  while (i < n) {
    const sEnd = sentenceEnd(text, records[stride * i + 1]!);
    let j = i;
    while (j < n && records[stride * j]! < sEnd) group[j++] = i;
    i = j;
  }
  return group;
}

/** Mention k's sentence group as the ranking sees it: the sentence text and the entities in it. */
export function groupContext(
  { text, records, stride }: TextRecords,
  group: Int32Array,
  k: number,
  dataset: Pick<Dataset, 'agencies' | 'terms'>,
): SentenceContext {
  const i = group[k]!;
  const terms = new Set<string>();
  const agencies = new Set<AgencyId>();
  for (let j = i; j < group.length && group[j] === i; j++) {
    const code = records[stride * j + 2]!;
    if (code >= 0) agencies.add(dataset.agencies[code]!.id);
    else terms.add(dataset.terms[-code - 1]!.id);
  }
  const sentence = text.slice(sentenceStart(text, records[stride * i]!), sentenceEnd(text, records[stride * i + 1]!));
  return { terms, agencies, text: sentence };
}

/**
 * Public API of the matching core: dataset in, `annotate(text)` out. DOM-free; the same code runs
 * in Node (CLI, eval, bench, tests), the content script and the popup.
 *
 *   const annotator = createAnnotator(dataset);   // builds the automaton once (a few ms)
 *   annotator.annotate(blockText);                // → Mention[], offsets into blockText
 *
 * Pass one `AnnotateContext` (annotator.createContext()) to consecutive annotate() calls for the
 * blocks of one page, so a story's foreign reading (美国司法部 … 司法部) carries across paragraphs.
 */
import type { AgencyId, CategoryId, Dataset } from '../data/schema.ts';
import { buildLexicon } from './lexicon.ts';
import { compileMatcher } from './matcher.ts';
import type { ResolveContext } from './resolve.ts';
import { createContext, createResolver } from './resolve.ts';
import type { RankOptions, Ranker } from './rank.ts';
import { createRanker } from './rank.ts';
import { SENTENCE_BREAKS } from './cues.ts';

export interface Mention {
  /** UTF-16 offsets into the annotated string; text === input.slice(start, end). */
  start: number;
  end: number;
  text: string;
  kind: 'agency' | 'term';
  /** AgencyId or term id. */
  entityId: string;
  /** Agencies: simplified full name (最高人民法院 …); terms: the term name. */
  entity: string;
  /** 'agency' for agencies; the term's theme otherwise. */
  category: CategoryId;
  /** The agency itself, or the term's related agencies. Shared, do not mutate. */
  agencies: AgencyId[];
  /** Commitment ids, most relevant first (ranked by the mention's sentence). Shared, do not mutate. */
  commitments: string[];
}

export type AnnotateContext = ResolveContext;

export interface AnnotateOptions extends RankOptions {
  /** Skip commitment ranking (commitments: [] on every mention); for pure matching benchmarks. */
  rank?: boolean;
}

export interface Annotator {
  annotate(text: string, context?: AnnotateContext): Mention[];
  /** A context to share across the text blocks of one document. */
  createContext(): AnnotateContext;
  /** Time spent building the automaton, in milliseconds. */
  readonly buildMs: number;
  /** Number of distinct folded patterns in the automaton. */
  readonly patternCount: number;
  /** Approximate bytes held by the automaton tables. */
  readonly automatonBytes: number;
  readonly ranker: Ranker;
}

const sentenceBreak = new Uint8Array(65536);
for (const ch of SENTENCE_BREAKS) sentenceBreak[ch.charCodeAt(0)] = 1;
/** How far sentenceAround looks each way, so a block without punctuation stays cheap. */
const SENTENCE_MAX = 300;

function sentenceStart(text: string, start: number): number {
  const min = Math.max(0, start - SENTENCE_MAX);
  let i = start;
  while (i > min && sentenceBreak[text.charCodeAt(i - 1)] === 0) i--;
  return i;
}
function sentenceEnd(text: string, end: number): number {
  const max = Math.min(text.length, end + SENTENCE_MAX);
  let i = end;
  while (i < max && sentenceBreak[text.charCodeAt(i)] === 0) i++;
  // Include the terminator itself (not a line break; not when the length cap stopped the scan).
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

export function createAnnotator(dataset: Dataset, options: AnnotateOptions = {}): Annotator {
  const t0 = performance.now();
  const lexicon = buildLexicon(dataset);
  const matcher = compileMatcher(lexicon.patterns);
  const resolver = createResolver(dataset, lexicon, matcher);
  const buildMs = performance.now() - t0;
  const ranker = createRanker(dataset, options);
  const doRank = options.rank ?? true;
  const marks = ranker.createMarks();
  const noCommitments: string[] = [];

  const agencyIds = dataset.agencies.map((a) => [a.id]);

  function annotate(text: string, context?: AnnotateContext): Mention[] {
    const n = resolver.resolve(text, context ?? createContext());
    const out = resolver.out;
    const mentions: Mention[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const start = out[3 * k]!;
      const end = out[3 * k + 1]!;
      const code = out[3 * k + 2]!;
      if (code >= 0) {
        const a = dataset.agencies[code]!;
        mentions[k] = {
          start, end, text: text.slice(start, end), kind: 'agency',
          entityId: a.id, entity: a.name, category: 'agency', agencies: agencyIds[code]!, commitments: noCommitments,
        };
      } else {
        const t = dataset.terms[-code - 1]!;
        mentions[k] = {
          start, end, text: text.slice(start, end), kind: 'term',
          entityId: t.id, entity: t.name, category: t.category, agencies: t.agencies, commitments: noCommitments,
        };
      }
    }
    if (doRank && n > 0) rankAll(text, out, mentions);
    return mentions;
  }

  /** Groups mentions by sentence (they are in text order) and ranks each one's commitments. */
  function rankAll(text: string, codes: Int32Array, mentions: Mention[]): void {
    let i = 0;
    while (i < mentions.length) {
      const sEnd = sentenceEnd(text, mentions[i]!.end);
      marks.stamp++;
      let j = i;
      while (j < mentions.length && mentions[j]!.start < sEnd) {
        const code = codes[3 * j + 2]!;
        if (code >= 0) marks.agencyStamp[code] = marks.stamp;
        else marks.termStamp[-code - 1] = marks.stamp;
        j++;
      }
      marks.start = sentenceStart(text, mentions[i]!.start);
      marks.end = sEnd;
      for (let k = i; k < j; k++) mentions[k]!.commitments = ranker.rankMarked(codes[3 * k + 2]!, marks, text);
      i = j;
    }
  }

  return {
    annotate,
    createContext,
    buildMs,
    patternCount: matcher.size,
    automatonBytes: matcher.bytes,
    ranker,
  };
}

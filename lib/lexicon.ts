/**
 * The dictionary the matcher runs on, compiled from the dataset: every alias of every agency and
 * term (plus the canonical names), every exclusion surface, and the list-only surfaces below.
 */
import type { AgencyId, Dataset } from '../data/schema.ts';
import { foldString } from './normalize.ts';
import { FOREIGN_CUE_EXTRAS, MAINLAND_CUES } from './cues.ts';

/**
 * Surfaces that name an agency only as an item of an enumeration of bodies (公安、法院、检察院、司法局);
 * elsewhere they are modifiers or local units (公安局, 诉至法院, 法院领导) and are not mentions.
 * They are in the matcher so that they can be recognised in lists; the resolver drops the rest.
 */
export const LIST_ONLY: ReadonlyArray<readonly [string, AgencyId]> = [
  ['公安', 'mps'],
  ['法院', 'spc'],
  ['司法局', 'moj'],
];

export type EntryKind = 'exclusion' | 'agency' | 'term' | 'list' | 'cue';
const PRIORITY: Record<EntryKind, number> = { exclusion: 0, agency: 1, term: 2, list: 3, cue: 4 };

export interface Entry {
  kind: EntryKind;
  /**
   * Index into dataset.agencies / terms / exclusions; for 'list', into dataset.agencies; for 'cue',
   * into `Lexicon.cueSides`.
   */
  index: number;
  /** The raw dictionary text. */
  text: string;
  /** True when the raw text is in traditional script (differs from its fold). */
  traditional: boolean;
}

export interface Lexicon {
  entries: Entry[];
  /** Raw pattern strings, parallel to `entries`. */
  patterns: string[];
  /** Per cue entry: the (folded) qualifier it points to. */
  cueSides: string[];
}

export function buildLexicon(dataset: Dataset): Lexicon {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const add = (kind: EntryKind, index: number, text: string) => {
    const key = `${kind}\u0000${index}\u0000${text}`;
    if (seen.has(key) || text.trim() === '') return;
    seen.add(key);
    entries.push({ kind, index, text, traditional: foldString(text) !== text.toLowerCase() });
  };
  dataset.exclusions.forEach((x, i) => add('exclusion', i, x.text));
  dataset.agencies.forEach((a, i) => {
    add('agency', i, a.name);
    for (const al of a.aliases) add('agency', i, al.text);
  });
  dataset.terms.forEach((t, i) => {
    for (const al of t.aliases) add('term', i, al.text);
  });
  for (const [text, id] of LIST_ONLY) {
    const i = dataset.agencies.findIndex((a) => a.id === id);
    if (i >= 0) add('list', i, text);
  }
  // Foreign context cues for the resolver, matched in the same pass (they are rare in mainland
  // news, so they cost little; the frequent mainland cues 中国/全国 … are looked up by the resolver
  // only where a foreign reading is in force). A cue must not hide an alias: an alias starting at
  // the same offset is longer and wins, and tests/lib/resolve.test.ts checks that no alias begins
  // with a proper suffix of a cue (which leftmost-longest would cut off).
  const cueSides: string[] = [];
  const qualifiers = new Set(dataset.exclusions.flatMap((x) => (x.qualifier ? [foldString(x.qualifier)] : [])));
  for (const q of qualifiers) {
    for (const w of [q, ...(FOREIGN_CUE_EXTRAS[q] ?? [])]) {
      add('cue', cueSides.length, w);
      cueSides.push(q);
    }
  }
  entries.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  return { entries, patterns: entries.map((e) => e.text), cueSides };
}

/** Every string of the dataset and of the resolver's cue lists that gets matched against text. */
export function lexiconStrings(dataset: Dataset): string[] {
  const out = buildLexicon(dataset).patterns.slice();
  for (const x of dataset.exclusions) if (x.qualifier) out.push(x.qualifier);
  out.push(...MAINLAND_CUES);
  for (const list of Object.values(FOREIGN_CUE_EXTRAS)) out.push(...list);
  out.push(...Object.keys(FOREIGN_CUE_EXTRAS));
  return out;
}

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

/**
 * A lexicon as plain data, for lib/generated/automaton.ts (lib/automaton.ts). The texts are not
 * stored where the dataset has them: an entry points to its string (name or alias number), so the
 * generated module does not repeat the dataset.
 */
export interface SerializedLexicon {
  /** One letter per entry: x exclusion, a agency, t term, l list, c cue. */
  kinds: string;
  index: number[];
  /**
   * Per entry, where its text is: agency -1 for the name, else the alias number; term: the alias
   * number; exclusion: 0; list: the LIST_ONLY row; cue: the number of the cue text in `cueTexts`.
   */
  sub: number[];
  /** Indices of the entries written in traditional script. */
  traditional: number[];
  /** Cue texts and cue sides, joined by U+0001. */
  cueTexts: string;
  cueSides: string;
}

const KIND_LETTER: Record<EntryKind, string> = { exclusion: 'x', agency: 'a', term: 't', list: 'l', cue: 'c' };
const LETTER_KIND: Record<string, EntryKind> = { x: 'exclusion', a: 'agency', t: 'term', l: 'list', c: 'cue' };
const SEP = '\u0001';

function entryText(dataset: Dataset, kind: EntryKind, index: number, sub: number, cueTexts: readonly string[]): string | undefined {
  switch (kind) {
    case 'exclusion':
      return dataset.exclusions[index]?.text;
    case 'agency':
      return sub < 0 ? dataset.agencies[index]?.name : dataset.agencies[index]?.aliases[sub]?.text;
    case 'term':
      return dataset.terms[index]?.aliases[sub]?.text;
    case 'list':
      return LIST_ONLY[sub]?.[0];
    case 'cue':
      return cueTexts[sub];
  }
}

/** Throws when the lexicon would not restore exactly (deserializeLexicon with the same dataset). */
export function serializeLexicon(lexicon: Lexicon, dataset: Dataset): SerializedLexicon {
  const cueTexts: string[] = [];
  const sub = lexicon.entries.map((e) => {
    switch (e.kind) {
      case 'exclusion':
        return 0;
      case 'agency': {
        const a = dataset.agencies[e.index]!;
        return a.name === e.text ? -1 : a.aliases.findIndex((al) => al.text === e.text);
      }
      case 'term':
        return dataset.terms[e.index]!.aliases.findIndex((al) => al.text === e.text);
      case 'list':
        return LIST_ONLY.findIndex(([t]) => t === e.text);
      case 'cue':
        return cueTexts.push(e.text) - 1;
    }
  });
  if ([...cueTexts, ...lexicon.cueSides].some((t) => t.includes(SEP))) throw new Error('serializeLexicon: text holds U+0001');
  const out: SerializedLexicon = {
    kinds: lexicon.entries.map((e) => KIND_LETTER[e.kind]).join(''),
    index: lexicon.entries.map((e) => e.index),
    sub,
    traditional: lexicon.entries.flatMap((e, i) => (e.traditional ? [i] : [])),
    cueTexts: cueTexts.join(SEP),
    cueSides: lexicon.cueSides.join(SEP),
  };
  const back = deserializeLexicon(JSON.parse(JSON.stringify(out)) as SerializedLexicon, dataset);
  if (JSON.stringify(back) !== JSON.stringify(lexicon)) throw new Error('serializeLexicon: the lexicon does not round-trip');
  return out;
}

export function deserializeLexicon(s: SerializedLexicon, dataset: Dataset): Lexicon {
  const n = s.kinds.length;
  const { index, sub } = s;
  const cueTexts = s.cueTexts === '' ? [] : s.cueTexts.split(SEP);
  const entries: Entry[] = new Array(n);
  const patterns: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const kind = LETTER_KIND[s.kinds[i]!]!;
    const text = entryText(dataset, kind, index[i]!, sub[i]!, cueTexts);
    if (text === undefined) throw new Error('deserializeLexicon: the dataset does not fit');
    entries[i] = { kind, index: index[i]!, text, traditional: false };
    patterns[i] = text;
  }
  for (const i of s.traditional) entries[i]!.traditional = true;
  return { entries, patterns, cueSides: s.cueSides === '' ? [] : s.cueSides.split(SEP) };
}

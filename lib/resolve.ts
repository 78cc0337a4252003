/**
 * From matcher hits to mentions: applies the dataset's exclusions and decides which entity each
 * surviving hit names.
 *
 * 1. A hit's folded pattern may stand for several dictionary entries (各級法院, Hong Kong's courts,
 *    is an exclusion; 各级法院 is an SPC alias; they fold together). Entries are tried in priority
 *    order exclusion > agency > term > list-only; an exclusion written in traditional script only
 *    applies where the matched text has a traditional character (see `exclusionApplies`). A hit
 *    whose only entry is a non-applying exclusion is rescanned from its second character, so the
 *    alias inside it (检察院 in mainland 地方检察院) is still found.
 * 2. An exclusion hit never yields a mention (美国司法部 never yields 司法部). Where it carries a
 *    `qualifier` (美国, 越南 …), later bare mentions of the agency it resembles are read as that
 *    foreign body (ktsf: 美國司法部 … 司法部公開三份起訴書) until a mainland cue.
 * 3. For an agency with qualified exclusions, each mention first looks back within its clause for
 *    the nearest cue: a mainland cue (大陆, 内地, 中共 …, lib/cues.ts) makes it the PRC body and
 *    clears the foreign reading; a foreign cue of one of its qualifiers (越共 … 兼公安部长) makes it
 *    the foreign body. Without a cue, the state left by earlier text decides.
 * 4. List-only surfaces (公安, 法院, 司法局) count only inside an enumeration of bodies (公安、法院、…).
 *
 * State can be carried across text blocks of one page through a `ResolveContext`: the content
 * script annotates paragraph by paragraph, and the foreign reading of a story spans paragraphs.
 */
import type { AgencyId, Dataset } from '../data/schema.ts';
import type { Lexicon, Entry } from './lexicon.ts';
import type { Matcher } from './matcher.ts';
import { compileMatcher } from './matcher.ts';
import { foldString, isSpace, isZeroWidth, foldCode } from './normalize.ts';
import { CLAUSE_BREAKS, FOREIGN_CUE_EXTRAS, MAINLAND_CUES } from './cues.ts';

export interface ResolveContext {
  /** Agency id → qualifier of the foreign body its bare mentions currently refer to. */
  foreign: Map<AgencyId, string>;
}

export function createContext(): ResolveContext {
  return { foreign: new Map() };
}

/** Resolved mention: kind 0 = agency (index into dataset.agencies), 1 = term (dataset.terms). */
export interface Resolved {
  start: number;
  end: number;
  kind: 0 | 1;
  index: number;
}

/** How far back (code units) a cue may sit within the clause. */
const CUE_WINDOW = 40;

export interface Resolver {
  resolve(text: string, ctx: ResolveContext, out: Resolved[]): void;
}

/** True when the surface text contains a character that folds to something else (traditional). */
function hasTraditional(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x2e80 && foldCode(c) !== c) return true;
  }
  return false;
}

export function createResolver(dataset: Dataset, lexicon: Lexicon, matcher: Matcher & { canonicalId: Int32Array }): Resolver {
  // Entries per canonical pattern id, in priority order (lexicon entries are sorted by priority).
  const byPattern = new Map<number, Entry[]>();
  lexicon.entries.forEach((e, i) => {
    const id = matcher.canonicalId[i]!;
    const list = byPattern.get(id);
    if (list) list.push(e);
    else byPattern.set(id, [e]);
  });
  const patternEntries: (Entry[] | undefined)[] = [];
  for (const [id, list] of byPattern) patternEntries[id] = list;

  // An exclusion spelled only in traditional script (各級法院, 地方檢察院) is regional usage; its
  // simplified twin may be a mainland alias, so it applies only to text with a traditional character.
  const simplifiedExclusions = new Set(
    dataset.exclusions.filter((x) => foldString(x.text) === x.text.toLowerCase()).map((x) => foldString(x.text)),
  );
  const exclusionApplies = (e: Entry, text: string, start: number, end: number) =>
    !e.traditional || simplifiedExclusions.has(foldString(e.text)) || hasTraditional(text, start, end);

  // Qualifiers per agency, and the cue matcher.
  const qualifiers = new Map<AgencyId, Set<string>>();
  for (const x of dataset.exclusions) {
    if (!x.qualifier) continue;
    const q = foldString(x.qualifier);
    const set = qualifiers.get(x.resembles) ?? new Set<string>();
    set.add(q);
    qualifiers.set(x.resembles, set);
  }
  const cueWords: string[] = [];
  const cueSide: string[] = []; // '' = mainland, otherwise the qualifier
  for (const w of MAINLAND_CUES) {
    cueWords.push(w);
    cueSide.push('');
  }
  for (const q of new Set([...qualifiers.values()].flatMap((s) => [...s]))) {
    cueWords.push(q);
    cueSide.push(q);
    for (const w of FOREIGN_CUE_EXTRAS[q] ?? []) {
      cueWords.push(w);
      cueSide.push(q);
    }
  }
  const cues = compileMatcher(cueWords);
  const clauseBreak = new Set(Array.from(CLAUSE_BREAKS, (c) => c.charCodeAt(0)));

  /** Nearest cue before `start` in its clause: '' mainland, a qualifier, or undefined. */
  function cueBefore(text: string, start: number, agency: AgencyId): string | undefined {
    let from = start;
    const min = Math.max(0, start - CUE_WINDOW);
    while (from > min && !clauseBreak.has(text.charCodeAt(from - 1))) from--;
    if (from === start) return undefined;
    const n = cues.scan(text, from, start);
    const own = qualifiers.get(agency);
    for (let h = n - 1; h >= 0; h--) {
      const side = cueSide[cues.canonicalId[cues.hits[3 * h + 2]!]!]!;
      if (side === '' || own?.has(side)) return side;
    }
    return undefined;
  }

  /** Index of the previous/next visible character, skipping whitespace and zero-width characters. */
  function neighbour(text: string, i: number, step: -1 | 1): number {
    for (let k = step < 0 ? i - 1 : i; k >= 0 && k < text.length; k += step) {
      const c = text.charCodeAt(k);
      if (!isSpace(c) && !isZeroWidth(c)) return c;
    }
    return -1;
  }
  const LIST_SEPARATORS = new Set([0x3001 /* 、 */]);

  function resolve(text: string, ctx: ResolveContext, out: Resolved[], from: number, to: number): void {
    const n = matcher.scan(text, from, to);
    if (n === 0) return;
    const hits = matcher.hits.slice(0, 3 * n);
    for (let h = 0; h < n; h++) {
      const start = hits[3 * h]!;
      const end = hits[3 * h + 1]!;
      const entries = patternEntries[hits[3 * h + 2]!];
      if (!entries) continue;
      let chosen: Entry | undefined;
      for (const e of entries) {
        if (e.kind !== 'exclusion' || exclusionApplies(e, text, start, end)) {
          chosen = e;
          break;
        }
      }
      if (!chosen) {
        // Only a script-specific exclusion that does not apply here: look for aliases inside it.
        resolve(text, ctx, out, start + 1, end);
        continue;
      }
      if (chosen.kind === 'exclusion') {
        const x = dataset.exclusions[chosen.index]!;
        if (x.qualifier) ctx.foreign.set(x.resembles, foldString(x.qualifier));
        continue;
      }
      if (chosen.kind === 'term') {
        out.push({ start, end, kind: 1, index: chosen.index });
        continue;
      }
      if (chosen.kind === 'list') {
        const before = neighbour(text, start, -1);
        const after = neighbour(text, end, 1);
        if (!LIST_SEPARATORS.has(before) && !LIST_SEPARATORS.has(after)) continue;
      }
      const agency = dataset.agencies[chosen.index]!;
      if (qualifiers.has(agency.id)) {
        const cue = cueBefore(text, start, agency.id);
        if (cue === '') ctx.foreign.delete(agency.id);
        else if (cue !== undefined) ctx.foreign.set(agency.id, cue);
        if (ctx.foreign.has(agency.id)) continue;
      }
      out.push({ start, end, kind: 0, index: chosen.index });
    }
  }

  return {
    resolve(text, ctx, out) {
      resolve(text, ctx, out, 0, text.length);
    },
  };
}

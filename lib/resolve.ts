/**
 * From matcher hits to mentions: applies the dataset's exclusions and decides which entity each
 * surviving hit names.
 *
 * 1. A hit's folded pattern may stand for several dictionary entries (各級法院, Hong Kong's courts,
 *    is an exclusion; 各级法院 is an SPC alias; they fold together). Entries are tried in priority
 *    order exclusion > agency > term > list-only > cue; an exclusion written in traditional script
 *    only (no simplified twin) applies only where the matched text has a traditional character.
 *    A hit whose only entry is a non-applying exclusion is rescanned from its second character, so
 *    the alias inside it (检察院 in mainland 地方检察院) is still found. Where the look-alike is also
 *    a mainland alias, a mainland cue before it in the clause makes it the alias (內地各級法院).
 * 2. An exclusion hit never yields a mention (美国司法部 never yields 司法部). Where it carries a
 *    `qualifier` (美国, 越南 …), later bare mentions of the agency it resembles are read as that
 *    foreign body (ktsf: 美國司法部 … 司法部公開三份起訴書) until a mainland cue — except the
 *    agency's official name, unless the data gives that very name to the foreign body
 *    (美国最高法院 … 最高人民法院 is the SPC; 越南最高人民法院 … 最高人民法院 is Vietnam's).
 * 3. For an agency with qualified exclusions, the nearest cue (lib/cues.ts) before the mention in
 *    the same clause, at most 40 code units back, decides first: a cue of one of the agency's
 *    qualifiers (越共 … 兼公安部长; matched in the main pass) makes it the foreign body; a mainland
 *    cue (大陆, 内地, 中共 …; looked up only while a foreign reading is in force, since 中国/全国 are
 *    everywhere in mainland news) makes it the PRC body and clears the foreign reading. Without a
 *    cue, the state left by earlier text decides.
 * 4. List-only surfaces (公安, 法院, 司法局) count only as whole items of an enumeration
 *    (公安、法院、检察院、司法局), not inside 高等法院、 or 公安局、.
 * 5. On a page whose site is in a region (ResolveContext.region: a Taiwanese outlet), that region's
 *    bare aliases (最高法院, from 台湾最高法院) name its own body unless a mainland cue precedes them
 *    in the clause.
 *
 * The state can be carried across the text blocks of one page through a `ResolveContext`: the
 * content script annotates paragraph by paragraph, and a story's foreign reading spans paragraphs.
 */
import type { AgencyId, Dataset } from '../data/schema.ts';
import type { Entry, Lexicon } from './lexicon.ts';
import type { ReadingState } from './mention-records.ts';
import type { CompiledMatcher, Matcher } from './matcher.ts';
import { compileMatcher } from './matcher.ts';
import { foldCode, foldString, isCJK, isSpace, isZeroWidth, normalize } from './normalize.ts';
import { CLAUSE_BREAKS, MAINLAND_CUES } from './cues.ts';

export interface ResolveContext {
  /** Agency id → qualifier of the foreign body its bare mentions currently refer to. */
  foreign: Map<AgencyId, string>;
  /**
   * The region the page's site is in, as the dataset's qualifiers spell it (folded: 台湾), when the
   * site implies one (lib/sites.ts siteRegion). Each qualified exclusion that is its qualifier
   * followed by an agency alias (台湾最高法院) makes that bare alias (最高法院) read as the region's
   * own body there, unless a mainland cue precedes it in its clause (中國最高法院).
   */
  region?: string;
}

export function createContext(region?: string): ResolveContext {
  return contextFromState([], region);
}

/** The context as plain data, to carry across a message (lib/mention-records.ts ReadingState). */
export function readingStateOf(ctx: ResolveContext): ReadingState {
  return [...ctx.foreign];
}

/** A context that continues from `state` (on a page of `region`, if given). */
export function contextFromState(state: ReadingState, region?: string): ResolveContext {
  return region === undefined ? { foreign: new Map(state) } : { foreign: new Map(state), region };
}

/** Ints per mention record in Resolver.out: start, end, code, pattern id. */
export const OUT_STRIDE = 4;

/** How far back (code units) a cue may sit within the clause. */
export const CUE_WINDOW = 40;

/**
 * Characters scanned, then resolved, at a time. The resolver then reads text the scan has just
 * read, while it is still in the CPU's cache: on a 10M-character text, resolving after one whole
 * scan cost about twice as much per hit as on 1M (every look at a mention's neighbours a cache
 * miss). Any length gives the same records (tests/lib/resolve.test.ts).
 */
export const RESOLVE_CHUNK = 32768;

/**
 * A record's fourth value from its span and pattern id, made as the record is: the scan has just
 * read that text, so reading it again is a cache hit (annotate() looks up the mention's dictionary
 * spelling here; after a 10M-character resolve the same reads cost a cache miss each).
 */
export type RecordTag = (text: string, start: number, end: number, pattern: number) => number;

export interface Resolver {
  /**
   * Resolves `text` into mention records (start, end, code, pattern) of OUT_STRIDE ints written to
   * `out` from index 0; code ≥ 0 is an index into dataset.agencies, code < 0 is term index
   * -code - 1; pattern is the matcher's pattern id of the hit (the span may extend beyond it: named
   * courts). Returns the count. `chunk`: characters scanned and resolved at a time (RESOLVE_CHUNK;
   * tests vary it). `tag`: makes each record's fourth value instead of the pattern id.
   */
  resolve(text: string, ctx: ResolveContext, chunk?: number, tag?: RecordTag): number;
  readonly out: Int32Array;
}

/** True when the text has a character that folds to another CJK character (traditional script). */
function hasTraditional(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x2e80 && foldCode(c) !== c) return true;
  }
  return false;
}

const LIST_SEPARATOR = 0x3001; // 、

/**
 * Named local courts and procuratorates are labelled with their full name (河南省宁陵县人民法院,
 * 浙江省高级人民法院, 吉林省洮南市人民检察院): before the system aliases 人民法院/人民检察院, a
 * place chain that starts with a province-level name is taken into the span. Without a province
 * (各级人民法院, 地方人民检察院) the span stays the alias.
 */
const PLACE_ALIASES = new Set(['人民法院', '人民检察院']);
const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆';
const PLACE_CHAIN = new RegExp(
  `(?:${PROVINCES})(?:省|市|自治区|维吾尔自治区|壮族自治区|回族自治区)?(?:[\u4e00-\u9fff]{1,7}?(?:市|县|区|州|盟|旗))*(?:高级|中级|基层)?$`,
);
const PLACE_WINDOW = 24;
/** Characters a non-empty PLACE_CHAIN match can end with. */
const PLACE_LAST = new Set([...PROVINCES.split('|').map((p) => p.charCodeAt(p.length - 1)), ...[...'省市区县州盟旗级层'].map((c) => c.charCodeAt(0))]);

/** The folded strings the resolver's setup needs, as plain data (precompiled by lib/automaton.ts). */
export interface ResolverTables {
  /**
   * Indices of the lexicon's exclusion entries that apply whatever the script of the matched text:
   * written in simplified, or in traditional with a simplified twin among the exclusions.
   */
  appliesAlways: number[];
  /** Per dataset exclusion: its folded qualifier, or ''. */
  foldedQualifier: string[];
}

export function resolverTables(dataset: Dataset, lexicon: Lexicon): ResolverTables {
  const simplifiedExclusions = new Set(
    dataset.exclusions.filter((x) => foldString(x.text) === x.text.toLowerCase()).map((x) => foldString(x.text)),
  );
  return {
    appliesAlways: lexicon.entries.flatMap((e, i) =>
      e.kind === 'exclusion' && (!e.traditional || simplifiedExclusions.has(foldString(e.text))) ? [i] : []),
    foldedQualifier: dataset.exclusions.map((x) => (x.qualifier ? foldString(x.qualifier) : '')),
  };
}

/**
 * `tables`: resolverTables(dataset, lexicon), when the caller has them precompiled.
 * `mainlandCues`: gives the matcher of MAINLAND_CUES when the caller has it precompiled
 * (lib/automaton.ts); compiled here otherwise. Either way on first use: it is needed only where a
 * foreign reading is in force or a qualified look-alike is met, which most pages never reach.
 */
export function createResolver(
  dataset: Dataset, lexicon: Lexicon, matcher: CompiledMatcher, mainlandCues?: () => Matcher, tables?: ResolverTables,
): Resolver {
  // Entries per canonical pattern id, in priority order (lexicon entries are sorted by priority).
  const patternEntries: Entry[][] = [];
  lexicon.entries.forEach((e, i) => {
    const id = matcher.canonicalId[i]!;
    (patternEntries[id] ??= []).push(e);
  });

  const pre = tables ?? resolverTables(dataset, lexicon);
  // Exclusions that apply whatever the script of the matched text (decided once per entry).
  const appliesAlways = new Set(pre.appliesAlways.map((i) => lexicon.entries[i]!));
  const exclusionApplies = (e: Entry, text: string, start: number, end: number) => appliesAlways.has(e) || hasTraditional(text, start, end);

  const foldedQualifier = pre.foldedQualifier;
  const qualifiers = new Map<AgencyId, Set<string>>();
  dataset.exclusions.forEach((x, i) => {
    if (!x.qualifier) return;
    const set = qualifiers.get(x.resembles) ?? new Set<string>();
    set.add(foldedQualifier[i]!);
    qualifiers.set(x.resembles, set);
  });
  const agencyQualifiers = dataset.agencies.map((a) => qualifiers.get(a.id));
  // Both built on first use (a cue window is rare): two fewer 64 K tables per page load.
  let clauseBreak: Uint8Array | undefined;
  let mainland: Matcher | undefined;

  /** Start of the cue window before `start`: the clause start, at most CUE_WINDOW back. */
  function windowStart(text: string, start: number): number {
    const min = Math.max(0, start - CUE_WINDOW);
    if (!clauseBreak) {
      clauseBreak = new Uint8Array(65536);
      for (const ch of CLAUSE_BREAKS) clauseBreak[ch.charCodeAt(0)] = 1;
    }
    let k = start;
    while (k > min && clauseBreak[text.charCodeAt(k - 1)] === 0) k--;
    return k;
  }
  /** End offset of the last mainland cue in [from, to), or -1. */
  function lastMainlandCue(text: string, from: number, to: number): number {
    if (from >= to) return -1;
    // Windows of at most CUE_WINDOW characters: scanned in JavaScript (see lib/automaton.ts).
    mainland ??= mainlandCues ? mainlandCues() : compileMatcher(MAINLAND_CUES, { engine: 'js' });
    const n = mainland.scan(text, from, to);
    return n === 0 ? -1 : mainland.hits[3 * n - 2]!;
  }

  function visibleNeighbour(text: string, i: number, step: -1 | 1): number {
    for (let k = step < 0 ? i - 1 : i; k >= 0 && k < text.length; k += step) {
      const c = text.charCodeAt(k);
      if (!isSpace(c) && !isZeroWidth(c)) return c;
    }
    return -1;
  }

  /** Start of a named local court/procuratorate ending at `start`, or `start`. */
  function placeStart(text: string, start: number): number {
    const from = Math.max(0, start - PLACE_WINDOW);
    if (from === start) return start;
    // A non-empty place chain ends right before `start`: an ideograph there that cannot end one
    // (各级 can, 中国 cannot …) rules it out without normalising the window.
    const before = foldCode(text.charCodeAt(start - 1));
    if (before >= 0x4e00 && before <= 0x9fff && !PLACE_LAST.has(before)) return start;
    const norm = normalize(text.slice(from, start));
    const m = PLACE_CHAIN.exec(norm.text);
    if (!m || m[0].length === 0) return start;
    // Never reach back into the previous mention.
    return Math.max(from + norm.map[m.index]!, count > 0 ? out[OUT_STRIDE * (count - 1) + 1]! : 0);
  }

  // The pattern id of a dictionary string: the pattern a scan of the string alone matches whole
  // (the same as looking the folded string up in matcher.patterns, which a precompiled matcher
  // spells out only on demand), or -1.
  const patternOf = (s: string) => (matcher.scan(s) === 1 && matcher.hits[0] === 0 && matcher.hits[1] === s.length ? matcher.hits[2]! : -1);

  // Pattern ids of the named-court suffixes.
  const placeIds = [...PLACE_ALIASES].map(patternOf).filter((id) => id >= 0);
  const placeAlias = (id: number) => placeIds.includes(id);

  // Per qualifier (folded): pattern id → agency index of the bare aliases its qualified exclusions
  // name — 台湾最高法院 is 台湾 + 最高法院, an SPC alias. On a page of that region they name its body
  // (ResolveContext.region); a foreign reading takes an agency's official name only when it is one.
  const bareAliases = new Map<string, Map<number, number>>();
  dataset.exclusions.forEach((x, i) => {
    const q = foldedQualifier[i]!;
    const folded = foldString(x.text);
    if (!q || !folded.startsWith(q) || folded.length === q.length) return;
    const id = patternOf(folded.slice(q.length));
    if (id < 0) return;
    const agency = dataset.agencies.findIndex((a) => a.id === x.resembles);
    if (!patternEntries[id]?.some((e) => e.kind === 'agency' && e.index === agency)) return;
    const aliases = bareAliases.get(q) ?? new Map<number, number>();
    aliases.set(id, agency);
    bareAliases.set(q, aliases);
  });

  // Per agency: the pattern id of its official name (最高人民法院), or -1. A foreign reading does not
  // take the official name away from the PRC body unless the data gives that very name to the
  // foreign one (越南最高人民法院): 美国最高法院 … 最高人民法院 names the SPC.
  const officialName = dataset.agencies.map((a) => patternOf(foldString(a.name)));
  /** True when `pattern` is one of `qualifier`'s bare aliases for the agency at index `agency`. */
  const isBareAlias = (qualifier: string, pattern: number, agency: number) => bareAliases.get(qualifier)?.get(pattern) === agency;
  /** True unless `pattern` is the agency's official name and `qualifier`'s body is not called so. */
  const foreignMayTake = (qualifier: string, pattern: number, agency: number) =>
    officialName[agency] !== pattern || isBareAlias(qualifier, pattern, agency);

  // Per canonical pattern id: the mention code to emit straight away when the pattern's first
  // entry needs no context (a term, or an agency without qualified exclusions and not a named-court
  // suffix, with no exclusion entry), else NO_DIRECT. Most hits take this path.
  const NO_DIRECT = 0x7fffffff;
  const direct = new Int32Array(matcher.canonicalId.length).fill(NO_DIRECT);
  patternEntries.forEach((entries, id) => {
    const e = entries[0]!;
    if (e.kind === 'term') direct[id] = -e.index - 1;
    else if (e.kind === 'agency' && !agencyQualifiers[e.index] && !placeAlias(id)) direct[id] = e.index;
  });

  let out = new Int32Array(OUT_STRIDE * 64);
  let count = 0;
  function grow() {
    const grown = new Int32Array(out.length * 2);
    grown.set(out);
    out = grown;
  }
  function emit(start: number, end: number, code: number, pattern: number) {
    if (OUT_STRIDE * count + OUT_STRIDE > out.length) grow();
    const o = OUT_STRIDE * count++;
    out[o] = start;
    out[o + 1] = end;
    out[o + 2] = code;
    out[o + 3] = tag === undefined ? pattern : tag(tagText, start, end, pattern);
  }
  // The current resolve() call's tag and text (emit is called from several places in run).
  let tag: RecordTag | undefined;
  let tagText = '';

  function run(text: string, ctx: ResolveContext, from: number, to: number, chunk: number): void {
    let cueEnd = -1;
    let cueSide = '';
    // Part by part: matches start in [a, b) and may run on to `to`; the next part starts after the
    // last one (matcher.scan with a limit gives exactly the hits of one whole scan).
    for (let a = from; a < to; ) {
      const b = Math.min(to, a + chunk);
      let n = matcher.scan(text, a, b, to);
      let hits = matcher.hits;
      const next = n > 0 ? Math.max(b, hits[3 * n - 2]!) : b;
      for (let h = 0; h < n; h++) {
        const start = hits[3 * h]!;
        const end = hits[3 * h + 1]!;
        const pattern = hits[3 * h + 2]!;
        const d = direct[pattern]!;
        if (d !== NO_DIRECT) {
          emit(start, end, d, pattern);
          continue;
        }
        const entries = patternEntries[pattern];
        if (!entries) continue;
        let chosen = entries[0]!;
        // A regional look-alike that is also a mainland alias (各級法院 vs 各级法院) yields to the
        // alias when a mainland cue precedes it in the clause (內地各級法院).
        if (chosen.kind === 'exclusion' && entries.length > 1 && chosen.traditional) {
          const alias = entries.find((e) => e.kind === 'agency');
          if (alias && lastMainlandCue(text, windowStart(text, start), start) >= 0) chosen = alias;
        }
        if (chosen.kind === 'exclusion' && !exclusionApplies(chosen, text, start, end)) {
          const next = entries.find((e) => e.kind !== 'exclusion');
          if (!next) {
            // Only a script-specific exclusion that does not apply here: look for aliases inside it.
            // The rescan reuses matcher.hits, so keep the rest of this scan's hits first (rare).
            const rest = hits.slice(3 * (h + 1), 3 * n);
            run(text, ctx, start + 1, end, chunk);
            hits = rest;
            n -= h + 1;
            h = -1;
            continue;
          }
          chosen = next;
        }
        switch (chosen.kind) {
          case 'cue':
            cueEnd = end;
            cueSide = lexicon.cueSides[chosen.index]!;
            continue;
          case 'exclusion': {
            const q = foldedQualifier[chosen.index]!;
            if (q) ctx.foreign.set(dataset.exclusions[chosen.index]!.resembles, q);
            continue;
          }
          case 'term':
            emit(start, end, -chosen.index - 1, pattern);
            continue;
          case 'list': {
            // A whole item of an enumeration: 、 on one side, 、 or a non-ideograph boundary on the
            // other (高等法院、 or 公安局、 are not the bare item).
            const before = visibleNeighbour(text, start, -1);
            const after = visibleNeighbour(text, end, 1);
            const edge = (c: number) => c === LIST_SEPARATOR || c < 0 || !isCJK(c);
            if ((before !== LIST_SEPARATOR && after !== LIST_SEPARATOR) || !edge(before) || !edge(after)) continue;
            break;
          }
          default:
            break;
        }
        const own = agencyQualifiers[chosen.index];
        if (own) {
          const agency = dataset.agencies[chosen.index]!.id;
          const foreign = ctx.foreign.size > 0 && ctx.foreign.has(agency);
          // Only a foreign reading in force or a foreign cue nearby needs the clause window.
          if (foreign || (cueEnd >= 0 && start - cueEnd <= CUE_WINDOW && own.has(cueSide))) {
            const from = windowStart(text, start);
            const foreignCue = cueEnd > from && own.has(cueSide) ? cueEnd : -1;
            const mainlandCue = lastMainlandCue(text, Math.max(from, foreignCue), start);
            if (mainlandCue >= 0) ctx.foreign.delete(agency);
            else if (foreignCue >= 0 && foreignMayTake(cueSide, pattern, chosen.index)) ctx.foreign.set(agency, cueSide);
            const reading = ctx.foreign.get(agency);
            if (reading !== undefined && foreignMayTake(reading, pattern, chosen.index)) continue;
          }
          // On a page of a region (a Taiwanese site), that region's bare alias names its own body.
          if (ctx.region !== undefined && chosen.kind === 'agency' && isBareAlias(ctx.region, pattern, chosen.index)) {
            if (lastMainlandCue(text, windowStart(text, start), start) < 0) continue;
          }
        }
        emit(chosen.kind === 'agency' && placeAlias(pattern) ? placeStart(text, start) : start, end, chosen.index, pattern);
      }
      a = next;
    }
  }

  return {
    resolve(text, ctx, chunk = RESOLVE_CHUNK, recordTag) {
      count = 0;
      tag = recordTag;
      tagText = text;
      try {
        run(text, ctx, 0, text.length, chunk);
      } finally {
        tag = undefined;
        tagText = '';
      }
      return count;
    },
    get out() {
      return out;
    },
  };
}

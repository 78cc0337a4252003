/**
 * Public API of the matching core: dataset in, `annotate(text)` out. DOM-free; the same code runs
 * in Node (CLI, eval, bench, tests) and in the extension's background, which annotates pages for
 * their content scripts (extension/find-mentions.ts) and ranks in the popup.
 *
 *   const annotator = createAnnotator(dataset);   // builds the automaton once (a few ms)
 *   createAnnotator(dataset, { compiled: AUTOMATON }) // restores it, precompiled from data/
 *                                                    // (lib/generated/automaton.ts)
 *   annotator.annotate(blockText);                // → Mention[], offsets into blockText
 *   annotator.records(blockText);                 // the same as numbers (lib/mention-records.ts)
 *
 * Pass one `AnnotateContext` (annotator.createContext()) to consecutive annotate() calls for the
 * blocks of one page, so a story's foreign reading (美国司法部 … 司法部) carries across paragraphs;
 * createContext({ region: siteRegion(host) }) for a page whose site implies a region (最高法院 on a
 * Taiwanese site is Taiwan's court).
 *
 * A mention's `commitments` are ranked when first read (hover, popup, CLI output), not during the
 * scan; the result is the same as ranking every mention up front (docs/matching.md, Ranking).
 */
import type { AgencyId, CategoryId, Dataset } from '../data/schema.ts';
import type { CompiledAutomaton } from './automaton.ts';
import { loadAutomaton } from './automaton.ts';
import type { ScanEngine } from './matcher.ts';
import type { ResolveContext } from './resolve.ts';
import { createContext, createResolver, OUT_STRIDE } from './resolve.ts';
import type { RankOptions, Ranker, SentenceMarks } from './rank.ts';
import { createRanker } from './rank.ts';
import { entityTable, RECORD_STRIDE, type EntityFields, type FoundMention } from './mention-records.ts';
import { sentenceEnd, sentenceGroups, sentenceStart } from './sentence.ts';

export { sentenceAround } from './sentence.ts';

/** A mention found by the core: its own fields (lib/mention-records.ts) and its commitments. */
export interface Mention extends FoundMention {
  /**
   * Commitment ids, most relevant first (ranked by the mention's sentence). Ranked on first read
   * (the content script needs them only on hover or when the popup asks) and cached; the result is
   * the same whenever it is read. Not an own property: `{ ...mention }` leaves it out, JSON.stringify
   * includes it. Shared, do not mutate.
   */
  commitments: string[];
}

export type AnnotateContext = ResolveContext;

export interface AnnotateOptions extends RankOptions {
  /** No commitment ranking at all (commitments: [] on every mention). */
  rank?: boolean;
  /**
   * Precompiled tables (lib/generated/automaton.ts `AUTOMATON`, generated from data/ by
   * scripts/gen-tables.ts): restored instead of compiled, same behaviour, a fraction of the build
   * time. Ignored (compiled afresh) when they do not fit the dataset's shape.
   */
  compiled?: CompiledAutomaton;
  /** The main matcher's scan: 'auto' (WebAssembly where it runs, the default) or 'js' (lib/matcher.ts). */
  scanEngine?: 'auto' | 'js';
}

export interface Annotator {
  annotate(text: string, context?: AnnotateContext): Mention[];
  /**
   * The same mentions as records (lib/mention-records.ts: start, end, entity code each), without
   * building mention objects: what the background sends a page.
   */
  records(text: string, context?: AnnotateContext): number[];
  /**
   * A context to share across the text blocks of one document. `region`: the region the document's
   * site is in, when it implies one (lib/sites.ts siteRegion: 台湾 for Taiwanese outlets), so that
   * region's bare aliases name its own bodies (lib/resolve.ts ResolveContext.region).
   */
  createContext(options?: { region?: string }): AnnotateContext;
  /** Time spent building the automaton, in milliseconds. */
  readonly buildMs: number;
  /** Number of distinct folded patterns in the automaton. */
  readonly patternCount: number;
  /** Approximate bytes held by the automaton tables. */
  readonly automatonBytes: number;
  /** Which scan the main matcher runs (lib/matcher.ts Matcher.engine). */
  readonly scanEngine: ScanEngine;
  readonly ranker: Ranker;
}

/**
 * What one annotate() call found, kept for ranking on demand: the text (ranking reads the
 * mention's sentence) and a copy of the resolver's (start, end, code, spelling) records, so ranking
 * does not depend on the returned array (callers may reorder or filter it).
 */
interface Batch {
  text: string;
  records: Int32Array;
  /** Ranked commitments per mention index, filled a sentence group at a time (from the first read). */
  ranked: (string[] | undefined)[] | undefined;
  /** Index of the first mention of each mention's sentence group (computed on first use). */
  group: Int32Array | undefined;
  /** Ranks mention k (undefined: { rank: false }, every mention's commitments are []). */
  rank: ((batch: Batch, k: number) => string[]) | undefined;
}

const noCommitments: string[] = [];

/** Index of the record starting at `start` (records are in text order, starts strictly increasing). */
function indexOfStart(records: Int32Array, start: number): number {
  let lo = 0;
  let hi = records.length / OUT_STRIDE - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records[OUT_STRIDE * mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A mention. Every field of the Mention interface is an own data property (spreads, structured
 * clones and Object.keys see them) except `commitments`: it is ranked on first read, for the
 * mention's sentence group exactly as an eager pass would, and cached. JSON.stringify includes it
 * (toJSON); `{ ...mention }` does not — read `mention.commitments` explicitly.
 */
class AnnotatedMention implements Mention {
  start: number;
  end: number;
  text: string;
  kind: 'agency' | 'term';
  entityId: string;
  entity: string;
  category: CategoryId;
  agencies: AgencyId[];
  /**
   * The batch to rank from until the first read, then the commitments (or undefined: none). The
   * mention's index in the batch is found from its start on that read (no field for it: at 10M
   * characters, 144 000 live mentions per call make the young-generation GC copy every byte).
   */
  #ranked: Batch | string[] | undefined;

  constructor(start: number, end: number, text: string, e: EntityFields, batch: Batch | undefined) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = e.kind;
    this.entityId = e.entityId;
    this.entity = e.entity;
    this.category = e.category;
    this.agencies = e.agencies;
    this.#ranked = batch;
  }

  get commitments(): string[] {
    const r = this.#ranked;
    if (r === undefined) return noCommitments;
    if (Array.isArray(r)) return r;
    let ids = noCommitments;
    if (r.rank !== undefined) {
      const k = indexOfStart(r.records, this.start);
      ids = r.ranked?.[k] ?? r.rank(r, k);
    }
    this.#ranked = ids;
    return ids;
  }

  set commitments(ids: string[]) {
    this.#ranked = ids;
  }

  toJSON(): Mention {
    return {
      start: this.start, end: this.end, text: this.text, kind: this.kind, entityId: this.entityId, entity: this.entity,
      category: this.category, agencies: this.agencies, commitments: this.commitments,
    };
  }
}

export function createAnnotator(dataset: Dataset, options: AnnotateOptions = {}): Annotator {
  const t0 = performance.now();
  const { lexicon, matcher, mainland, resolver: resolverTables } = loadAutomaton(dataset, options.compiled, { engine: options.scanEngine });
  const resolver = createResolver(dataset, lexicon, matcher, mainland, resolverTables);
  const buildMs = performance.now() - t0;
  // The ranker (bigram index over the summaries) is built on first use: with { rank: false } (the
  // content script) that is the first hover or popup request, not the page load.
  let rankerBuilt: Ranker | undefined;
  const getRanker = () => (rankerBuilt ??= createRanker(dataset, options));
  if (options.tieBreak === 'fuse' && !options.Fuse) getRanker(); // throws now, as it always did
  const doRank = options.rank ?? true;
  let marksMade: SentenceMarks | undefined;

  // Entity fields by code: agencies at code ≥ 0, terms at -code - 1 (as the resolver emits them).
  const { agencies: agencyFields, terms: termFields } = entityTable(dataset);

  // The dictionary's own spellings (raw aliases), and per pattern id the ids of those that fold to
  // it. A mention whose text is one of them gets that string instead of a new slice (equal
  // strings; most news text spells aliases exactly as the dictionary does).
  const spellingText: string[] = [];
  const spellingsOf: number[][] = [];
  lexicon.patterns.forEach((raw, i) => {
    const ids = (spellingsOf[matcher.canonicalId[i]!] ??= []);
    if (ids.some((id) => spellingText[id] === raw)) return;
    ids.push(spellingText.length);
    spellingText.push(raw);
  });

  /** The resolver's record tag (lib/resolve.ts RecordTag): the spelling text[start, end) is, or -1. */
  function spellingOf(text: string, start: number, end: number, pattern: number): number {
    const ids = spellingsOf[pattern];
    if (ids !== undefined) {
      const len = end - start;
      for (let c = 0; c < ids.length; c++) {
        const s = spellingText[ids[c]!]!;
        if (s.length === len && text.startsWith(s, start)) return ids[c]!;
      }
    }
    return -1;
  }

  function annotate(text: string, context?: AnnotateContext): Mention[] {
    const n = resolver.resolve(text, context ?? createContext(), undefined, spellingOf);
    const out = resolver.out;
    const mentions: Mention[] = new Array(n);
    if (n === 0) return mentions;
    const batch: Batch = {
      text, records: out.slice(0, OUT_STRIDE * n), ranked: undefined, group: undefined, rank: doRank ? rankGroupOf : undefined,
    };
    for (let k = 0; k < n; k++) {
      const o = OUT_STRIDE * k;
      const start = out[o]!;
      const end = out[o + 1]!;
      const code = out[o + 2]!;
      const fields = code >= 0 ? agencyFields[code]! : termFields[-code - 1]!;
      const spelling = out[o + 3]!;
      mentions[k] = new AnnotatedMention(start, end, spelling >= 0 ? spellingText[spelling]! : text.slice(start, end), fields, batch);
    }
    return mentions;
  }

  /** Ranks the commitments of every mention in k's sentence group; returns k's. */
  function rankGroupOf(b: Batch, k: number): string[] {
    const group = (b.group ??= sentenceGroups({ text: b.text, records: b.records, stride: OUT_STRIDE }));
    const ranked = (b.ranked ??= new Array<string[] | undefined>(group.length));
    const t = b.records;
    const n = group.length;
    const i = group[k]!;
    let j = i;
    const ranker = getRanker();
    const marks = (marksMade ??= ranker.createMarks());
    marks.stamp++;
    for (; j < n && group[j] === i; j++) {
      const code = t[OUT_STRIDE * j + 2]!;
      if (code >= 0) marks.agencyStamp[code] = marks.stamp;
      else marks.termStamp[-code - 1] = marks.stamp;
    }
    marks.start = sentenceStart(b.text, t[OUT_STRIDE * i]!);
    marks.end = sentenceEnd(b.text, t[OUT_STRIDE * i + 1]!);
    for (let m = i; m < j; m++) ranked[m] = ranker.rankMarked(t[OUT_STRIDE * m + 2]!, marks, b.text);
    return ranked[k]!;
  }

  function records(text: string, context?: AnnotateContext): number[] {
    const n = resolver.resolve(text, context ?? createContext());
    const out = resolver.out;
    const list = new Array<number>(RECORD_STRIDE * n);
    for (let k = 0; k < n; k++) {
      list[RECORD_STRIDE * k] = out[OUT_STRIDE * k]!;
      list[RECORD_STRIDE * k + 1] = out[OUT_STRIDE * k + 1]!;
      list[RECORD_STRIDE * k + 2] = out[OUT_STRIDE * k + 2]!;
    }
    return list;
  }

  return {
    annotate,
    records,
    createContext: (options?: { region?: string }) => createContext(options?.region),
    buildMs,
    patternCount: matcher.size,
    automatonBytes: matcher.bytes,
    get scanEngine() {
      return matcher.engine;
    },
    get ranker() {
      return getRanker();
    },
  };
}

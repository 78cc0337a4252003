/**
 * Public API of the matching core: dataset in, `annotate(text)` out. DOM-free; the same code runs
 * in Node (CLI, eval, bench, tests), the content script and the popup.
 *
 *   const annotator = createAnnotator(dataset);   // builds the automaton once (a few ms)
 *   createAnnotator(dataset, { compiled: AUTOMATON }) // restores it, precompiled from data/
 *                                                    // (lib/generated/automaton.ts; pages do this)
 *   annotator.annotate(blockText);                // → Mention[], offsets into blockText
 *
 * Pass one `AnnotateContext` (annotator.createContext()) to consecutive annotate() calls for the
 * blocks of one page, so a story's foreign reading (美国司法部 … 司法部) carries across paragraphs.
 *
 * A mention's `commitments` are ranked when first read (hover, popup, CLI output), not during the
 * scan; the result is the same as ranking every mention up front (docs/matching.md, Ranking).
 */
import type { AgencyId, CategoryId, Dataset } from '../data/schema.ts';
import type { CompiledAutomaton } from './automaton.ts';
import { loadAutomaton } from './automaton.ts';
import type { ResolveContext } from './resolve.ts';
import { createContext, createResolver, OUT_STRIDE } from './resolve.ts';
import type { RankOptions, Ranker, SentenceContext, SentenceMarks } from './rank.ts';
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

/** Per-entity fields every mention of the entity shares. */
interface EntityFields {
  kind: 'agency' | 'term';
  entityId: string;
  entity: string;
  category: CategoryId;
  agencies: AgencyId[];
}

/**
 * What one annotate() call found, kept for ranking on demand: the text (ranking reads the
 * mention's sentence) and a copy of the resolver's (start, end, code, pattern) records, so ranking
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
  /** The sentence context of mention k, as the ranking sees it. */
  context: (batch: Batch, k: number) => SentenceContext;
}

const noCommitments: string[] = [];

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
  /** The batch to rank from until the first read, then the commitments (or undefined: none). */
  #ranked: Batch | string[] | undefined;
  /** The batch, kept once #ranked holds the commitments (for rankingContext). */
  #batch: Batch | undefined;
  #k: number;

  constructor(start: number, end: number, text: string, e: EntityFields, batch: Batch | undefined, k: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = e.kind;
    this.entityId = e.entityId;
    this.entity = e.entity;
    this.category = e.category;
    this.agencies = e.agencies;
    this.#ranked = batch;
    this.#batch = undefined;
    this.#k = k;
  }

  get commitments(): string[] {
    const r = this.#ranked;
    if (r === undefined) return noCommitments;
    if (Array.isArray(r)) return r;
    const ids = r.rank === undefined ? noCommitments : (r.ranked?.[this.#k] ?? r.rank(r, this.#k));
    this.#ranked = ids;
    this.#batch = r;
    return ids;
  }

  /** See rankingContext(). */
  static contextOf(m: AnnotatedMention): SentenceContext | undefined {
    const b = m.#batch ?? (Array.isArray(m.#ranked) ? undefined : m.#ranked);
    return b?.context(b, m.#k);
  }

  set commitments(ids: string[]) {
    if (!Array.isArray(this.#ranked)) this.#batch ??= this.#ranked;
    this.#ranked = ids;
  }

  toJSON(): Mention {
    return {
      start: this.start, end: this.end, text: this.text, kind: this.kind, entityId: this.entityId, entity: this.entity,
      category: this.category, agencies: this.agencies, commitments: this.commitments,
    };
  }
}

/**
 * The sentence a mention's commitments are ranked by: its text and the entities mentioned in it
 * (the mention's sentence group, exactly as `commitments` is ranked). `ranker.rank(m.kind,
 * m.entityId, rankingContext(m))` equals `m.commitments`, also where the annotator was created
 * with { rank: false } — the content script ranks in the background this way, where the
 * commitment texts are. Undefined for a mention that annotate() did not return.
 */
export function rankingContext(mention: Mention): SentenceContext | undefined {
  return mention instanceof AnnotatedMention ? AnnotatedMention.contextOf(mention) : undefined;
}

export function createAnnotator(dataset: Dataset, options: AnnotateOptions = {}): Annotator {
  const t0 = performance.now();
  const { lexicon, matcher, mainland, resolver: resolverTables } = loadAutomaton(dataset, options.compiled);
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
  const agencyFields: EntityFields[] = dataset.agencies.map((a) => ({
    kind: 'agency', entityId: a.id, entity: a.name, category: 'agency', agencies: [a.id],
  }));
  const termFields: EntityFields[] = dataset.terms.map((t) => ({
    kind: 'term', entityId: t.id, entity: t.name, category: t.category, agencies: t.agencies,
  }));

  // Per pattern id: the dictionary's own spellings of it (raw aliases that fold to it). A mention
  // whose text is one of them gets that string instead of a new slice (equal strings; most news
  // text spells aliases exactly as the dictionary does).
  const spellings: string[][] = [];
  lexicon.patterns.forEach((raw, i) => {
    const list = (spellings[matcher.canonicalId[i]!] ??= []);
    if (!list.includes(raw)) list.push(raw);
  });

  /** text.slice(start, end), as the dictionary's string when it is one of the pattern's spellings. */
  function spanText(text: string, start: number, end: number, pattern: number): string {
    const list = spellings[pattern];
    if (list !== undefined) {
      const len = end - start;
      for (let c = 0; c < list.length; c++) {
        const s = list[c]!;
        if (s.length !== len) continue;
        let k = 0;
        while (k < len && s.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) return s;
      }
    }
    return text.slice(start, end);
  }

  function annotate(text: string, context?: AnnotateContext): Mention[] {
    const n = resolver.resolve(text, context ?? createContext());
    const out = resolver.out;
    const mentions: Mention[] = new Array(n);
    if (n === 0) return mentions;
    const batch: Batch = {
      text, records: out.slice(0, OUT_STRIDE * n), ranked: undefined, group: undefined, rank: doRank ? rankGroupOf : undefined, context: contextOf,
    };
    for (let k = 0; k < n; k++) {
      const o = OUT_STRIDE * k;
      const start = out[o]!;
      const end = out[o + 1]!;
      const code = out[o + 2]!;
      const fields = code >= 0 ? agencyFields[code]! : termFields[-code - 1]!;
      mentions[k] = new AnnotatedMention(start, end, spanText(text, start, end, out[o + 3]!), fields, batch, k);
    }
    return mentions;
  }

  /**
   * Sentence groups, as the ranking has always formed them: mentions are in text order; a group
   * starts at a mention and takes every following mention that starts before the end of its
   * sentence.
   */
  function groups(b: Batch): Int32Array {
    const t = b.records;
    const n = t.length / OUT_STRIDE;
    const group = new Int32Array(n);
    let i = 0;
    while (i < n) {
      const sEnd = sentenceEnd(b.text, t[OUT_STRIDE * i + 1]!);
      let j = i;
      while (j < n && t[OUT_STRIDE * j]! < sEnd) group[j++] = i;
      i = j;
    }
    return group;
  }

  /** Mention k's sentence group as a SentenceContext: the sentence text and its entities. */
  function contextOf(b: Batch, k: number): SentenceContext {
    const group = (b.group ??= groups(b));
    const t = b.records;
    const i = group[k]!;
    const terms = new Set<string>();
    const agencies = new Set<AgencyId>();
    for (let j = i; j < group.length && group[j] === i; j++) {
      const code = t[OUT_STRIDE * j + 2]!;
      if (code >= 0) agencies.add(dataset.agencies[code]!.id);
      else terms.add(dataset.terms[-code - 1]!.id);
    }
    const text = b.text.slice(sentenceStart(b.text, t[OUT_STRIDE * i]!), sentenceEnd(b.text, t[OUT_STRIDE * i + 1]!));
    return { terms, agencies, text };
  }

  /** Ranks the commitments of every mention in k's sentence group; returns k's. */
  function rankGroupOf(b: Batch, k: number): string[] {
    const group = (b.group ??= groups(b));
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

  return {
    annotate,
    createContext,
    buildMs,
    patternCount: matcher.size,
    automatonBytes: matcher.bytes,
    get ranker() {
      return getRanker();
    },
  };
}

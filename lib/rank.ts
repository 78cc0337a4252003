/**
 * Which commitments a mention shows first, given its sentence.
 *
 * Candidates: for an agency mention, that agency's commitments (政法机关, the organs as a whole:
 * every commitment); for a term mention, the commitments listing the term, else those of the term's
 * agencies in the term's theme.
 *
 * Order:
 *  1. structural score from the other mentions of the same sentence — each of the commitment's terms
 *     mentioned in the sentence +3, the commitment's agency mentioned +2 (a 最高检 mention in a
 *     sentence about 食品安全 shows 最高检's food-safety measure first);
 *  2. among the commitments sharing the top score, the one whose summary fits the sentence best
 *     moves to the front (`tieBreak`; the rest keep their order):
 *     - 'bigram' (default): number of the sentence's CJK character bigrams that occur in the summary,
 *       through an inverted index built once — a few map reads per sentence;
 *     - 'fuse': fuse.js (Bitap) of 4-character probes of the sentence against the tied summaries —
 *       same top-1 on the source article, ~300× slower (scripts/rank-eval.ts, docs/matching.md), so
 *       it is kept for comparison and for one-off lookups, not for annotate() on pages;
 *     - 'none';
 *  3. dataset order (which follows the source article).
 *
 * Hot path: annotate() marks the entities of each sentence in stamp arrays and asks `rankMarked`,
 * which turns the marks into a bit mask per candidate list and caches the structural order per
 * mask; the bigram tie-break touches only sentences whose top candidates tie.
 */
import type Fuse from 'fuse.js';
import type { AgencyId, Commitment, Dataset } from '../data/schema.ts';
import { foldString, getFoldTable } from './normalize.ts';

export interface SentenceContext {
  /** Term ids mentioned in the sentence. */
  terms: ReadonlySet<string>;
  /** Agencies mentioned in the sentence. */
  agencies: ReadonlySet<AgencyId>;
  /** The sentence text (for the tie-break). */
  text: string;
}

export type TieBreak = 'bigram' | 'fuse' | 'none';

export interface RankOptions {
  /** How structural ties are broken (default 'bigram'). */
  tieBreak?: TieBreak;
  /**
   * The fuse.js constructor, required for tieBreak 'fuse'. Injected rather than imported so that
   * fuse.js stays out of the content-script bundle, which only uses the bigram tie-break.
   */
  Fuse?: typeof Fuse;
}

/** Per-sentence scratch state, reused across sentences (stamps instead of clearing). */
export interface SentenceMarks {
  stamp: number;
  termStamp: Int32Array;
  agencyStamp: Int32Array;
  /** Sentence text and its span in the annotated string (for the tie-break). */
  text: string;
  start: number;
  end: number;
  /** Bigram overlap per commitment index, valid where overlapStamp === stamp. */
  overlap: Int32Array;
  overlapStamp: Int32Array;
  overlapReady: number;
}

export interface Ranker {
  /** Candidate commitments for an entity, in dataset order. */
  candidates(kind: 'agency' | 'term', id: string): readonly Commitment[];
  /** Commitment ids for the entity, most relevant to the sentence first. */
  rank(kind: 'agency' | 'term', id: string, sentence: SentenceContext): string[];
  /** Hot-path variant: entity code (agency index ≥ 0, term -index-1), marks of the sentence. */
  rankMarked(code: number, marks: SentenceMarks, source: string): string[];
  createMarks(): SentenceMarks;
}

const WEIGHT_TERM = 3;
const WEIGHT_AGENCY = 2;

const FUSE_OPTIONS = {
  includeScore: true,
  // Where a phrase sits in a summary says nothing about relevance; without this, fuse.js ranks
  // matches by their distance from the start and rejects those beyond ~60 characters.
  ignoreLocation: true,
  threshold: 0.4,
  keys: ['summary'],
};

/** Runs of CJK characters of the sentence, cut into overlapping 4-character probes. */
function probes(sentence: string): string[] {
  const out: string[] = [];
  for (const run of sentence.match(/[\u3400-\u9fff]{2,}/g) ?? []) {
    if (run.length <= 4) out.push(run);
    else for (let i = 0; i + 4 <= run.length; i += 2) out.push(run.slice(i, i + 4));
  }
  return out.slice(0, 32);
}

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

interface Ordered {
  ids: string[];
  /** Global commitment indices, in `ids` order. */
  idx: number[];
  /** Structural scores, in `ids` order. */
  scores: number[];
  /** True when the top structural score is shared (a tie-break could change the first). */
  ties: boolean;
  /** Cached orders with the candidate at position k promoted to the front. */
  promoted: string[][];
}

interface EntityRanking {
  list: readonly Commitment[];
  /** Feature i: term index (≥ 0) or agency index encoded as -index-1. */
  features: number[];
  /** Per candidate: bit mask of its features. */
  candMask: Int32Array;
  byMask: Map<number, Ordered>;
}

export function createRanker(dataset: Dataset, options: RankOptions = {}): Ranker {
  const tieBreak = options.tieBreak ?? 'bigram';
  const FuseCtor = options.Fuse;
  if (tieBreak === 'fuse' && !FuseCtor) throw new Error("tieBreak 'fuse' needs options.Fuse (import Fuse from 'fuse.js')");
  const indexOf = new Map<string, number>(dataset.commitments.map((c, i) => [c.id, i]));
  const termIndex = new Map(dataset.terms.map((t, i) => [t.id, i]));
  const agencyIndex = new Map(dataset.agencies.map((a, i) => [a.id, i]));
  const byAgency = new Map<string, Commitment[]>();
  const byTerm = new Map<string, Commitment[]>();
  for (const c of dataset.commitments) {
    (byAgency.get(c.agency) ?? byAgency.set(c.agency, []).get(c.agency)!).push(c);
    for (const t of c.terms) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(c);
  }

  // Inverted index: folded CJK bigram of a summary → commitment indices (each at most once), as an
  // open-addressing hash over typed arrays (keys a·65536+b) with CSR posting lists, so the per-
  // sentence tie-break costs a table read per character pair and allocates nothing.
  const postings = new Map<number, number[]>();
  dataset.commitments.forEach((c, ci) => {
    const s = foldString(c.summary);
    const seen = new Set<number>();
    for (let k = 0; k + 1 < s.length; k++) {
      const a = s.charCodeAt(k);
      const b = s.charCodeAt(k + 1);
      if (!isHan(a) || !isHan(b)) continue;
      const key = a * 65536 + b;
      if (seen.has(key)) continue;
      seen.add(key);
      (postings.get(key) ?? postings.set(key, []).get(key)!).push(ci);
    }
  });
  let hashBits = 4;
  while (1 << hashBits < postings.size * 2) hashBits++;
  const hashMask = (1 << hashBits) - 1;
  const hashKeys = new Float64Array(1 << hashBits).fill(-1);
  const hashStart = new Int32Array(1 << hashBits);
  const hashEnd = new Int32Array(1 << hashBits);
  const postingList = new Int32Array([...postings.values()].reduce((n, l) => n + l.length, 0));
  const firstChar = new Uint8Array(65536); // see computeOverlap
  {
    let off = 0;
    for (const [key, list] of postings) {
      let h = Math.imul(key | 0, 0x9e3779b1) >>> (32 - hashBits);
      while (hashKeys[h] !== -1) h = (h + 1) & hashMask;
      hashKeys[h] = key;
      hashStart[h] = off;
      for (const ci of list) postingList[off++] = ci;
      hashEnd[h] = off;
      const hi = Math.floor(key / 65536);
      const lo = key % 65536;
      firstChar[hi] = firstChar[hi]! | 1;
      firstChar[lo] = firstChar[lo]! | 2;
    }
  }
  const fold = getFoldTable();

  const candidateCache = new Map<string, readonly Commitment[]>();
  function candidates(kind: 'agency' | 'term', id: string): readonly Commitment[] {
    const key = `${kind}:${id}`;
    let list = candidateCache.get(key);
    if (list) return list;
    if (kind === 'agency') {
      list = byAgency.get(id) ?? (id === 'zhengfa-organs' ? dataset.commitments : []);
    } else {
      list = byTerm.get(id) ?? [];
      if (list.length === 0) {
        const t = dataset.terms[termIndex.get(id) ?? -1];
        if (t) list = dataset.commitments.filter((c) => t.agencies.includes(c.agency) && c.theme === t.category);
      }
    }
    candidateCache.set(key, list);
    return list;
  }

  /** Structural order of `list` under `score`, dataset order among equals. */
  function structural(list: readonly Commitment[], score: (k: number) => number): Ordered {
    const rows = list.map((c, k) => ({ k, i: indexOf.get(c.id)!, s: score(k) }));
    rows.sort((a, b) => b.s - a.s || a.i - b.i);
    const ties = rows.length > 1 && rows[1]!.s === rows[0]!.s;
    return { ids: rows.map((r) => list[r.k]!.id), idx: rows.map((r) => r.i), scores: rows.map((r) => r.s), ties, promoted: [] };
  }

  /** fuse.js fit of each commitment in `o` to the sentence (higher is better). */
  function fuseFit(o: Ordered, text: string): Map<number, number> {
    const items = o.idx.map((i) => dataset.commitments[i]!);
    const fuse = new FuseCtor!(items, FUSE_OPTIONS);
    const fit = new Map<number, number>();
    for (const probe of probes(text)) {
      for (const r of fuse.search(probe)) fit.set(o.idx[r.refIndex]!, (fit.get(o.idx[r.refIndex]!) ?? 0) + (1 - (r.score ?? 1)));
    }
    return fit;
  }

  /**
   * Among the top structural group of `o`, the commitment with the best `fit` moves to the front
   * (the first is what the tooltip leads with); the rest keep their order. Returns o.ids when the
   * first stays, else a cached array per promoted position: no allocation after warm-up.
   */
  function breakTies(o: Ordered, fit: (commitmentIndex: number) => number): string[] {
    const n = o.ids.length;
    const top = o.scores[0];
    let kBest = 0;
    let fBest = fit(o.idx[0]!);
    for (let k = 1; k < n && o.scores[k] === top; k++) {
      const f = fit(o.idx[k]!);
      if (f > fBest) {
        fBest = f;
        kBest = k;
      }
    }
    if (kBest === 0) return o.ids;
    return (o.promoted[kBest] ??= [o.ids[kBest]!, ...o.ids.slice(0, kBest), ...o.ids.slice(kBest + 1)]);
  }

  /** Fills marks.overlap for the sentence [marks.start, marks.end) of `source` (once per sentence). */
  function computeOverlap(marks: SentenceMarks, source: string): void {
    if (marks.overlapReady === marks.stamp) return;
    marks.overlapReady = marks.stamp;
    const stamp = marks.stamp;
    const overlap = marks.overlap;
    const overlapStamp = marks.overlapStamp;
    let prev = fold[source.charCodeAt(marks.start)]!;
    for (let k = marks.start + 1; k < marks.end; k++) {
      const f = fold[source.charCodeAt(k)]!;
      // Bit 1: begins a summary bigram; bit 2: ends one. Most pairs fail this before any hashing.
      if ((firstChar[prev]! & 1) !== 0 && (firstChar[f]! & 2) !== 0) {
        const key = prev * 65536 + f;
        let h = Math.imul(key | 0, 0x9e3779b1) >>> (32 - hashBits);
        for (;;) {
          const kh = hashKeys[h]!;
          if (kh === key) {
            for (let p = hashStart[h]!, e = hashEnd[h]!; p < e; p++) {
              const ci = postingList[p]!;
              if (overlapStamp[ci] !== stamp) {
                overlapStamp[ci] = stamp;
                overlap[ci] = 1;
              } else overlap[ci]!++;
            }
            break;
          }
          if (kh === -1) break;
          h = (h + 1) & hashMask;
        }
      }
      prev = f;
    }
  }

  function rank(kind: 'agency' | 'term', id: string, sentence: SentenceContext): string[] {
    const list = candidates(kind, id);
    const o = structural(
      list,
      (k) => list[k]!.terms.reduce((s, t) => s + (sentence.terms.has(t) ? WEIGHT_TERM : 0), 0) + (sentence.agencies.has(list[k]!.agency) ? WEIGHT_AGENCY : 0),
    );
    if (!o.ties || tieBreak === 'none' || !sentence.text) return o.ids;
    if (tieBreak === 'fuse') {
      const fit = fuseFit(o, sentence.text);
      return breakTies(o, (i) => fit.get(i) ?? 0);
    }
    const marks = createMarks();
    marks.stamp = 1;
    marks.start = 0;
    marks.end = sentence.text.length;
    computeOverlap(marks, sentence.text);
    return breakTies(o, (i) => (marks.overlapStamp[i] === marks.stamp ? marks.overlap[i]! : 0));
  }

  // ── hot path ──────────────────────────────────────────────────────────────────────────────
  const entityRankings = new Map<number, EntityRanking>();
  function entityRanking(code: number): EntityRanking {
    let r = entityRankings.get(code);
    if (r) return r;
    const list = code >= 0 ? candidates('agency', dataset.agencies[code]!.id) : candidates('term', dataset.terms[-code - 1]!.id);
    const features: number[] = [];
    const featureBit = (f: number) => {
      let i = features.indexOf(f);
      if (i < 0) {
        if (features.length >= 31) return 0; // more features than bits: ignore the rest
        i = features.push(f) - 1;
      }
      return 1 << i;
    };
    const candMask = new Int32Array(list.length);
    list.forEach((c, k) => {
      let m = 0;
      for (const t of c.terms) {
        const ti = termIndex.get(t);
        if (ti !== undefined) m |= featureBit(ti);
      }
      const ai = agencyIndex.get(c.agency);
      if (ai !== undefined) m |= featureBit(-ai - 1);
      candMask[k] = m;
    });
    r = { list, features, candMask, byMask: new Map() };
    entityRankings.set(code, r);
    return r;
  }

  function weight(r: EntityRanking, mask: number, k: number): number {
    let bits = r.candMask[k]! & mask;
    let s = 0;
    for (let i = 0; bits !== 0; i++, bits >>>= 1) {
      if (bits & 1) s += r.features[i]! >= 0 ? WEIGHT_TERM : WEIGHT_AGENCY;
    }
    return s;
  }

  function rankMarked(code: number, marks: SentenceMarks, source: string): string[] {
    const r = entityRanking(code);
    let mask = 0;
    for (let i = 0; i < r.features.length; i++) {
      const f = r.features[i]!;
      if (f >= 0 ? marks.termStamp[f] === marks.stamp : marks.agencyStamp[-f - 1] === marks.stamp) mask |= 1 << i;
    }
    let o = r.byMask.get(mask);
    if (!o) {
      o = structural(r.list, (k) => weight(r, mask, k));
      r.byMask.set(mask, o);
    }
    if (!o.ties || tieBreak === 'none') return o.ids;
    if (tieBreak === 'fuse') {
      const fit = fuseFit(o, source.slice(marks.start, marks.end));
      return breakTies(o, (i) => fit.get(i) ?? 0);
    }
    // Same entity twice in one sentence: same answer.
    const memo = lastInSentence.get(code);
    if (memo && memo.stamp === marks.stamp && memo.mask === mask) return memo.ids;
    computeOverlap(marks, source);
    const ids = breakTiesByOverlap(o, marks);
    if (memo) {
      memo.stamp = marks.stamp;
      memo.mask = mask;
      memo.ids = ids;
    } else lastInSentence.set(code, { stamp: marks.stamp, mask, ids });
    return ids;
  }
  const lastInSentence = new Map<number, { stamp: number; mask: number; ids: string[] }>();

  /** breakTies with the sentence's bigram overlap, without a closure. */
  function breakTiesByOverlap(o: Ordered, marks: SentenceMarks): string[] {
    const st = marks.overlapStamp;
    const ov = marks.overlap;
    const stamp = marks.stamp;
    const idx = o.idx;
    const sc = o.scores;
    const top = sc[0];
    let kBest = 0;
    let fBest = st[idx[0]!] === stamp ? ov[idx[0]!]! : 0;
    for (let k = 1; k < idx.length && sc[k] === top; k++) {
      const f = st[idx[k]!] === stamp ? ov[idx[k]!]! : 0;
      if (f > fBest) {
        fBest = f;
        kBest = k;
      }
    }
    if (kBest === 0) return o.ids;
    return (o.promoted[kBest] ??= [o.ids[kBest]!, ...o.ids.slice(0, kBest), ...o.ids.slice(kBest + 1)]);
  }

  function createMarks(): SentenceMarks {
    const n = dataset.commitments.length;
    return {
      stamp: 0, termStamp: new Int32Array(dataset.terms.length), agencyStamp: new Int32Array(dataset.agencies.length),
      text: '', start: 0, end: 0, overlap: new Int32Array(n), overlapStamp: new Int32Array(n), overlapReady: -1,
    };
  }

  return { candidates, rank, rankMarked, createMarks };
}

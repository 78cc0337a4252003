/**
 * Which commitments a mention shows first, given its sentence.
 *
 * Candidates: for an agency mention, that agency's commitments (政法机关, the organs as a whole:
 * every commitment); for a term mention, the commitments listing the term, else those of the term's
 * agencies in the term's theme.
 *
 * Order: a structural score from the other mentions of the same sentence — each of the commitment's
 * terms mentioned in the sentence +3, the commitment's agency mentioned +2 — then dataset order
 * (which follows the source article). A 最高检 mention in a sentence about 食品安全 therefore shows
 * 最高检's food-safety measure first.
 *
 * Optional fuzzy tie-break (`fuzzyTieBreak`, off by default): among commitments still tied, the one
 * whose summary fits the sentence best by fuse.js. scripts/rank-eval.ts measures both orders on the
 * source article; see docs/matching.md for why it is not on the annotate() hot path.
 *
 * Hot path: annotate() marks the entities of each sentence in stamp arrays and asks `rankMarked`,
 * which turns the marks into a small bit mask per candidate list and caches the order per mask, so
 * ranking costs a few array reads per mention and allocates nothing after warm-up.
 */
import Fuse from 'fuse.js';
import type { AgencyId, Commitment, Dataset } from '../data/schema.ts';

export interface SentenceContext {
  /** Term ids mentioned in the sentence. */
  terms: ReadonlySet<string>;
  /** Agencies mentioned in the sentence. */
  agencies: ReadonlySet<AgencyId>;
  /** The sentence text (for the fuzzy tie-break). */
  text: string;
}

export interface RankOptions {
  /** Break structural ties with fuse.js over the commitment summaries (default false). */
  fuzzyTieBreak?: boolean;
}

/** Stamp arrays: `termStamp[i] === stamp` marks term i as mentioned in the current sentence. */
export interface SentenceMarks {
  stamp: number;
  termStamp: Int32Array;
  agencyStamp: Int32Array;
  text: string;
}

export interface Ranker {
  /** Candidate commitments for an entity, in dataset order. */
  candidates(kind: 'agency' | 'term', id: string): readonly Commitment[];
  /** Commitment ids for the entity, most relevant to the sentence first. */
  rank(kind: 'agency' | 'term', id: string, sentence: SentenceContext): string[];
  /** Hot-path variant: entity code (agency index ≥ 0, term -index-1) and stamp marks. */
  rankMarked(code: number, marks: SentenceMarks): string[];
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

interface EntityRanking {
  list: readonly Commitment[];
  defaultIds: string[];
  /** Feature i: term index (≥ 0) or agency index encoded as -index-1. */
  features: number[];
  /** Per candidate: bit mask of its features. */
  candMask: Int32Array;
  anyMask: number;
  byMask: Map<number, string[]>;
}

export function createRanker(dataset: Dataset, options: RankOptions = {}): Ranker {
  const fuzzy = options.fuzzyTieBreak ?? false;
  const order = new Map<string, number>(dataset.commitments.map((c, i) => [c.id, i]));
  const termIndex = new Map(dataset.terms.map((t, i) => [t.id, i]));
  const agencyIndex = new Map(dataset.agencies.map((a, i) => [a.id, i]));
  const byAgency = new Map<string, Commitment[]>();
  const byTerm = new Map<string, Commitment[]>();
  for (const c of dataset.commitments) {
    (byAgency.get(c.agency) ?? byAgency.set(c.agency, []).get(c.agency)!).push(c);
    for (const t of c.terms) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(c);
  }

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

  /** Structural score of each candidate, then (optionally) fuse.js among the top tie. */
  function order_(list: readonly Commitment[], score: (c: Commitment) => number, text: string): string[] {
    const scored = list.map((c) => ({ c, s: score(c), fit: 0 }));
    scored.sort((a, b) => b.s - a.s || order.get(a.c.id)! - order.get(b.c.id)!);
    if (fuzzy && scored.length > 1 && scored[0]!.s === scored[1]!.s && text) {
      const tied = scored.filter((x) => x.s === scored[0]!.s);
      const fuse = new Fuse(tied.map((x) => x.c), FUSE_OPTIONS);
      const fit = new Map<string, number>();
      for (const probe of probes(text)) {
        for (const r of fuse.search(probe)) fit.set(r.item.id, (fit.get(r.item.id) ?? 0) + (1 - (r.score ?? 1)));
      }
      for (const x of scored) x.fit = fit.get(x.c.id) ?? 0;
      scored.sort((a, b) => b.s - a.s || b.fit - a.fit || order.get(a.c.id)! - order.get(b.c.id)!);
    }
    return scored.map((x) => x.c.id);
  }

  function rank(kind: 'agency' | 'term', id: string, sentence: SentenceContext): string[] {
    const list = candidates(kind, id);
    return order_(
      list,
      (c) => c.terms.reduce((s, t) => s + (sentence.terms.has(t) ? WEIGHT_TERM : 0), 0) + (sentence.agencies.has(c.agency) ? WEIGHT_AGENCY : 0),
      sentence.text,
    );
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
    let anyMask = 0;
    list.forEach((c, k) => {
      let m = 0;
      for (const t of c.terms) {
        const ti = termIndex.get(t);
        if (ti !== undefined) m |= featureBit(ti);
      }
      const ai = agencyIndex.get(c.agency);
      if (ai !== undefined) m |= featureBit(-ai - 1);
      candMask[k] = m;
      anyMask |= m;
    });
    r = { list, defaultIds: list.map((c) => c.id), features, candMask, anyMask, byMask: new Map() };
    entityRankings.set(code, r);
    return r;
  }

  function rankMarked(code: number, marks: SentenceMarks): string[] {
    const r = entityRanking(code);
    if (r.list.length <= 1) return r.defaultIds;
    let mask = 0;
    for (let i = 0; i < r.features.length; i++) {
      const f = r.features[i]!;
      if (f >= 0 ? marks.termStamp[f] === marks.stamp : marks.agencyStamp[-f - 1] === marks.stamp) mask |= 1 << i;
    }
    if ((mask & r.anyMask) === 0 && !fuzzy) return r.defaultIds;
    if (fuzzy) {
      return order_(r.list, (c) => weight(r, mask, r.list.indexOf(c)), marks.text);
    }
    let ids = r.byMask.get(mask);
    if (!ids) {
      ids = order_(r.list, (c) => weight(r, mask, r.list.indexOf(c)), '');
      r.byMask.set(mask, ids);
    }
    return ids;
  }

  function weight(r: EntityRanking, mask: number, k: number): number {
    let bits = r.candMask[k]! & mask;
    let s = 0;
    for (let i = 0; bits !== 0; i++, bits >>>= 1) {
      if (bits & 1) s += r.features[i]! >= 0 ? WEIGHT_TERM : WEIGHT_AGENCY;
    }
    return s;
  }

  function createMarks(): SentenceMarks {
    return { stamp: 0, termStamp: new Int32Array(dataset.terms.length), agencyStamp: new Int32Array(dataset.agencies.length), text: '' };
  }

  return { candidates, rank, rankMarked, createMarks };
}

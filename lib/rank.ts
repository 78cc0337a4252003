/**
 * Which commitments a mention shows first, given its sentence.
 *
 * Candidates: for an agency mention, that agency's commitments (政法机关, the organs as a whole:
 * every commitment); for a term mention, the commitments listing the term, else those of the term's
 * agencies in the term's theme.
 *
 * Order: a structural score from the other mentions of the same sentence — each term of the
 * commitment mentioned in the sentence +3, the commitment's agency mentioned in the sentence +2 —
 * then, among commitments still tied, how well the commitment's summary fits the sentence
 * (`sentenceFit`, fuse.js), then dataset order. A 最高检 mention in a sentence about 食品安全
 * therefore shows 最高检's food-safety measure first.
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

export interface Ranker {
  /** Candidate commitments for an entity, in dataset order. */
  candidates(kind: 'agency' | 'term', id: string): readonly Commitment[];
  /** Commitment ids for the entity, most relevant to the sentence first. */
  rank(kind: 'agency' | 'term', id: string, sentence: SentenceContext): string[];
}

export interface RankOptions {
  /** Break structural ties with fuse.js over the commitment summaries (default true). */
  fuzzyTieBreak?: boolean;
}

const FUSE_OPTIONS = {
  includeScore: true,
  // Summaries are short, but the default location penalty would still rank a phrase at character
  // 40 below one at character 2; where it sits in the summary says nothing about relevance.
  ignoreLocation: true,
  threshold: 0.6,
  keys: ['summary'],
};

/** Runs of CJK characters of the sentence, cut into overlapping 4-character probes. */
function probes(sentence: string): string[] {
  const out: string[] = [];
  const runs = sentence.match(/[\u3400-\u9fff]{2,}/g) ?? [];
  for (const run of runs) {
    if (run.length <= 4) out.push(run);
    else for (let i = 0; i + 4 <= run.length; i += 2) out.push(run.slice(i, i + 4));
  }
  return out.slice(0, 24);
}

export function createRanker(dataset: Dataset, options: RankOptions = {}): Ranker {
  const fuzzy = options.fuzzyTieBreak ?? true;
  const order = new Map<string, number>(dataset.commitments.map((c, i) => [c.id, i]));
  const byAgency = new Map<string, Commitment[]>();
  const byTerm = new Map<string, Commitment[]>();
  for (const c of dataset.commitments) {
    (byAgency.get(c.agency) ?? byAgency.set(c.agency, []).get(c.agency)!).push(c);
    for (const t of c.terms) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(c);
  }
  const termById = new Map(dataset.terms.map((t) => [t.id, t]));
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
        const t = termById.get(id);
        if (t) list = dataset.commitments.filter((c) => t.agencies.includes(c.agency) && c.theme === t.category);
      }
    }
    candidateCache.set(key, list);
    return list;
  }

  const fuseCache = new Map<string, Map<string, number>>();
  /** fuse.js fit of each candidate's summary to the sentence: lower is better (0 = exact). */
  function sentenceFit(list: readonly Commitment[], sentence: string): Map<string, number> {
    const key = `${list.length}:${list[0]?.id}:${sentence}`;
    const cached = fuseCache.get(key);
    if (cached) return cached;
    const fuse = new Fuse(list, FUSE_OPTIONS);
    const best = new Map<string, number>();
    for (const probe of probes(sentence)) {
      for (const r of fuse.search(probe)) {
        const prev = best.get(r.item.id);
        const score = r.score ?? 1;
        // Sum of (1 - score) over probes: more matching phrases, closer matches → higher fit.
        best.set(r.item.id, (prev ?? 0) + (1 - score));
      }
    }
    const fit = new Map<string, number>();
    for (const c of list) fit.set(c.id, -(best.get(c.id) ?? 0));
    if (fuseCache.size > 500) fuseCache.clear();
    fuseCache.set(key, fit);
    return fit;
  }

  const rankCache = new Map<string, string[]>();
  function rank(kind: 'agency' | 'term', id: string, sentence: SentenceContext): string[] {
    const list = candidates(kind, id);
    if (list.length === 0) return [];
    if (list.length === 1) return [list[0]!.id];
    const sig = `${kind}:${id}|${[...sentence.terms].sort().join(',')}|${[...sentence.agencies].sort().join(',')}`;
    const useFuzzy = fuzzy;
    const cacheKey = useFuzzy ? `${sig}|${sentence.text}` : sig;
    const cached = rankCache.get(cacheKey);
    if (cached) return cached;
    const scored = list.map((c) => {
      let s = 0;
      for (const t of c.terms) if (sentence.terms.has(t)) s += 3;
      if (sentence.agencies.has(c.agency)) s += 2;
      return { c, s };
    });
    scored.sort((a, b) => b.s - a.s || order.get(a.c.id)! - order.get(b.c.id)!);
    if (useFuzzy && scored.length > 1 && scored[0]!.s === scored[1]!.s) {
      const top = scored[0]!.s;
      const tied = scored.filter((x) => x.s === top).map((x) => x.c);
      const fit = sentenceFit(tied, sentence.text);
      scored.sort((a, b) => b.s - a.s || fit.get(a.c.id)! - fit.get(b.c.id)! || order.get(a.c.id)! - order.get(b.c.id)!);
    }
    const ids = scored.map((x) => x.c.id);
    if (rankCache.size > 2000) rankCache.clear();
    rankCache.set(cacheKey, ids);
    return ids;
  }

  return { candidates, rank };
}

/**
 * Search over the commitments, for the popup's 全部承诺 view and the background's context-menu
 * lookup. DOM-free: runs in every extension context and in Node.
 *
 * Query and records are folded with the core's normaliser (lib/normalize.ts: traditional →
 * simplified for the lexicon's characters, full-width → half-width, lower case), so 電信詐騙, 电信诈骗
 * and ＴＥＬＥＣＯＭ meet the same text. The query is split into tokens (whitespace, and known
 * agency/term aliases inside an unbroken Chinese string: 最高检食品安全 → 最高检 + 食品安全); every token
 * must match some field of a commitment.
 *
 * Per token and field group, an exact substring scores full marks and a fuse.js (Bitap) fuzzy match
 * scores less, so typos ("telcom") still find something without outranking exact hits. The fuzzy
 * threshold stays below 1/3: at ≥ 0.34 a three-character 最高法 fuzzily matches 最高检 (guide §2).
 */
import Fuse from 'fuse.js';
import type { AgencyId, Commitment, Dataset, ThemeId } from '../data/schema.ts';
import { foldString } from './normalize.ts';

export interface SearchFilters {
  agency?: AgencyId;
  /** A theme (the highlight category of the commitment's section). */
  category?: ThemeId;
  /** An agency or term id: commitments of that agency or about that term (tooltip «查看全部»). */
  entity?: string;
}

export interface SearchOptions extends SearchFilters {
  /**
   * all: every token must match (the search box). any: commitments matching more tokens rank
   * first (a selected sentence, where most words are not in any commitment).
   */
  mode?: 'all' | 'any';
}

export interface CommitmentSearch {
  /** Commitment ids, best first; an empty query lists every commitment passing the filters, in dataset order. */
  search(query: string, options?: SearchOptions): string[];
  /**
   * For a selection on a page: the query as typed if it finds anything, else the agency and term
   * aliases found inside the selection, ranked by how many of them a commitment matches.
   */
  lookup(selection: string, filters?: SearchFilters): string[];
  /** The query's tokens after folding and alias splitting (for tests and the UI's "no result" text). */
  tokens(query: string): string[];
}

interface Group {
  name: string;
  weight: number;
  texts: (c: Commitment) => string[];
}

/** Fuse threshold: 0 = exact only … 1 = anything. Kept below 1/3, see above. */
const FUZZY_THRESHOLD = 0.3;
/** A fuzzy hit is worth at most this fraction of an exact one. */
const FUZZY_FACTOR = 0.6;

export function createCommitmentSearch(dataset: Dataset): CommitmentSearch {
  const agencyById = new Map(dataset.agencies.map((a) => [a.id, a]));
  const termById = new Map(dataset.terms.map((t) => [t.id, t]));
  const categoryById = new Map(dataset.categories.map((c) => [c.id, c]));

  const groups: Group[] = [
    {
      name: 'terms',
      weight: 3,
      texts: (c) =>
        c.terms.flatMap((id) => {
          const term = termById.get(id);
          return term ? [term.name, term.nameEn, ...term.aliases.map((a) => a.text)] : [];
        }),
    },
    {
      name: 'agency',
      weight: 3,
      texts: (c) => {
        const agency = agencyById.get(c.agency);
        return agency ? [agency.name, agency.nameEn, ...agency.aliases.map((a) => a.text)] : [];
      },
    },
    { name: 'summary', weight: 2, texts: (c) => [c.summary] },
    { name: 'summaryEn', weight: 2, texts: (c) => [c.summaryEn] },
    {
      name: 'details',
      weight: 1,
      texts: (c) => [
        ...(c.targets ?? []).flatMap((t) => [t.text, t.textEn]),
        ...(c.speaker ? [c.speaker.name, c.speaker.title, c.speaker.titleEn] : []),
      ],
    },
    {
      name: 'theme',
      weight: 1,
      texts: (c) => {
        const label = categoryById.get(c.theme)?.label;
        return label ? [label.zhCN, label.zhTW, label.en] : [];
      },
    },
  ];

  const commitments = dataset.commitments;
  // Folded texts per group per commitment.
  const folded = groups.map((g) => commitments.map((c) => g.texts(c).map(foldString)));
  const fuses = folded.map(
    (perCommitment) =>
      new Fuse(
        perCommitment.map((texts) => ({ texts })),
        {
          keys: ['texts'],
          includeScore: true,
          ignoreLocation: true,
          threshold: FUZZY_THRESHOLD,
          minMatchCharLength: 1,
          isCaseSensitive: true, // already folded
        },
      ),
  );

  // Alias dictionary for splitting unbroken Chinese queries and for finding aliases in a selection.
  const aliases = [
    ...new Set(
      [
        ...dataset.agencies.flatMap((a) => [a.name, ...a.aliases.filter((x) => x.form !== 'en').map((x) => x.text)]),
        ...dataset.terms.flatMap((t) => [t.name, ...t.aliases.filter((x) => x.form !== 'en').map((x) => x.text)]),
      ].map(foldString),
    ),
  ]
    .filter((alias) => alias.length >= 2)
    .sort((a, b) => b.length - a.length);

  /** Leftmost-longest alias hits in folded text. */
  function aliasHits(text: string): { start: number; end: number; alias: string }[] {
    const hits: { start: number; end: number; alias: string }[] = [];
    for (let i = 0; i < text.length; ) {
      const alias = aliases.find((a) => text.startsWith(a, i));
      if (alias) {
        hits.push({ start: i, end: i + alias.length, alias });
        i += alias.length;
      } else i++;
    }
    return hits;
  }

  function tokens(query: string): string[] {
    const out: string[] = [];
    for (const raw of foldString(query).split(/[\s,，、;；。.!?！？"“”'‘’()（）《》]+/u)) {
      if (!raw) continue;
      const hits = aliasHits(raw);
      const covered = hits.reduce((n, h) => n + (h.end - h.start), 0);
      if (hits.length > 1 && covered === raw.length) out.push(...hits.map((h) => h.alias));
      else out.push(raw);
    }
    return [...new Set(out)];
  }

  function passes(c: Commitment, filters: SearchFilters): boolean {
    if (filters.agency && c.agency !== filters.agency) return false;
    if (filters.category && c.theme !== filters.category) return false;
    if (filters.entity && c.agency !== filters.entity && !c.terms.includes(filters.entity)) return false;
    return true;
  }

  /** Relevance of each commitment for one token: Σ over groups of weight × match quality. */
  function tokenScores(token: string): Float64Array {
    const scores = new Float64Array(commitments.length);
    groups.forEach((group, g) => {
      const exact = new Uint8Array(commitments.length);
      folded[g]!.forEach((texts, i) => {
        if (texts.some((text) => text.includes(token))) {
          exact[i] = 1;
          scores[i]! += group.weight;
        }
      });
      for (const result of fuses[g]!.search(token)) {
        if (exact[result.refIndex]) continue;
        scores[result.refIndex]! += group.weight * FUZZY_FACTOR * (1 - (result.score ?? 1));
      }
    });
    return scores;
  }

  function rank(tokenList: string[], options: SearchOptions): string[] {
    const mode = options.mode ?? 'all';
    const perToken = tokenList.map(tokenScores);
    const ranked: { index: number; matched: number; score: number }[] = [];
    commitments.forEach((c, index) => {
      if (!passes(c, options)) return;
      let matched = 0;
      let score = 0;
      for (const scores of perToken) {
        if (scores[index]! > 0) {
          matched++;
          score += scores[index]!;
        }
      }
      if (mode === 'all' ? matched === tokenList.length : matched > 0) ranked.push({ index, matched, score });
    });
    const kindOrder = (i: number) => (commitments[i]!.kind === 'measure' ? 0 : 1);
    ranked.sort(
      (a, b) =>
        b.matched - a.matched || b.score - a.score || kindOrder(a.index) - kindOrder(b.index) || a.index - b.index,
    );
    return ranked.map((r) => commitments[r.index]!.id);
  }

  function search(query: string, options: SearchOptions = {}): string[] {
    const tokenList = tokens(query);
    if (tokenList.length === 0) return commitments.filter((c) => passes(c, options)).map((c) => c.id);
    return rank(tokenList, options);
  }

  function lookup(selection: string, filters: SearchFilters = {}): string[] {
    const text = selection.trim().slice(0, 500);
    if (!text) return [];
    const direct = search(text, { ...filters, mode: 'all' });
    if (direct.length > 0) return direct;
    const found = [...new Set(aliasHits(foldString(text)).map((h) => h.alias))];
    return found.length > 0 ? rank(found, { ...filters, mode: 'any' }) : [];
  }

  return { search, lookup, tokens };
}

/**
 * The tooltip's measures, answered by the background. The content script carries no commitment
 * texts: its bundle stays small, and the ranker's index is built once here rather than on the first
 * hover of every page. It sends the mention and its sentence group (lib/sentence.ts, the groups the
 * core ranks by); this ranks exactly as the core would (tests/extension/measures.test.ts,
 * tests/lib/sentence.test.ts) and returns the rows the tooltip lists.
 */
import type { AgencyId, Dataset } from '../data/schema.ts';
import type { MeasureView } from '../components/tooltip/model.ts';
import { measureViews } from '../components/tooltip/measures.ts';
import { createRanker, type Ranker } from '../lib/rank.ts';
import type { Locale } from './i18n.ts';

export interface MeasuresRequest {
  kind: 'agency' | 'term';
  entityId: string;
  /** The mention's sentence and the entities mentioned in it. */
  sentence: { text: string; terms: string[]; agencies: AgencyId[] };
  locale: Locale;
}

const LOCALES: readonly Locale[] = ['zh_CN', 'zh_TW', 'en'];
/** A sentence is at most ~600 code units around its mention (lib/sentence.ts SENTENCE_MAX). */
const MAX_SENTENCE = 4000;
const MAX_ENTITIES = 200;

/** A request as a content script may send it → a well-formed MeasuresRequest for `dataset`, or undefined. */
export function sanitizeMeasuresRequest(data: unknown, dataset: Dataset): MeasuresRequest | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { kind, entityId, sentence, locale } = data as Record<string, unknown>;
  if (kind !== 'agency' && kind !== 'term') return undefined;
  const known = kind === 'agency' ? dataset.agencies : dataset.terms;
  if (typeof entityId !== 'string' || !known.some((e) => e.id === entityId)) return undefined;
  if (!LOCALES.includes(locale as Locale)) return undefined;
  if (!sentence || typeof sentence !== 'object') return undefined;
  const { text, terms, agencies } = sentence as Record<string, unknown>;
  if (typeof text !== 'string' || text.length > MAX_SENTENCE) return undefined;
  const ids = (value: unknown, list: ReadonlyArray<{ id: string }>): string[] | undefined =>
    Array.isArray(value) && value.length <= MAX_ENTITIES && value.every((v) => typeof v === 'string' && list.some((e) => e.id === v))
      ? (value as string[])
      : undefined;
  const termIds = ids(terms, dataset.terms);
  const agencyIds = ids(agencies, dataset.agencies);
  if (!termIds || !agencyIds) return undefined;
  return { kind, entityId, sentence: { text, terms: termIds, agencies: agencyIds as AgencyId[] }, locale: locale as Locale };
}

/** Answers MeasuresRequests from `dataset`; the ranker is built on the first request. */
export function createMeasureService(dataset: Dataset): (request: MeasuresRequest) => MeasureView[] {
  let ranker: Ranker | undefined;
  return ({ kind, entityId, sentence, locale }) => {
    ranker ??= createRanker(dataset);
    const ids = ranker.rank(kind, entityId, { text: sentence.text, terms: new Set(sentence.terms), agencies: new Set(sentence.agencies) });
    return measureViews(ids, dataset, locale);
  };
}

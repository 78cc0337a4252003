/**
 * Finds a page's mentions for its content script. The page sends its text flows; the matching core
 * runs here, once per browser rather than once per tab: the automaton is restored once and stays
 * warm, while every page load used to restore it and run the core cold in a fresh isolated world
 * (most of the page's main-thread cost for an article). The text never leaves the browser: this is
 * the extension's own background context.
 */
import type { Dataset } from '../data/schema.ts';
import { createAnnotator, type Annotator } from '../lib/annotate.ts';
import type { CompiledAutomaton } from '../lib/automaton.ts';
import type { ReadingState } from '../lib/mention-records.ts';
import { contextFromState, readingStateOf } from '../lib/resolve.ts';

export interface FindMentionsRequest {
  /** The flows' texts, in the order the page reads them. */
  texts: string[];
  /** Where the previous request of the same scan left off (a story's foreign reading); [] to start afresh. */
  state: ReadingState;
}

export interface FindMentionsReply {
  /** Per text: its mentions as records (lib/mention-records.ts). */
  records: number[][];
  /** The state after the last text, for the scan's next request. */
  state: ReadingState;
  /** Time the core took for this request here, in milliseconds (the page's timing marks). */
  coreMs: number;
}

/** Largest request accepted: a page sends at most ~256 K code units per request (one longer flow alone). */
export const MAX_REQUEST_CHARS = 8_000_000;
const MAX_TEXTS = 100_000;
const MAX_QUALIFIER = 16;

/** A request as a content script may send it → a well-formed request for `dataset`, or undefined. */
export function sanitizeFindRequest(data: unknown, dataset: Dataset): FindMentionsRequest | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { texts, state } = data as Record<string, unknown>;
  if (!Array.isArray(texts) || texts.length > MAX_TEXTS) return undefined;
  let chars = 0;
  for (const text of texts) {
    if (typeof text !== 'string') return undefined;
    chars += text.length;
  }
  if (chars > MAX_REQUEST_CHARS) return undefined;
  if (!Array.isArray(state) || state.length > dataset.agencies.length) return undefined;
  for (const entry of state) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [agency, qualifier] = entry as unknown[];
    if (!dataset.agencies.some((a) => a.id === agency)) return undefined;
    if (typeof qualifier !== 'string' || qualifier.length > MAX_QUALIFIER) return undefined;
  }
  return { texts: texts as string[], state: state as ReadingState };
}

/** Answers FindMentionsRequests; the annotator is built (from `compiled`, if given) on the first request. */
export function createMentionFinder(dataset: Dataset, compiled?: CompiledAutomaton): (request: FindMentionsRequest) => FindMentionsReply {
  let annotator: Annotator | undefined;
  return ({ texts, state }) => {
    const t0 = performance.now();
    annotator ??= createAnnotator(dataset, { rank: false, compiled });
    const context = contextFromState(state);
    const records = texts.map((text) => annotator!.records(text, context));
    return { records, state: readingStateOf(context), coreMs: performance.now() - t0 };
  };
}

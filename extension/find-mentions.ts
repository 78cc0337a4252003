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
import type { ScanEngine } from '../lib/matcher.ts';
import type { ReadingState } from '../lib/mention-records.ts';
import { contextFromState, readingStateOf } from '../lib/resolve.ts';

export interface FindMentionsRequest {
  /** The flows' texts, in the order the page reads them. */
  texts: string[];
  /**
   * Where reading starts (a story's foreign reading): a state ([] to start afresh), or `{ after }`,
   * the state an earlier request of the same scan left, kept here under its `id`. The latter lets a
   * page send all of a scan's requests at once instead of waiting for each reply's state.
   */
  state: ReadingState | { after: string };
  /** Keep the state this request leaves under this id (for a later request's `{ after }`). */
  id?: string;
}

export interface FindMentionsReply {
  /** Per text: its mentions as records (lib/mention-records.ts). */
  records: number[][];
  /** The state after the last text. */
  state: ReadingState;
  /** Time the core took for this request here, in milliseconds (the page's timing marks). */
  coreMs: number;
  /** Which scan ran (WebAssembly unless this context cannot run it); absent when nothing ran. */
  engine?: ScanEngine;
}

/** Largest request accepted: a page sends at most ~256 K code units per request (one longer flow alone). */
export const MAX_REQUEST_CHARS = 8_000_000;
const MAX_TEXTS = 100_000;
const MAX_QUALIFIER = 16;
const MAX_ID = 64;
/**
 * States kept for `{ after }`: the newest few, enough for the scans of several tabs in flight
 * (a scan needs each for one request). A state not found (the service worker restarted in between,
 * or evicted) reads from [] instead: only a foreign reading across that request is lost.
 */
const KEPT_STATES = 64;

function sanitizeState(state: unknown, dataset: Dataset): ReadingState | undefined {
  if (!Array.isArray(state) || state.length > dataset.agencies.length) return undefined;
  for (const entry of state) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [agency, qualifier] = entry as unknown[];
    if (!dataset.agencies.some((a) => a.id === agency)) return undefined;
    if (typeof qualifier !== 'string' || qualifier.length > MAX_QUALIFIER) return undefined;
  }
  return state as ReadingState;
}

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;

/** A request as a content script may send it → a well-formed request for `dataset`, or undefined. */
export function sanitizeFindRequest(data: unknown, dataset: Dataset): FindMentionsRequest | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { texts, state, id } = data as Record<string, unknown>;
  if (!Array.isArray(texts) || texts.length > MAX_TEXTS) return undefined;
  let chars = 0;
  for (const text of texts) {
    if (typeof text !== 'string') return undefined;
    chars += text.length;
  }
  if (chars > MAX_REQUEST_CHARS) return undefined;
  if (id !== undefined && !isId(id)) return undefined;
  const after = state && typeof state === 'object' && !Array.isArray(state) ? (state as { after?: unknown }).after : undefined;
  const start = isId(after) && Object.keys(state as object).length === 1 ? { after } : sanitizeState(state, dataset);
  if (!start) return undefined;
  return id === undefined ? { texts: texts as string[], state: start } : { texts: texts as string[], state: start, id };
}

/**
 * Answers FindMentionsRequests; the annotator is built (from `compiled`, if given) on the first
 * request. `region`: what the sending page's site implies (lib/sites.ts urlRegion of the sender's
 * URL, which the browser reports; not something the page says).
 */
export function createMentionFinder(dataset: Dataset, compiled?: CompiledAutomaton): (request: FindMentionsRequest, region?: string) => FindMentionsReply {
  let annotator: Annotator | undefined;
  const kept = new Map<string, ReadingState>();
  return ({ texts, state, id }, region) => {
    const t0 = performance.now();
    annotator ??= createAnnotator(dataset, { rank: false, compiled });
    const context = contextFromState(Array.isArray(state) ? state : (kept.get(state.after) ?? []), region);
    if (!Array.isArray(state)) kept.delete(state.after);
    const records = texts.map((text) => annotator!.records(text, context));
    const left = readingStateOf(context);
    if (id !== undefined) {
      kept.delete(id);
      kept.set(id, left);
      if (kept.size > KEPT_STATES) kept.delete(kept.keys().next().value!);
    }
    return { records, state: left, coreMs: performance.now() - t0, engine: annotator.scanEngine };
  };
}

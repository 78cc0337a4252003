/**
 * Scans a subtree: walk it into flows in time slices, ask the background for their mentions (the
 * flows that intersect the viewport first, then the rest in batches), and paint each reply in time
 * slices, so what the reader is looking at lights up first even on a very long page.
 */
import { FlowCursor, type Flow } from './blocks.ts';
import type { FindMentionsReply, FindMentionsRequest } from '../../extension/find-mentions.ts';
import type { Highlighter } from './highlighter.ts';
import type { PageMentions } from './page-mentions.ts';
import { runInSlices, yieldToPage, type SliceStats } from './scheduler.ts';

/** Asks the background for the mentions of some flows (the findMentions message). */
export type FindMentions = (request: FindMentionsRequest) => Promise<FindMentionsReply>;

export interface ScanResult extends SliceStats {
  flows: number;
  mentions: number;
  /** Main-thread time of the walk (collecting flows) alone. */
  walkMs: number;
  /** Time the scan sat waiting for a reply that had not arrived yet (not main-thread time). */
  waitMs: number;
}

/**
 * Code units per request after the on-screen flows: large enough that a 2M-character page is a
 * handful of requests (each costs the page a fixed ~0.3–3 ms), small enough that one is serialised
 * in a few milliseconds, one per task.
 */
const BATCH_CHARS = 256 * 1024;

/** `order` cut into requests: the first `firstCount` flows alone, then runs of ≤ BATCH_CHARS. */
export function batchFlows(order: readonly Flow[], firstCount: number): Flow[][] {
  const batches: Flow[][] = [];
  if (firstCount > 0) batches.push(order.slice(0, firstCount));
  let batch: Flow[] = [];
  let chars = 0;
  for (let i = firstCount; i < order.length; i++) {
    const flow = order[i]!;
    if (batch.length > 0 && chars + flow.text.length > BATCH_CHARS) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(flow);
    chars += flow.text.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * How often a long scan hands its new ranges to the highlights. Rarely: each hand-over makes the
 * browser revalidate every range of the highlights when it next renders (200–300 ms per hand-over
 * on the 2M-character bench page, against ~800 ms for the whole scan with none in between).
 */
const PAINT_EVERY_MS = 1000;

/** Largest number of flows taken as "on screen" (a viewport full of one-line flows). */
const MAX_VISIBLE_FLOWS = 400;

/**
 * Index range of the flows whose container box intersects the viewport. Flows are in document
 * order, so their boxes mostly descend the page: a binary search finds the first one below the top.
 */
export function visibleSpan(flows: readonly Flow[]): [number, number] {
  const height = window.innerHeight;
  let lo = 0;
  let hi = flows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (flows[mid]!.container.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < flows.length && end - lo < MAX_VISIBLE_FLOWS) {
    if (flows[end]!.container.getBoundingClientRect().top > height) break;
    end++;
  }
  return [lo, end];
}

/** Request ids: unique per content-script instance (one per frame), then per scan and request. */
const SCAN_PREFIX = `${Math.random().toString(36).slice(2, 10)}.`;
let scanCount = 0;

/** Resolves after the microtasks queued so far (and those they queue, a few levels deep) have run. */
async function microtasksSettled(): Promise<void> {
  for (let i = 0; i < 4; i++) await undefined;
}

function addSlices(total: ScanResult, part: SliceStats): void {
  total.mainThreadMs += part.mainThreadMs;
  total.slices += part.slices;
  total.longestSliceMs = Math.max(total.longestSliceMs, part.longestSliceMs);
  total.yieldedMs += part.yieldedMs;
}

export interface ScanOptions {
  isCancelled: () => boolean;
  /** An open shadow root was found: its text needs the highlight styles too. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Ask for and paint the flows on screen first (pages longer than one request). */
  visibleFirst?: boolean;
  find: FindMentions;
  /** Read from a clean state (a rescan) instead of continuing the page's reading state. */
  fresh?: boolean;
}

export async function scanRoots(roots: Node[], page: PageMentions, highlighter: Highlighter, options: ScanOptions): Promise<ScanResult> {
  const { flows, stats: walkStats } = await walkRoots(roots, options);
  performance.mark('zhengfa:walked');
  let order: Flow[] = flows;
  // Flows asked for and painted first: the ones on screen, on a page longer than one request (a
  // shorter one is one request and one paint: a request has a fixed cost of ~0.3–3 ms here).
  let onScreen = 0;
  let chars = 0;
  for (const flow of flows) chars += flow.text.length;
  if (options.visibleFirst && chars > BATCH_CHARS && !walkStats.cancelled) {
    const [start, end] = visibleSpan(flows);
    order = [...flows.slice(start, end), ...flows.slice(0, start), ...flows.slice(end)];
    onScreen = end - start;
  }
  performance.mark('zhengfa:ordered');
  const result: ScanResult = {
    ...walkStats, walkMs: walkStats.mainThreadMs, flows: flows.length, mentions: 0, waitMs: 0,
  };
  if (walkStats.cancelled || flows.length === 0) return result;

  const batches = batchFlows(order, onScreen);
  const replies = await requestMentions(batches, page, result, options);
  if (!replies) return { ...result, cancelled: true };
  const state = await paintReplies(batches, replies, page, highlighter, result, options);
  if (!state) return { ...result, cancelled: true };
  if (!options.fresh) page.readingState = state;
  return result;
}

/** Walks `roots` (and the open shadow roots met on the way) into flows, in time slices. */
async function walkRoots(roots: Node[], options: ScanOptions): Promise<{ flows: Flow[]; stats: SliceStats }> {
  const flows: Flow[] = [];
  const pending = [...roots];
  let cursor: FlowCursor | null = null;
  const stats = await runInSlices(() => {
    if (!cursor) {
      const root = pending.shift();
      if (!root) return false;
      cursor = new FlowCursor(root);
    }
    const flow = cursor.nextFlow();
    if (flow) {
      flows.push(flow);
      return true;
    }
    for (const shadow of cursor.shadowRoots) {
      options.onShadowRoot?.(shadow);
      pending.push(shadow);
    }
    cursor = null;
    return pending.length > 0;
  }, options.isCancelled);
  return { flows, stats };
}

/**
 * Sends one request per batch, all at once (one per task): each reads on from the state the one
 * before it left, which the background keeps under that request's id, so none waits for the
 * previous reply (on a 2M-character page the background reads the next requests while a reply is
 * painted). Null when cancelled. A reply is null where its request failed.
 */
async function requestMentions(
  batches: Flow[][],
  page: PageMentions,
  result: ScanResult,
  options: ScanOptions,
): Promise<Array<Promise<FindMentionsReply | null>> | null> {
  const scan = `${SCAN_PREFIX}${++scanCount}`;
  const replies: Array<Promise<FindMentionsReply | null>> = [];
  for (let b = 0; b < batches.length; b++) {
    if (b > 0) {
      const yieldStart = performance.now();
      await yieldToPage();
      result.yieldedMs += performance.now() - yieldStart;
    }
    if (options.isCancelled()) return null;
    const texts = batches[b]!.map((flow) => flow.text);
    for (const text of texts) page.chars += text.length;
    const t0 = performance.now();
    const reply = options.find({
      texts,
      state: b === 0 ? (options.fresh ? [] : page.readingState) : { after: `${scan}.${b - 1}` },
      ...(b + 1 < batches.length ? { id: `${scan}.${b}` } : {}),
    });
    // A failed request (no background: the extension was reloaded or updated under the page) ends
    // the scan when its turn comes; caught here so the ones after it raise no unhandled rejection.
    replies.push(
      reply.then((r) => {
        page.backgroundMs += r.coreMs;
        page.scanEngine = r.engine ?? page.scanEngine;
        return r;
      }, () => null),
    );
    // The messaging library hands the request to the browser a microtask later, and the browser
    // serialises it then (a few ms per 256 K code units): let that happen inside this measurement,
    // one request per task, so a long page's requests never pile up into one long task.
    await microtasksSettled();
    const took = performance.now() - t0;
    page.requestMs += took;
    addSlices(result, { mainThreadMs: took, slices: 1, longestSliceMs: took, yieldedMs: 0, cancelled: false });
  }
  return replies;
}

/**
 * Paints each batch's reply in time slices as it arrives: the first batch (the on-screen flows, or
 * all of a short page) at once, the rest at most once a second and at the end. Returns the reading
 * state after the last batch, or null when cancelled or a request failed.
 */
async function paintReplies(
  batches: Flow[][],
  replies: Array<Promise<FindMentionsReply | null>>,
  page: PageMentions,
  highlighter: Highlighter,
  result: ScanResult,
  options: ScanOptions,
): Promise<FindMentionsReply['state'] | null> {
  let paintedAt = performance.now();
  const paintNow = () => {
    highlighter.flush();
    performance.mark('zhengfa:painted');
    paintedAt = performance.now();
  };
  let state: FindMentionsReply['state'] = [];
  for (let b = 0; b < batches.length; b++) {
    const waitStart = performance.now();
    const reply = await replies[b]!;
    result.waitMs += performance.now() - waitStart;
    if (!reply || options.isCancelled()) return null;
    state = reply.state;
    const batch = batches[b]!;
    let next = 0;
    const paint = await runInSlices(() => {
      const flow = batch[next]!;
      // A flow whose text left the page while we were waiting is skipped (live.ts rescans).
      if (flow.nodes[0]!.isConnected) result.mentions += page.add(flow, reply.records[next] ?? []);
      next++;
      if (performance.now() - paintedAt > PAINT_EVERY_MS) paintNow();
      return next < batch.length;
    }, options.isCancelled);
    addSlices(result, paint);
    if (paint.cancelled) return null;
    if (b === 0) paintNow();
  }
  highlighter.flush();
  return state;
}

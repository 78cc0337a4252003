/**
 * Scans a subtree in time slices: walk it into flows, then annotate the flows that intersect the
 * viewport first and the rest after, so what the reader is looking at lights up within the first
 * slices even on a very long page.
 */
import { FlowCursor, type Flow } from './blocks.ts';
import type { AnnotateContext } from '../../lib/annotate.ts';
import type { Highlighter } from './highlighter.ts';
import type { PageMentions } from './page-mentions.ts';
import { runInSlices, type SliceStats } from './scheduler.ts';

export interface ScanResult extends SliceStats {
  flows: number;
  mentions: number;
  /** Main-thread time of the walk (collecting flows) alone. */
  walkMs: number;
}

/** How often a long scan hands its new ranges to the highlights (each hand-over costs a repaint). */
const PAINT_EVERY_MS = 250;

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

export async function scanRoots(
  roots: Node[],
  page: PageMentions,
  highlighter: Highlighter,
  options: {
    isCancelled: () => boolean;
    /** An open shadow root was found: its text needs the highlight styles too. */
    onShadowRoot?: (root: ShadowRoot) => void;
    /** Annotate the flows on screen first (long pages). */
    visibleFirst?: boolean;
    /** The core's document context to use (default: the page's own). */
    context?: AnnotateContext;
  },
): Promise<ScanResult> {
  const flows: Flow[] = [];
  const pending = [...roots];
  let cursor: FlowCursor | null = null;
  const walkStats = await runInSlices(() => {
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

  performance.mark('zhengfa:walked');
  let order: Flow[] = flows;
  // Flows to annotate before the first paint: the ones on screen (all of them on a short page).
  let firstPaintAt = flows.length;
  if (options.visibleFirst && flows.length > MAX_VISIBLE_FLOWS / 4 && !walkStats.cancelled) {
    const [start, end] = visibleSpan(flows);
    order = [...flows.slice(start, end), ...flows.slice(0, start), ...flows.slice(end)];
    firstPaintAt = end - start;
  }
  performance.mark('zhengfa:ordered');
  let next = 0;
  let mentions = 0;
  let paintedAt = performance.now();
  const annotateStats = walkStats.cancelled
    ? walkStats
    : await runInSlices(() => {
        const flow = order[next++];
        if (!flow) return false;
        // A flow whose text left the page while we were yielding is skipped (live.ts rescans).
        if (flow.nodes[0]!.isConnected) mentions += page.annotate(flow, options.context);
        if (next === firstPaintAt || performance.now() - paintedAt > PAINT_EVERY_MS) {
          highlighter.flush();
          performance.mark('zhengfa:painted');
          paintedAt = performance.now();
        }
        return next < order.length;
      }, options.isCancelled);
  if (!annotateStats.cancelled) highlighter.flush();

  return {
    walkMs: walkStats.mainThreadMs,
    flows: flows.length,
    mentions,
    mainThreadMs: walkStats.mainThreadMs + (annotateStats === walkStats ? 0 : annotateStats.mainThreadMs),
    slices: walkStats.slices + (annotateStats === walkStats ? 0 : annotateStats.slices),
    longestSliceMs: Math.max(walkStats.longestSliceMs, annotateStats.longestSliceMs),
    yieldedMs: walkStats.yieldedMs + (annotateStats === walkStats ? 0 : annotateStats.yieldedMs),
    cancelled: annotateStats.cancelled,
  };
}

/**
 * Runs long work in slices of a few milliseconds, yielding to the page in between, so no task the
 * extension causes comes near the 50 ms long-task line however long the page is.
 */

/** Main-thread time per slice. Eight leaves room for the page's own work within one frame. */
export const SLICE_BUDGET_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Gives the event loop a turn. `scheduler.yield()` keeps our continuation ahead of other queued
 * tasks (less total delay than setTimeout, which is also clamped to 4 ms after nesting);
 * MessageChannel where it is missing (Firefox before 142).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceStats {
  /** Sum of the slices' durations: the main-thread time the work cost. */
  mainThreadMs: number;
  slices: number;
  /** Longest single slice. */
  longestSliceMs: number;
  /** True when `isCancelled()` stopped the work before it finished. */
  cancelled: boolean;
  /** Time spent waiting between slices (the page's turn, rendering). */
  yieldedMs: number;
}

/**
 * Calls `step` until it returns false, in slices of `budgetMs`. `isCancelled` is checked between
 * slices (a site switched off, a navigation) so abandoned work stops at the next yield.
 */
export async function runInSlices(
  step: () => boolean,
  isCancelled: () => boolean,
  budgetMs = SLICE_BUDGET_MS,
): Promise<SliceStats> {
  const stats: SliceStats = { mainThreadMs: 0, slices: 0, longestSliceMs: 0, cancelled: false, yieldedMs: 0 };
  for (;;) {
    if (isCancelled()) {
      stats.cancelled = true;
      return stats;
    }
    const start = performance.now();
    let more = step();
    while (more && performance.now() - start < budgetMs) more = step();
    const took = performance.now() - start;
    stats.mainThreadMs += took;
    stats.slices++;
    if (took > stats.longestSliceMs) stats.longestSliceMs = took;
    if (!more) return stats;
    const yieldStart = performance.now();
    await yieldToPage();
    stats.yieldedMs += performance.now() - yieldStart;
  }
}

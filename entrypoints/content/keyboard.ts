/**
 * Keyboard navigation between mentions (Alt+Shift+N / Alt+Shift+P, mapped by the background to
 * `stepMention`). Highlights are invisible to assistive technology, so each step scrolls the
 * mention into view, opens its tooltip pinned and focused, and announces it.
 */
import { liveRange } from './ranges.ts';

/**
 * Index of the mention to move to. From the current one: the next/previous, wrapping around the
 * page's ends. Without a current one: the first mention after `fromTop` (the top of the viewport)
 * going forward, the last one before it going back.
 */
export function stepIndex(
  count: number,
  current: number,
  direction: 1 | -1,
  firstBelowViewportTop: () => number,
): number {
  if (count === 0) return -1;
  if (current >= 0 && current < count) return (current + direction + count) % count;
  const below = firstBelowViewportTop();
  if (direction === 1) return below < count ? below : 0;
  return below > 0 ? below - 1 : count - 1;
}

/** First index whose range starts at or below the viewport's top (binary search, document order). */
export function firstBelowTop(ranges: readonly AbstractRange[]): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (liveRange(ranges[mid]!).getBoundingClientRect().top < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls the element holding `range` to the middle of the viewport (smooth unless reduced motion). */
export function scrollRangeIntoView(range: AbstractRange): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}

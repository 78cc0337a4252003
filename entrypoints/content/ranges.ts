/**
 * Flow offsets (UTF-16, as the core returns them) → DOM positions and Ranges spanning text nodes.
 */
import type { Flow } from './blocks.ts';

/** Index of the node holding flow offset `offset`; `preferEnd` picks the earlier node at a seam. */
export function nodeIndexAt(flow: Flow, offset: number, preferEnd: boolean): number {
  const starts = flow.starts;
  let lo = 0;
  let hi = flow.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid]!;
    if (s < offset || (!preferEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function rangeForOffsets(flow: Flow, start: number, end: number): Range {
  const a = nodeIndexAt(flow, start, false);
  const b = nodeIndexAt(flow, end, true);
  const range = document.createRange();
  range.setStart(flow.nodes[a]!, start - flow.starts[a]!);
  range.setEnd(flow.nodes[b]!, end - flow.starts[b]!);
  return range;
}

/** The pieces of [start, end) in each text node it touches, as node-local offsets. */
export function nodeSpans(
  flow: Flow,
  start: number,
  end: number,
): Array<{ node: Text; start: number; end: number }> {
  const spans: Array<{ node: Text; start: number; end: number }> = [];
  const first = nodeIndexAt(flow, start, false);
  for (let i = first; i < flow.nodes.length; i++) {
    const nodeStart = flow.starts[i]!;
    const nodeEnd = flow.starts[i + 1]!;
    if (nodeStart >= end) break;
    const s = Math.max(start, nodeStart) - nodeStart;
    const e = Math.min(end, nodeEnd) - nodeStart;
    if (e > s) spans.push({ node: flow.nodes[i]!, start: s, end: e });
  }
  return spans;
}

/**
 * Pointer position → the mention under it. The caret APIs return the nearest caret position even
 * when the pointer is past the end of a line or between paragraphs, so a hit is confirmed against
 * the client rects of the character itself (as Yomitan's `_isPointInRange` does).
 */
import type { IntervalIndex } from './interval-index.ts';

interface CaretSpot {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretFromPoint(x: number, y: number, shadowRoots: ShadowRoot[] = []): CaretSpot | null {
  const doc = document as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Half a pixel of slack: rects are fractional, pointer coordinates are not always. */
const SLACK = 0.5;

export function rectContains(rect: DOMRectReadOnly, x: number, y: number): boolean {
  return (
    x >= rect.left - SLACK && x <= rect.right + SLACK && y >= rect.top - SLACK && y <= rect.bottom + SLACK
  );
}

/** True when (x, y) lies on the character at `offset` of `node` (a surrogate pair counts as one). */
export function pointOnCharacter(node: Text, offset: number, x: number, y: number): boolean {
  if (offset < 0 || offset >= node.length) return false;
  const code = node.data.charCodeAt(offset);
  const end = code >= 0xd800 && code <= 0xdbff && offset + 1 < node.length ? offset + 2 : offset + 1;
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, end);
  for (const rect of range.getClientRects()) if (rectContains(rect, x, y)) return true;
  return false;
}

/**
 * The indexed value under the point. The caret sits between characters: the character under the
 * pointer is the one after the caret (left half hovered) or before it (right half).
 */
export function lookupAtPoint<V>(
  x: number,
  y: number,
  index: IntervalIndex<Text, V>,
  shadowRoots: ShadowRoot[] = [],
): V | undefined {
  const caret = caretFromPoint(x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const node = caret.node as Text;
  for (const offset of [caret.offset, caret.offset - 1]) {
    const value = index.find(node, offset);
    if (value !== undefined && pointOnCharacter(node, offset, x, y)) return value;
  }
  return undefined;
}

/** Index of the line box of `range` that contains (x, y), or the first. */
export function lineIndexAt(range: Range, x: number, y: number): number {
  const rects = [...range.getClientRects()];
  const hit = rects.findIndex((rect) => rectContains(rect, x, y));
  return hit < 0 ? 0 : hit;
}

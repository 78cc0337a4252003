/**
 * Keeps highlights in step with a changing page: a debounced MutationObserver collects the blocks
 * whose text changed and hands them to a rescan, which replaces only those blocks' flows. Changes
 * made by our own UI (the tooltip host moving into a fullscreen element) are ignored.
 */
import { blockContainerOf, isBlockElement } from './blocks.ts';
import { SKIPPED_TAGS, isOwnUi } from './dom-rules.ts';

/** Quiet time before a rescan, and the longest a busy page (a live ticker) waits for one. */
export const DEBOUNCE_MS = 150;
export const MAX_WAIT_MS = 1000;

function isOwnNode(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && isOwnUi(node as Element);
}

/**
 * The outermost of `elements`: a block inside another changed block is covered by it. Climbs each
 * element's ancestors (O(n · depth)) rather than comparing all pairs.
 */
export function outermost(elements: Iterable<Element>): Element[] {
  const all = new Set(elements);
  const out: Element[] = [];
  for (const el of all) {
    let covered = false;
    for (let up = el.parentNode; up && !covered; up = up instanceof ShadowRoot ? null : up.parentNode) {
      covered = all.has(up as Element);
    }
    if (!covered) out.push(el);
  }
  return out;
}

const NON_SPACE = /\S/;

/**
 * A node whose insertion or removal cannot change the text of the flow around it: a block element
 * (it starts a flow of its own), something never read (script, iframe, style), a comment, or
 * whitespace. Scripts that append an ad container or a live-blog entry to <body> then cost a scan
 * of that container, not of the whole page.
 */
function standsAlone(node: Node): boolean {
  if (node.nodeType === Node.ELEMENT_NODE) {
    const el = node as Element;
    return isBlockElement(el) || SKIPPED_TAGS.has(el.localName) || isOwnUi(el);
  }
  if (node.nodeType === Node.TEXT_NODE) return !NON_SPACE.test((node as Text).data);
  return node.nodeType === Node.COMMENT_NODE;
}

/**
 * Calls `onChanged(blocks, removed)` after a quiet spell: `blocks` are the subtrees to rescan,
 * `removed` says some content left the page (its flows must be dropped even if nothing is rescanned).
 */
export function watchMutations(
  roots: Node[],
  onChanged: (blocks: Element[], removed: boolean) => void,
): { observe: (root: Node) => void; disconnect: () => void } {
  let changed = new Set<Element>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    const blocks = outermost(changed);
    const hadRemovals = removed;
    changed = new Set();
    removed = false;
    if (blocks.length || hadRemovals) onChanged(blocks, hadRemovals);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        if (nodes.length > 0 && nodes.every(isOwnNode)) continue;
        if (nodes.length > 0 && nodes.every(standsAlone)) {
          // Only the added blocks need a scan; removed ones take their flows with them.
          for (const node of record.addedNodes) {
            const el = node as Element;
            if (el.nodeType === Node.ELEMENT_NODE && el.isConnected && !isOwnUi(el) && !SKIPPED_TAGS.has(el.localName)) changed.add(el);
          }
          if (record.removedNodes.length > 0) removed = true;
          continue;
        }
        if (record.removedNodes.length > 0) removed = true;
      }
      const target = record.type === 'characterData' ? record.target.parentNode : record.target;
      if (!target) continue;
      const root = target.getRootNode();
      // Inside a shadow tree without a block of its own: rescan the block around its host (the
      // walk enters the shadow root from there).
      const block = root instanceof ShadowRoot
        ? (blockContainerOf(target, root) ?? blockContainerOf(root.host, document.body ?? root.host))
        : blockContainerOf(target, document.body ?? root);
      if (block && !isOwnUi(block)) changed.add(block);
    }
    if (changed.size === 0 && !removed) return;
    const now = performance.now();
    if (!timer) firstAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, now - firstAt > MAX_WAIT_MS ? 0 : DEBOUNCE_MS);
  });

  const options: MutationObserverInit = { childList: true, characterData: true, subtree: true };
  for (const root of roots) observer.observe(root, options);

  return {
    observe: (root) => observer.observe(root, options),
    disconnect: () => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    },
  };
}

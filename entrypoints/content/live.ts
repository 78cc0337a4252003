/**
 * Keeps highlights in step with a changing page: a debounced MutationObserver collects the blocks
 * whose text changed and hands them to a rescan, which replaces only those blocks' flows. Changes
 * made by our own UI (the tooltip host moving into a fullscreen element) are ignored.
 */
import { blockContainerOf } from './blocks.ts';
import { isOwnUi } from './dom-rules.ts';

/** Quiet time before a rescan, and the longest a busy page (a live ticker) waits for one. */
export const DEBOUNCE_MS = 150;
export const MAX_WAIT_MS = 1000;

function isOwnNode(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && isOwnUi(node as Element);
}

/** The outermost of `elements`: a block inside another changed block is covered by it. */
export function outermost(elements: Iterable<Element>): Element[] {
  const all = [...new Set(elements)];
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

export function watchMutations(
  roots: Node[],
  onChanged: (blocks: Element[]) => void,
): { observe: (root: Node) => void; disconnect: () => void } {
  let changed = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;

  const flush = () => {
    timer = undefined;
    const blocks = outermost(changed);
    changed = new Set();
    if (blocks.length) onChanged(blocks);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        if (nodes.length > 0 && nodes.every(isOwnNode)) continue;
      }
      const target = record.type === 'characterData' ? record.target.parentNode : record.target;
      if (!target) continue;
      const root = target.getRootNode();
      const block = blockContainerOf(target, root instanceof ShadowRoot ? root : document.body ?? root);
      if (block && !isOwnUi(block)) changed.add(block);
    }
    if (changed.size === 0) return;
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

/**
 * Collects a page's text as "flows": the text of consecutive text nodes between two block
 * boundaries, joined across inline elements (最高人民<a>法院</a> is one flow), so the core sees what a
 * reader reads. A flow keeps the offset of each of its text nodes, which maps core offsets back to
 * DOM positions (ranges.ts).
 *
 * The walk is a cursor (`nextFlow()` returns one flow at a time) so the scheduler can stop after any
 * flow and resume in the next slice: a 2M-character page is never walked in one task.
 */
import { BLOCK_TAGS, SKIPPED_TAGS, isOwnUi } from './dom-rules.ts';

export interface Flow {
  /** The flow's text: the text nodes' data concatenated. */
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text`; starts[nodes.length] = text.length. */
  starts: number[];
  /** Nearest block ancestor: the unit a rescan replaces and the box used for visibility order. */
  container: Element;
}

const ELEMENT = 1;
const TEXT = 3;
const NON_SPACE = /\S/;

/** True when the element and its subtree hold no text a reader sees (or not page text at all). */
export function isSkippedElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || isOwnUi(el)) return true;
  if ((el as HTMLElement).hidden) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // checkVisibility covers display:none, visibility:hidden, content-visibility:hidden (closed
  // <details>). It reports false for display:contents boxes, whose children are visible.
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) {
    return getComputedStyle(el).display !== 'contents';
  }
  return false;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Nearest ancestor (or self) that is a block element, within `root`. */
export function blockContainerOf(node: Node, root: Node): Element | null {
  let el: Element | null = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  while (el && el !== root && !isBlockElement(el)) el = el.parentElement;
  return el ?? (root.nodeType === ELEMENT ? (root as Element) : null);
}

/**
 * True when `node` sits inside something the walker would skip (used before rescanning a changed
 * subtree, whose ancestors the cursor never saw).
 */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

export class FlowCursor {
  private readonly walker: TreeWalker;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private container: Element | null = null;
  private lastParent: Node | null = null;
  private ready: Flow[] = [];
  private done = false;
  /** Open shadow roots met on the way, walked after this root by the caller. */
  readonly shadowRoots: ShadowRoot[] = [];

  private readonly root: Node;

  constructor(root: Node) {
    this.root = root;
    this.walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType !== ELEMENT) return NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (isSkippedElement(el)) {
          // A skipped block still separates the text around it.
          if (isBlockElement(el)) this.flush();
          return NodeFilter.FILTER_REJECT;
        }
        if (el.shadowRoot) this.shadowRoots.push(el.shadowRoot);
        return NodeFilter.FILTER_ACCEPT;
      },
    });
  }

  /** The next flow in document order, or null when the subtree is exhausted. */
  nextFlow(): Flow | null {
    while (this.ready.length === 0 && !this.done) {
      const node = this.walker.nextNode();
      if (!node) {
        this.flush();
        this.done = true;
        break;
      }
      if (node.nodeType === TEXT) this.addText(node as Text);
      else if (isBlockElement(node as Element)) this.flush();
    }
    return this.ready.shift() ?? null;
  }

  private addText(text: Text): void {
    const data = text.data;
    if (data.length === 0) return;
    const parent = text.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      const container = blockContainerOf(text, this.root);
      // Back in an outer block after a nested one (<div>a<p>b</p>c</div>): a new flow.
      if (container !== this.container) {
        this.flush();
        this.container = container;
      }
    }
    this.nodes.push(text);
    this.starts.push(this.length);
    this.parts.push(data);
    this.length += data.length;
  }

  private flush(): void {
    if (this.nodes.length > 0 && this.container) {
      const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      if (NON_SPACE.test(text)) {
        this.starts.push(this.length);
        this.ready.push({ text, nodes: this.nodes, starts: this.starts, container: this.container });
      }
    }
    this.nodes = [];
    this.starts = [];
    this.parts = [];
    this.length = 0;
    // Force a container lookup for the next text node.
    this.lastParent = null;
    this.container = null;
  }
}

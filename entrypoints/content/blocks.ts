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

/**
 * True when the element and its subtree are not page text: code, form fields, our own UI, the
 * `hidden` attribute, editable regions. Markup checks only; CSS visibility is checked per text
 * parent (isRendered), which costs one style lookup per paragraph rather than per element.
 */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName) || isOwnUi(el)) return true;
  if ((el as HTMLElement).hidden) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * True when text directly inside `el` is rendered and visible. checkVisibility is false when the
 * element or any ancestor is display:none, visibility:hidden (inherited), or inside
 * content-visibility:hidden (a closed <details>); so checking a text node's parent covers every
 * hiding ancestor. A display:contents parent has no box of its own: its own parent decides.
 */
const VISIBILITY_OPTIONS: CheckVisibilityOptions = { visibilityProperty: true };

export function isRendered(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  if (el.checkVisibility(VISIBILITY_OPTIONS)) return true;
  if (getComputedStyle(el).display === 'contents' && el.parentElement) return isRendered(el.parentElement);
  return false;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
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

/**
 * A depth-first walk by firstChild/nextSibling: measured faster than a TreeWalker with a JS filter
 * (a call into C++ and back per node) and no slower than a filterless one plus container checks;
 * it also sees block exits directly. Leaving or skipping a block element ends the current flow;
 * entering one too.
 */
export class FlowCursor {
  private readonly root: Node;
  /** Next node to visit, or null when the walk is over. */
  private node: Node | null;
  private nodes: Text[] = [];
  private starts: number[] = [];
  private parts: string[] = [];
  private length = 0;
  private readonly ready: Flow[] = [];
  /** Visibility of the text parents of the current flow (p → a → p again costs two checks). */
  private readonly rendered = new Map<Node, boolean>();
  private lastParent: Node | null = null;
  private lastRendered = true;
  /** Open shadow roots met on the way, walked after this root by the caller. */
  readonly shadowRoots: ShadowRoot[] = [];

  constructor(root: Node) {
    this.root = root;
    this.node = root.firstChild;
  }

  /** The next flow in document order, or null when the subtree is exhausted. */
  nextFlow(): Flow | null {
    while (this.ready.length === 0 && this.node) this.visit(this.node);
    if (this.ready.length === 0) this.flush();
    return this.ready.shift() ?? null;
  }

  private visit(node: Node): void {
    if (node.nodeType === TEXT) {
      const text = node as Text;
      const data = text.data;
      if (data.length > 0) {
        // Whitespace between tags is kept without asking about visibility: it cannot hold a
        // mention, and layout wrappers full of it would cost a style lookup each.
        let include = true;
        if (NON_SPACE.test(data)) {
          const parent = text.parentNode;
          if (parent && parent.nodeType === ELEMENT) {
            if (parent !== this.lastParent) {
              this.lastParent = parent;
              let known = this.rendered.get(parent);
              if (known === undefined) this.rendered.set(parent, (known = isRendered(parent as Element)));
              this.lastRendered = known;
            }
            // Hidden text is left out without ending the flow: 最高<span hidden>x</span>法院 reads 最高法院.
            include = this.lastRendered;
          }
        }
        if (include) {
          this.nodes.push(text);
          this.starts.push(this.length);
          this.parts.push(data);
          this.length += data.length;
        }
      }
      this.node = this.after(node);
      return;
    }
    if (node.nodeType !== ELEMENT) {
      this.node = this.after(node);
      return;
    }
    const el = node as Element;
    const block = isBlockElement(el);
    if (block) this.flush();
    if (isSkippedElement(el)) {
      this.node = this.after(node);
      return;
    }
    if (el.shadowRoot) this.shadowRoots.push(el.shadowRoot);
    this.node = el.firstChild ?? this.after(node);
  }

  /** The node after `node`'s subtree, ending flows at the blocks it climbs out of. */
  private after(node: Node): Node | null {
    let n: Node | null = node;
    while (n && n !== this.root) {
      if (n.nodeType === ELEMENT && isBlockElement(n as Element)) this.flush();
      if (n.nextSibling) return n.nextSibling;
      n = n.parentNode;
    }
    return null;
  }

  private flush(): void {
    if (this.rendered.size > 0) this.rendered.clear();
    this.lastParent = null;
    if (this.nodes.length > 0) {
      const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
      // Text right under a shadow root has no block ancestor there: its host stands in.
      const container = NON_SPACE.test(text)
        ? (blockContainerOf(this.nodes[0]!, this.root) ?? (this.root instanceof ShadowRoot ? this.root.host : null))
        : null;
      if (container) {
        this.starts.push(this.length);
        this.ready.push({ text, nodes: this.nodes, starts: this.starts, container });
      }
      this.nodes = [];
      this.starts = [];
      this.parts = [];
      this.length = 0;
    }
  }
}

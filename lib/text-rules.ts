/**
 * Which parts of a page are text the reader sees, and where text flows break. Shared by the
 * DOM-free HTML → text converter (lib/html-text.ts, used by the CLI and tests) and the content
 * script's block collector, so both cut a page into the same flows.
 *
 * A flow is the text of one block: inline elements (最高人民<em>法院</em>, links) do not break it;
 * block-level elements and <br> do (mark.js #127: matching across <br> joins unrelated lines).
 */

/** Elements whose start or end breaks a flow (HTML block-level and table/list structure). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu',
  'nav', 'ol', 'optgroup', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

/**
 * Elements that break a flow without text of their own: line breaks and replaced/embedded content
 * (text on either side of an image or a video is not one phrase). <wbr> is only a line-break
 * opportunity and does not break a flow.
 */
export const BREAK_ELEMENTS: ReadonlySet<string> = new Set([
  'br', 'hr', 'img', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas',
]);

/** True when the element breaks a flow. Case-insensitive (DOM tagName is upper case). */
export function isFlowBreak(tagName: string): boolean {
  const t = tagName.toLowerCase();
  return BLOCK_ELEMENTS.has(t) || BREAK_ELEMENTS.has(t);
}

/**
 * Elements whose content is never page text: code, styles, form controls (their value is the
 * reader's input, not the article), templates, SVG/MathML, embedded documents (a same-origin
 * iframe runs its own content script), fallback content, ruby annotations (<rt>/<rp>: pinyin over
 * the characters would split terms), and the document head.
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'svg', 'math',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'rt', 'rp', 'head', 'title',
]);

/** True when the element's content is never read. Case-insensitive. */
export function isSkippedElement(tagName: string): boolean {
  return SKIPPED_ELEMENTS.has(tagName.toLowerCase());
}

/** Void elements: no end tag, no content. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Inline `display: none` (the only style the DOM-free side can see without a cascade). */
export const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;

/**
 * True when an element hides its content from the reader by its own attributes: the `hidden`
 * attribute, or inline `display:none`. (aria-hidden is NOT hiding: the text is still on screen.)
 * `contenteditable` regions are skipped too: they are the reader's own input.
 */
export function isHiddenByAttributes(getAttribute: (name: string) => string | null): boolean {
  if (getAttribute('hidden') !== null) return true;
  const style = getAttribute('style');
  if (style !== null && DISPLAY_NONE.test(style)) return true;
  const editable = getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

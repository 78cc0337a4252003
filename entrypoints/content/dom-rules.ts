/**
 * Which elements break a text flow and which are never read. Tag tables, not computed styles:
 * reading `display` for every element of a long page would cost a style lookup per node, and news
 * markup uses these tags as intended far more often than not.
 *
 * (These tables belong with the DOM-free core as lib/text-rules.ts once that exists, so the CLI's
 * HTML reader and the page adapter split text the same way; until then they live here.)
 */

/**
 * Elements that start and end a flow: text never joins across them (mark.js #127). Keyed by
 * `localName` (lower case for HTML and SVG alike, no string allocation per lookup).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'br', 'img', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas',
]);

/**
 * Elements whose content is not page text a reader sees: code, form fields, embedded documents
 * (each same-origin iframe runs its own copy of the content script), pinyin annotations (<rt>).
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'iframe',
  'object', 'embed', 'canvas', 'video', 'audio', 'svg', 'math', 'rt', 'rp', 'head', 'title',
]);

/** Custom elements of the extension's own UI (tooltip, announcer). */
export const OWN_UI_PREFIX = 'zhengfa-';

export function isOwnUi(element: Element): boolean {
  return element.localName.startsWith(OWN_UI_PREFIX);
}

/** Scripts whose text we look for before doing anything: CJK Unified Ideographs and Ext. A. */
export const CJK = /[\u3400-\u9fff]/;

/**
 * Which elements break a text flow and which are never read. Tag tables, not computed styles:
 * reading `display` for every element of a long page would cost a style lookup per node, and news
 * markup uses these tags as intended far more often than not.
 *
 * (These tables belong with the DOM-free core as lib/text-rules.ts once that exists, so the CLI's
 * HTML reader and the page adapter split text the same way; until then they live here.)
 */

/** Elements that start and end a flow: text never joins across them (mark.js #127). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'BR', 'IMG', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS',
]);

/**
 * Elements whose content is not page text a reader sees: code, form fields, embedded documents
 * (each same-origin iframe runs its own copy of the content script), pinyin annotations (<rt>).
 */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'RT', 'RP', 'HEAD', 'TITLE',
]);

/** Custom elements of the extension's own UI (tooltip, announcer). */
export const OWN_UI_PREFIX = 'ZHENGFA-';

export function isOwnUi(element: Element): boolean {
  return element.tagName.startsWith(OWN_UI_PREFIX);
}

/** Scripts whose text we look for before doing anything: CJK Unified Ideographs and Ext. A. */
export const CJK = /[\u3400-\u9fff]/;

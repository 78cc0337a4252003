/**
 * Which elements break a text flow and which are never read: the DOM-free core's tables
 * (lib/text-rules.ts), so the page adapter and the CLI's HTML reader cut a page into the same
 * flows. Tag tables, not computed styles: reading `display` for every element of a long page would
 * cost a style lookup per node, and news markup uses these tags as intended far more often than not.
 */
import { BLOCK_ELEMENTS, BREAK_ELEMENTS, SKIPPED_ELEMENTS } from '../../lib/text-rules.ts';

/**
 * Elements that start and end a flow: text never joins across them (mark.js #127). Keyed by
 * `localName` (lower case for HTML and SVG alike, no string allocation per lookup).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([...BLOCK_ELEMENTS, ...BREAK_ELEMENTS]);

/** Elements whose content is not page text a reader sees (see SKIPPED_ELEMENTS). */
export const SKIPPED_TAGS: ReadonlySet<string> = SKIPPED_ELEMENTS;

/** Custom elements of the extension's own UI (tooltip, announcer). */
export const OWN_UI_PREFIX = 'zhengfa-';

export function isOwnUi(element: Element): boolean {
  return element.localName.startsWith(OWN_UI_PREFIX);
}

/** Scripts whose text we look for before doing anything: CJK Unified Ideographs and Ext. A. */
export const CJK = /[\u3400-\u9fff]/;

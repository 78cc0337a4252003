export interface HtmlText { text: string; blocks: Array<{ start: number; end: number }> }
export function htmlToText(html: string): HtmlText { return { text: html, blocks: [{ start: 0, end: html.length }] }; }

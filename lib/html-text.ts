/**
 * HTML → visible text, DOM-free: a small tokenizer (tags, comments, raw-text elements, character
 * references) that follows the content script's rules in lib/text-rules.ts. Used by the annotate
 * CLI for .html files and by tests; not a full HTML5 parser (no implied end tags beyond "an end tag
 * closes the nearest open element of that name"), which is enough to find flows and hidden parts.
 *
 * Output: `text` — the flows joined with "\n"; `blocks` — each flow's [start, end) in `text`.
 * Inside a flow, runs of ASCII whitespace collapse to one space (as rendered), and flows are
 * trimmed. Annotate each block on its own (a term never spans two flows).
 */
import { BLOCK_ELEMENTS, SKIPPED_ELEMENTS, VOID_ELEMENTS, isFlowBreak, isHiddenByAttributes } from './text-rules.ts';

export interface HtmlText {
  text: string;
  blocks: Array<{ start: number; end: number }>;
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', middot: '·', hellip: '…', mdash: '—',
  ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©',
  reg: '®', trade: '™', times: '×', divide: '÷', yen: '¥', deg: '°', bull: '•', ordm: 'º',
};

/** Decodes character references (&amp; &#x4e2d; &#20013;); unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? all;
  });
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(src: string): Map<string, string> {
  const attrs = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(src); m; m = ATTR.exec(src)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/**
 * A start or end tag at lastIndex (sticky). Bounded, and no bare '<' inside a tag, so malformed
 * input (a lone '<a ' before thousands of characters) fails fast instead of going quadratic.
 */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,64})((?:[^<>"']|"[^"]{0,4096}"|'[^']{0,4096}'){0,4096})>/y;

/** Elements whose content is raw text up to the matching end tag (no tags inside). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes']);

export function htmlToText(html: string): HtmlText {
  const flows: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (t) flows.push(t);
    current = '';
  };
  // Open elements: name and whether it hides its content.
  const stack: Array<{ name: string; hidden: boolean }> = [];
  let hiddenDepth = 0;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (hiddenDepth === 0) current += decodeEntities(html.slice(i, textEnd));
      i = textEnd;
      continue;
    }
    // html[i] === '<'
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      // A lone '<' is text.
      if (hiddenDepth === 0) current += '<';
      i++;
      continue;
    }
    i += m[0].length;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const attrSrc = m[3] ?? '';
    if (isFlowBreak(name) || BLOCK_ELEMENTS.has(name)) flush();
    if (closing) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]!.name === name) {
          for (let p = stack.length - 1; p >= k; p--) if (stack[p]!.hidden) hiddenDepth--;
          stack.length = k;
          break;
        }
      }
      continue;
    }
    const selfClosing = /\/\s*$/.test(attrSrc);
    if (VOID_ELEMENTS.has(name) || (selfClosing && (name === 'svg' || name === 'math'))) continue;
    const attrs = parseAttributes(attrSrc);
    const hidden = SKIPPED_ELEMENTS.has(name) || isHiddenByAttributes((a) => attrs.get(a) ?? null);
    if (RAW_TEXT.has(name)) {
      // Raw text up to the matching end tag: never page text, except <xmp> (rendered like <pre>).
      const endTag = new RegExp(`</${name}`, 'ig');
      endTag.lastIndex = i;
      const close = endTag.exec(html)?.index ?? -1;
      const contentEnd = close < 0 ? n : close;
      if (name === 'xmp' && hiddenDepth === 0 && !hidden) current += html.slice(i, contentEnd);
      const gt = close < 0 ? n : html.indexOf('>', close);
      i = gt < 0 ? n : gt + 1;
      if (name === 'xmp') flush();
      continue;
    }
    stack.push({ name, hidden });
    if (hidden) hiddenDepth++;
  }
  flush();
  const blocks: HtmlText['blocks'] = [];
  let text = '';
  for (const f of flows) {
    if (text) text += '\n';
    blocks.push({ start: text.length, end: text.length + f.length });
    text += f;
  }
  return { text, blocks };
}

const HEAD_TAG = /<(link|meta)\b((?:[^<>"']|"[^"]{0,4096}"|'[^']{0,4096}'){0,4096})>/gi;

/**
 * The page's own address as a saved HTML file states it — `<link rel="canonical" href>`, else
 * `<meta property="og:url" content>` — if absolute http(s); undefined otherwise. The annotate CLI
 * reads a saved page as a page of that site (lib/sites.ts siteRegion).
 */
export function statedPageUrl(html: string): string | undefined {
  let og: string | undefined;
  HEAD_TAG.lastIndex = 0;
  for (let m = HEAD_TAG.exec(html); m; m = HEAD_TAG.exec(html)) {
    const attrs = parseAttributes(m[2]!);
    const url =
      m[1]!.toLowerCase() === 'link'
        ? (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical') ? attrs.get('href') : undefined
        : (attrs.get('property') ?? '').toLowerCase() === 'og:url' ? attrs.get('content') : undefined;
    if (url === undefined || !/^https?:\/\//i.test(url.trim())) continue;
    if (m[1]!.toLowerCase() === 'link') return url.trim();
    og ??= url.trim();
  }
  return og;
}

import { describe, it, expect } from 'vitest';
import { decodeEntities, htmlToText, statedPageUrl } from '../../lib/html-text.ts';
import { isFlowBreak, isHiddenByAttributes, SKIPPED_ELEMENTS } from '../../lib/text-rules.ts';

const flows = (html: string) => {
  const { text, blocks } = htmlToText(html);
  return blocks.map((b) => text.slice(b.start, b.end));
};

describe('htmlToText', () => {
  it('joins inline elements into one flow and breaks at blocks and <br>', () => {
    expect(flows('<div>最高人民<em>法院</em><a href="#">发布</a>通知<br>第二行<p>第三段</p>尾</div>')).toEqual([
      '最高人民法院发布通知', '第二行', '第三段', '尾',
    ]);
  });
  it('skips script, style, noscript, textarea, select, template, svg, head and comments', () => {
    const html =
      '<html><head><title>标题</title><style>.a{}</style></head><body><script>var s="公安部<p>";</script>' +
      '<noscript>请启用</noscript><textarea>公安部</textarea><select><option>公安部</option></select>' +
      '<template><p>公安部</p></template><svg><text>公安部</text></svg><!-- 公安部 -->正文</body></html>';
    expect(flows(html)).toEqual(['正文']);
    for (const t of ['script', 'style', 'noscript', 'textarea', 'input', 'select', 'template', 'svg']) expect(SKIPPED_ELEMENTS.has(t)).toBe(true);
  });
  it('skips hidden and display:none elements and their descendants, not aria-hidden', () => {
    expect(flows('<p hidden>甲<b>乙</b></p><div style="color:red;display: none !important">丙</div><span aria-hidden="true">丁</span>')).toEqual(['丁']);
    expect(flows('<div style="display:block">戊</div>')).toEqual(['戊']);
  });
  it('skips contenteditable regions unless contenteditable="false"', () => {
    expect(flows('<div contenteditable="true">编辑</div><div contenteditable="false">正文</div>')).toEqual(['正文']);
  });
  it('collapses whitespace inside a flow and trims flows', () => {
    expect(flows('<p>  最高人民\n   法院  </p>')).toEqual(['最高人民 法院']);
  });
  it('decodes character references', () => {
    expect(decodeEntities('&amp;&lt;&#x516c;&#23433;&nbsp;&unknown;&#0;')).toBe('&<公安\u00a0&unknown;\ufffd');
    expect(flows('<p>公&#x5b89;部&amp;</p>')).toEqual(['公安部&']);
  });
  it('copes with malformed markup: stray <, unclosed tags, unknown end tags', () => {
    expect(flows('<p>a < b</p></span><div>未闭合')).toEqual(['a < b', '未闭合']);
    expect(flows('')).toEqual([]);
  });
  it('treats a tag that never closes as text (and does not rescan the rest for each "<")', () => {
    const src = '<a '.repeat(20000);
    expect(htmlToText(src).text).toBe(src.trim());
    expect(flows('<a href="x>y">链接</a><p title="a<b">段</p>')).toEqual(['链接', '段']);
  });
  it('a self-closing svg does not swallow the rest', () => {
    expect(flows('<svg/><p>正文</p>')).toEqual(['正文']);
  });
  it('block offsets index the joined text', () => {
    const { text, blocks } = htmlToText('<p>一</p><p>二三</p>');
    expect(text).toBe('一\n二三');
    expect(blocks).toEqual([{ start: 0, end: 1 }, { start: 2, end: 4 }]);
  });
});

describe('text-rules', () => {
  it('flow breaks', () => {
    expect(isFlowBreak('P')).toBe(true);
    expect(isFlowBreak('br')).toBe(true);
    expect(isFlowBreak('em')).toBe(false);
    expect(isFlowBreak('a')).toBe(false);
    expect(isFlowBreak('wbr')).toBe(false);
  });
  it('hidden by attributes', () => {
    const attrs = (o: Record<string, string>) => (n: string) => o[n] ?? null;
    expect(isHiddenByAttributes(attrs({ hidden: '' }))).toBe(true);
    expect(isHiddenByAttributes(attrs({ style: 'DISPLAY:NONE' }))).toBe(true);
    expect(isHiddenByAttributes(attrs({ style: 'display: nonexistent' }))).toBe(false);
    expect(isHiddenByAttributes(attrs({ 'aria-hidden': 'true' }))).toBe(false);
    expect(isHiddenByAttributes(attrs({}))).toBe(false);
  });
});

describe('ruby and embedded content', () => {
  it('skips <rt>/<rp> pinyin and breaks flows at images and embeds', () => {
    expect(flows('<p><ruby>公<rp>(</rp><rt>gōng</rt>安<rt>ān</rt>部</ruby>发布</p>')).toEqual(['公安部发布']);
    expect(flows('<p>公安<img src="x.png">部署</p>')).toEqual(['公安', '部署']);
  });
});

describe('the page address a saved HTML file states', () => {
  it('is its canonical link, else its og:url, in any attribute order and case', () => {
    expect(statedPageUrl('<head><link href="https://news.ltn.com.tw/a" rel="canonical"><meta property="og:url" content="https://x.cn/"></head>'))
      .toBe('https://news.ltn.com.tw/a');
    expect(statedPageUrl("<META content='https://udn.com/news/1' PROPERTY='og:url'><link rel=stylesheet href=https://cdn.example/a.css>"))
      .toBe('https://udn.com/news/1');
    expect(statedPageUrl('<link rel="alternate canonical" href="https://www.news.cn/x.htm">')).toBe('https://www.news.cn/x.htm');
  });
  it('is none without one, or when it is relative or not http(s)', () => {
    expect(statedPageUrl('<p>最高法院</p>')).toBeUndefined();
    expect(statedPageUrl('<link rel="canonical" href="/news/1">')).toBeUndefined();
    expect(statedPageUrl('<link rel="canonical" href="javascript:alert(1)">')).toBeUndefined();
  });
});

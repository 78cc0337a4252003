/**
 * The content script in real Chromium with the built extension: what gets highlighted (and what
 * never does), that the page's DOM is untouched, hover/pin/Esc, keyboard steps, live pages,
 * settings applied live, frames and shadow roots, dark pages, and no network use.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import {
  expectFixtureHighlights,
  extensionShadowText,
  highlightedTexts,
  hoverText,
  textPoint,
  saveReadmeScreenshot,
  sendToTab,
  TEST_HOSTS,
  useExtension,
  waitForScanned,
  type ExtensionSession,
} from './harness.ts';

const summary = (id: string) => dataset.commitments.find((c) => c.id === id)!.summary;

/** Writes a WXT storage item in chrome.storage.sync (value + version meta) from the worker. */
async function setSync(session: ExtensionSession, key: string, value: unknown, version: number): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(
    ({ key, value, version }) => chrome.storage.sync.set({ [key]: value, [`${key}$`]: { v: version } }),
    { key, value, version },
  );
}

const DEFAULT_SETTINGS = { disabledCategories: [], style: 'background', palette: 'default', tooltipDelayMs: 300 };

async function tooltipText(page: Page): Promise<string> {
  return (await extensionShadowText(page)).join('\n');
}

/** Waits until `predicate` holds for the page's highlights. */
async function waitForHighlights(
  page: Page,
  predicate: (h: Record<string, string[]>) => boolean,
  timeout = 5000,
  read: (page: Page) => Promise<Record<string, string[]>> = highlightedTexts,
): Promise<Record<string, string[]>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const h = await read(page);
    if (predicate(h)) return h;
    if (Date.now() > deadline) throw new Error(`highlights never matched: ${JSON.stringify(h)}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Stops the extension's service worker, as the browser does after 30 s idle (CDP, through `page`),
 * and waits until it is gone. `workers()` counts its running workers afterwards.
 */
async function stopServiceWorker(session: ExtensionSession, page: Page) {
  const cdp = await session.context.newCDPSession(page);
  const workers = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(session.extensionId)).length;
  expect(await workers()).toBe(1);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(workers, { timeout: 5000 }).toBe(0);
  return { workers, detach: () => cdp.detach() };
}

async function waitForTooltip(page: Page, needle: string, timeout = 3000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await tooltipText(page);
    if (text.includes(needle)) return text;
    if (Date.now() > deadline) throw new Error(`tooltip never showed «${needle}»; shadow text: ${text}`);
    await page.waitForTimeout(50);
  }
}

async function cardVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.querySelector('zhengfa-tooltip')?.shadowRoot?.querySelector('[role="dialog"]'));
}

describe('content script on a news page', () => {
  const ext = useExtension();

  it('highlights agencies and terms across inline elements, and none of the look-alikes', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    const h = await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 6);
    expectFixtureHighlights('news-article.html', h);
    // The split term is one range over two text nodes.
    const split = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('zhengfa-agency') as Highlight)].map((s) => {
        const range = document.createRange();
        range.setStart(s.startContainer, s.startOffset);
        range.setEnd(s.endContainer, s.endOffset);
        return range;
      });
      const r = ranges.find((range) => range.toString() === '最高人民检察院')!;
      return [r.startContainer.parentElement!.tagName, r.endContainer.parentElement!.tagName];
    });
    expect(split).toEqual(['P', 'A']);
    await page.close();
  });

  it('leaves the page DOM exactly as served, before and after scanning and hovering', async () => {
    const session = ext.get();
    const page = await session.context.newPage();
    // Snapshot before the content script runs (document_idle comes after DOMContentLoaded).
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __before: string }).__before = document.getElementById('article')!.outerHTML;
        (window as unknown as { __sheets: number }).__sheets = document.styleSheets.length;
      });
    });
    await page.goto(`${session.server.baseUrl}/news-article.html`);
    await waitForScanned(session, page);
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    await hoverText(page, '跨境赌博');
    await waitForTooltip(page, summary('2024-xinhua-conference-cross-border-gambling'));
    const dom = await page.evaluate(async () => {
      const raw = await (await fetch(location.href)).text();
      const served = new DOMParser().parseFromString(raw, 'text/html').getElementById('article')!.outerHTML;
      const w = window as unknown as { __before: string; __sheets: number };
      return {
        before: w.__before,
        after: document.getElementById('article')!.outerHTML,
        served,
        sheetsBefore: w.__sheets,
        sheetsAfter: document.styleSheets.length,
        bodyChildren: [...document.body.children].map((el) => el.tagName),
        ownInBody: document.body.querySelectorAll('zhengfa-tooltip').length,
      };
    });
    expect(dom.after).toBe(dom.before);
    expect(dom.after).toBe(dom.served);
    expect(dom.sheetsAfter).toBe(dom.sheetsBefore);
    expect(dom.ownInBody).toBe(0);
    expect(dom.bodyChildren).not.toContain('ZHENGFA-TOOLTIP');
    await page.close();
  });

  it('shows the measures on hover, stays open while the pointer moves into it, closes on Esc', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-crime']?.length ?? 0) >= 4);
    await hoverText(page, '跨境赌博');
    const text = await waitForTooltip(page, summary('2024-xinhua-conference-cross-border-gambling'));
    expect(text).toContain('跨境赌博');
    expect(text).toContain('打击犯罪与社会稳定');
    expect(text).toContain('新华社, 2024-01-15');
    expect(text).toContain('查看全部承诺');
    await saveReadmeScreenshot(page, 'tooltip-light.png', { clip: await tooltipClip(page) });

    // Move from the term into the card and stay there past the hide delay.
    const card = await page.evaluate(() => {
      const el = document.querySelector('zhengfa-tooltip')!.shadowRoot!.querySelector('[role="dialog"]')!;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(card.x, card.y, { steps: 8 });
    await page.waitForTimeout(700);
    expect(await cardVisible(page)).toBe(true);

    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    expect(await cardVisible(page)).toBe(false);

    // Leaving a term (not into the card) closes the tooltip after the hide delay.
    await hoverText(page, '扫黑除恶');
    await waitForTooltip(page, summary('2024-xinhua-conference-anti-gang'));
    await page.mouse.move(5, 5, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await cardVisible(page)).toBe(false);
    await page.close();
  });

  it('gets the measures from the background, also after its service worker was stopped', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-crime']?.length ?? 0) >= 4);
    // The page's own copy of the content script holds no commitment text (build-checked too).
    expect(await page.content()).not.toContain(summary('2024-xinhua-conference-cross-border-gambling'));
    // Stop the background, as the browser does after 30 s idle; the hover must wake it.
    const { workers, detach } = await stopServiceWorker(session, page);
    await hoverText(page, '跨境赌博');
    const text = await waitForTooltip(page, summary('2024-xinhua-conference-cross-border-gambling'), 10_000);
    expect(text).toContain('跨境赌博');
    expect(await workers()).toBe(1);
    await detach();
    await page.close();
  });

  it('highlights a page opened while the service worker is stopped: the scan wakes the background', async () => {
    const session = ext.get();
    const first = await session.openFixture('news-article.html');
    await waitForHighlights(first, (h) => (h['zhengfa-crime']?.length ?? 0) >= 4);
    const expected = await highlightedTexts(first);
    const { workers, detach } = await stopServiceWorker(session, first);
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-crime']?.length ?? 0) >= 4, 10_000);
    expect(await highlightedTexts(page)).toEqual(expected);
    expect(await workers()).toBe(1);
    await detach();
    await page.close();
    await first.close();
  });

  it('pins on click; a pinned tooltip survives the pointer leaving and closes on a click elsewhere', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    const point = await textPoint(page, '公益诉讼');
    await page.mouse.click(point.x, point.y);
    await waitForTooltip(page, '公益诉讼');
    await page.mouse.move(5, 5, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await cardVisible(page)).toBe(true);
    await page.mouse.click(5, 700);
    await page.waitForTimeout(100);
    expect(await cardVisible(page)).toBe(false);
    await page.close();
  });

  it('answers getPageMentions in document order and reveals a mention with a flash', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    const list = await sendToTab<{ status: string; mentions: Array<{ index: number; text: string }> }>(
      session, page, 'getPageMentions', undefined,
    );
    expect(list.status).toBe('ok');
    expect(list.mentions.slice(0, 6).map((m) => m.text)).toEqual([
      '中央政法工作会议', '电信网络诈骗犯罪', '扫黑除恶', '最高人民检察院', '公益诉讼', '食品安全',
    ]);
    expect(list.mentions.map((m) => m.index)).toEqual(list.mentions.map((_, i) => i));
    const index = list.mentions.findIndex((m) => m.text === '民营经济');
    expect(await sendToTab<boolean>(session, page, 'revealMention', { index })).toBe(true);
    const flashed = await page.evaluate(() =>
      [...((CSS.highlights.get('zhengfa-flash') as Highlight | undefined) ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }),
    );
    expect(flashed).toEqual(['民营经济']);
    await waitForTooltip(page, '民营经济');
    await page.close();
  });

  it('steps through mentions with the keyboard commands and announces each one', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    expect(await sendToTab<boolean>(session, page, 'stepMention', { direction: 1 })).toBe(true);
    let text = await waitForTooltip(page, '第 1 处');
    expect(text).toContain('中央政法工作会议');
    await sendToTab(session, page, 'stepMention', { direction: 1 });
    text = await waitForTooltip(page, '第 2 处');
    expect(text).toContain('电信网络诈骗犯罪');
    await sendToTab(session, page, 'stepMention', { direction: -1 });
    await waitForTooltip(page, '第 1 处');
    // Wraps around to the last mention.
    await sendToTab(session, page, 'stepMention', { direction: -1 });
    const count = (await sendToTab<{ mentions: unknown[] }>(session, page, 'getPageMentions', undefined)).mentions.length;
    await waitForTooltip(page, `第 ${count} 处`);
    const a11y = await page.evaluate(() => {
      const root = document.querySelector('zhengfa-tooltip')!.shadowRoot!;
      return {
        dialog: root.querySelector('[role="dialog"]')?.getAttribute('aria-label'),
        status: root.querySelector('[role="status"]')?.getAttribute('aria-live'),
        focused: root.activeElement?.getAttribute('role'),
      };
    });
    expect(a11y.dialog).toMatch(/^政法透镜：/);
    expect(a11y.status).toBe('polite');
    expect(a11y.focused).toBe('dialog');
    await page.close();
  });

  it('highlights content the page adds later', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    const h = await waitForHighlights(page, (h) => (h['zhengfa-livelihood'] ?? []).includes('养老诈骗'), 6000);
    expect(h['zhengfa-agency']).toContain('最高人民检察院');
    expect(h['zhengfa-agency']!.filter((t) => t === '最高人民检察院')).toHaveLength(2);
    // The badge count follows the rescan.
    const scan = await waitForScanned(session, page);
    expect(scan.frames['0']!.total).toBe(Object.values(h).flat().length);
    // Text removed from the page leaves the highlights too.
    await page.evaluate(() => document.getElementById('p-late')!.remove());
    await waitForHighlights(page, (h) => !(h['zhengfa-livelihood'] ?? []).includes('养老诈骗'));
    await page.close();
  });

  it('rescans only what changed: an appended block alone, an edited paragraph in place', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    const rescans = () =>
      page.evaluate(() =>
        performance.getEntriesByName('zhengfa:rescan').map((e) => (e as PerformanceMeasure).detail as { blocks: number; dropped: number; mentions: number }),
      );
    await expect.poll(async () => (await rescans()).length, { timeout: 5000 }).toBeGreaterThan(0); // the late paragraph
    const before = (await rescans()).length;
    // An ad script appends a container to <body>: only that container is scanned.
    await page.evaluate(() => {
      const ad = document.createElement('div');
      ad.innerHTML = '<p>推广：公安部提醒您谨防电信诈骗</p>';
      document.body.append(ad);
    });
    await expect.poll(async () => (await rescans()).length).toBe(before + 1);
    expect((await rescans()).at(-1)).toEqual({ blocks: 1, dropped: 0, mentions: 2 });
    // Editing a paragraph's text replaces that paragraph's flows only.
    await page.evaluate(() => {
      const p = document.getElementById('p-spc')!;
      (p.firstChild as Text).data = '有关部门提出，要把新时代“枫桥经验”用到基层治理中去。';
    });
    await expect.poll(async () => (await rescans()).length).toBe(before + 2);
    // Two flows (the paragraph has a <br>); 最高人民法院 is gone, 公安部 read afresh as the mainland body
    // (the page's context had moved on to a Vietnamese reading after 越南公安部 further down).
    expect((await rescans()).at(-1)).toEqual({ blocks: 1, dropped: 2, mentions: 3 });
    const h = await waitForHighlights(page, (h) => !(h['zhengfa-agency'] ?? []).includes('最高人民法院'));
    expect(h['zhengfa-crime']).toContain('枫桥经验');
    await page.close();
  });

  it('switches a category off and on live, touching only that category', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    const before = await waitForHighlights(page, (h) => (h['zhengfa-crime']?.length ?? 0) >= 4);
    await setSync(session, 'highlightSettings', { ...DEFAULT_SETTINGS, disabledCategories: ['crime'] }, 2);
    const off = await waitForHighlights(page, (h) => !('zhengfa-crime' in h));
    const { ['zhengfa-crime']: _crime, ...rest } = before;
    expect(off).toEqual(rest);
    await setSync(session, 'highlightSettings', DEFAULT_SETTINGS, 2);
    const on = await waitForHighlights(page, (h) => 'zhengfa-crime' in h);
    expect(on).toEqual(before);
    // Style and palette restyle the same highlights live.
    const agencyRule = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).find((t) => t.includes('zhengfa-agency')) ?? '',
      );
    expect(await agencyRule()).toContain('background-color');
    await setSync(session, 'highlightSettings', { ...DEFAULT_SETTINGS, style: 'underline', palette: 'colour-blind' }, 2);
    await expect.poll(agencyRule).not.toContain('background-color');
    expect(await agencyRule()).toContain('2px');
    expect(await highlightedTexts(page)).toEqual(before);
    await setSync(session, 'highlightSettings', DEFAULT_SETTINGS, 2);
    await page.close();
  });

  it('removes every highlight, listener and element when the site is switched off, and comes back', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    await hoverText(page, '司法部');
    await waitForTooltip(page, '司法部');
    await setSync(session, 'siteRules', { alwaysOn: [], neverOn: ['127.0.0.1'] }, 2);
    await waitForHighlights(page, (h) => Object.keys(h).length === 0);
    const left = await page.evaluate(() => ({
      elements: document.querySelectorAll('zhengfa-tooltip').length,
      ownSheets: document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('zhengfa'))).length,
    }));
    expect(left).toEqual({ elements: 0, ownSheets: 0 });
    expect((await sendToTab<{ status: string }>(session, page, 'getPageMentions', undefined)).status).toBe('disabled');
    await hoverText(page, '公安部');
    await page.waitForTimeout(600);
    expect(await extensionShadowText(page)).toEqual([]);
    await setSync(session, 'siteRules', { alwaysOn: [], neverOn: [] }, 2);
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    await page.close();
  });

  it('scans a same-origin iframe in its own frame and reports it', async () => {
    const session = ext.get();
    const worker = await session.serviceWorker();
    // Listen to the content scripts' reports next to the background's own handler.
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __reports?: Array<{ frameId?: number; url?: string; total: number }> };
      if (g.__reports) return;
      g.__reports = [];
      chrome.runtime.onMessage.addListener((message: { type?: string; data?: { total: number } }, sender) => {
        if (message?.type === 'reportMentions') g.__reports!.push({ frameId: sender.frameId, url: sender.url, total: message.data!.total });
        return false;
      });
    });
    const page = await session.openFixture('news-article.html');
    const frame = page.frames().find((f) => f.url().endsWith('/news-frame.html'))!;
    expect(frame).toBeTruthy();
    const deadline = Date.now() + 5000;
    let inFrame: string[] = [];
    while (Date.now() < deadline) {
      inFrame = await frame.evaluate(() => {
        const out: string[] = [];
        CSS.highlights.forEach((h) =>
          (h as Highlight).forEach((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            out.push(range.toString());
          }),
        );
        return out.sort();
      });
      if (inFrame.length >= 3) break;
      await page.waitForTimeout(50);
    }
    expect(inFrame).toEqual(['公安机关', '公安部', '昆仑'].sort());
    const reports = await worker.evaluate(() => (globalThis as unknown as { __reports: Array<{ frameId?: number; url?: string; total: number }> }).__reports);
    const fromFrame = reports.filter((r) => r.url?.endsWith('/news-frame.html'));
    expect(fromFrame.length).toBeGreaterThan(0);
    expect(fromFrame.at(-1)!.frameId).not.toBe(0);
    expect(fromFrame.at(-1)!.total).toBe(3);
    await page.close();
  });

  it('highlights text inside open shadow roots', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-shadow.html');
    const h = await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 2, 5000);
    expect(h['zhengfa-agency']).toEqual(['司法部', '最高人民检察院']);
    expect(h['zhengfa-livelihood']).toEqual(['公益诉讼']);
    // Text right under the shadow root, outside any block element, is read too.
    expect(h['zhengfa-crime']).toEqual(['扫黑除恶']);
    // Rescanning the block around the shadow host replaces the shadow tree's mentions, never doubles them.
    await page.evaluate(() => document.getElementById('p-light')!.append('另据消息，公安部也作了部署。'));
    const after = await waitForHighlights(page, (h) => (h['zhengfa-agency'] ?? []).includes('公安部'), 5000);
    expect(after['zhengfa-agency']).toEqual(['司法部', '公安部', '最高人民检察院']);
    const rescans = () => page.evaluate(() => performance.getEntriesByName('zhengfa:rescan').length);
    const before = await rescans();
    await page.evaluate(() => document.getElementById('article')!.append('（完）'));
    await expect.poll(rescans).toBe(before + 1);
    expect((await highlightedTexts(page))['zhengfa-agency']).toEqual(['司法部', '公安部', '最高人民检察院']);
    // A change inside the shadow tree, outside any block there, is picked up too.
    await page.evaluate(() => document.getElementById('card')!.shadowRoot!.querySelector('span')!.append('；司法部供稿'));
    const inShadow = await waitForHighlights(page, (h) => (h['zhengfa-agency'] ?? []).length === 4, 5000);
    expect(inShadow['zhengfa-agency']).toEqual(['司法部', '公安部', '最高人民检察院', '司法部']);
    await page.close();
  });

  it('uses the dark colours on a dark page and shows a dark tooltip', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-dark.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 3);
    const css = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
    );
    const agency = dataset.categories.find((c) => c.id === 'agency')!;
    expect(css).toContain(hexToRgb(agency.colours.dark.background));
    expect(css).not.toContain(hexToRgb(agency.colours.light.background));
    await hoverText(page, '最高人民法院');
    await waitForTooltip(page, '最高人民法院');
    const dark = await page.evaluate(
      () => !!document.querySelector('zhengfa-tooltip')!.shadowRoot!.querySelector('.card.dark'),
    );
    expect(dark).toBe(true);
    await saveReadmeScreenshot(page, 'tooltip-dark.png', { clip: await tooltipClip(page) });
    await page.close();
  });

  it('reads traditional script and skips Taiwan and Hong Kong bodies', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-traditional.html');
    const h = await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 2);
    expectFixtureHighlights('news-traditional.html', h);
    await page.close();
  });

  it('reads a Taiwanese outlet\'s bare 最高法院 and 最高檢 as Taiwan\'s bodies, and as the SPC and SPP elsewhere', async () => {
    const session = ext.get();
    // The same page served from a neutral host (127.0.0.1: no region) and from a Taiwanese
    // outlet's host (the browser resolves news.ltn.com.tw to the fixture server).
    const neutral = await session.openFixture('news-taiwan.html');
    const h = await waitForHighlights(neutral, (h) => (h['zhengfa-crime']?.length ?? 0) >= 1);
    expect(h['zhengfa-agency']).toEqual(['最高法院', '最高法院', '最高檢', '最高法院', '公安部']);
    await neutral.close();
    const taiwanese = await session.openFixture('news-taiwan.html', { host: 'news.ltn.com.tw' });
    const tw = await waitForHighlights(taiwanese, (h) => (h['zhengfa-crime']?.length ?? 0) >= 1);
    expect(tw['zhengfa-agency']).toEqual(['最高法院', '公安部']);
    expect(tw['zhengfa-crime']).toEqual(['電信網絡詐騙犯罪']);
    // Both are in the paragraph about the mainland (中國最高法院, 中國公安部): none in the headline
    // or the paragraph about Taiwan's court.
    const inPrcParagraph = await taiwanese.evaluate(() =>
      [...CSS.highlights.get('zhengfa-agency')!].map((range) => document.getElementById('p-prc')!.contains(range.startContainer)),
    );
    expect(inPrcParagraph).toEqual([true, true]);
    await taiwanese.close();
  });

  it('sends the full-list route from the tooltip button, and follows the UI language live', async () => {
    const session = ext.get();
    const worker = await session.serviceWorker();
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __routes?: unknown[] };
      if (g.__routes) return;
      g.__routes = [];
      chrome.runtime.onMessage.addListener((message: { type?: string; data?: unknown }) => {
        if (message?.type === 'openFullList') g.__routes!.push(message.data);
        return false;
      });
    });
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    const point = await textPoint(page, '跨境赌博');
    await page.mouse.click(point.x, point.y);
    await waitForTooltip(page, '查看全部承诺');
    const button = await page.evaluate(() => {
      const el = document.querySelector('zhengfa-tooltip')!.shadowRoot!.querySelector('button.full')!;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(button.x, button.y);
    await expect
      .poll(() => worker.evaluate(() => (globalThis as unknown as { __routes: unknown[] }).__routes))
      .toContainEqual({ view: 'all', entityId: 'cross-border-gambling' });

    await setSync(session, 'uiLanguage', 'en', 1);
    // The labels switch at once; the measures are asked of the background again in English, so
    // they come a reply later (the card says "Looking up the measures…" meanwhile).
    const english = await waitForTooltip(page, 'See all commitments');
    expect(english).not.toContain('查看全部承诺');
    await waitForTooltip(page, dataset.commitments.find((c) => c.id === '2024-xinhua-conference-cross-border-gambling')!.summaryEn);
    await setSync(session, 'uiLanguage', 'zh_TW', 1);
    await waitForTooltip(page, '查看全部承諾');
    await setSync(session, 'uiLanguage', 'auto', 1);
    await page.close();
  });

  it('moves the tooltip into the fullscreen element and back', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-article.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency']?.length ?? 0) >= 5);
    await hoverText(page, '公安部');
    await waitForTooltip(page, '公安部');
    await page.evaluate(() => document.querySelector('.content-wrap')!.requestFullscreen());
    await expect.poll(() => page.evaluate(() => document.querySelector('zhengfa-tooltip')?.parentElement?.className)).toBe('content-wrap');
    await page.evaluate(() => document.exitFullscreen());
    await expect.poll(() => page.evaluate(() => document.querySelector('zhengfa-tooltip')?.parentElement?.tagName)).toBe('HTML');
    await page.close();
  });

  it('starts afresh after a client-side navigation', async () => {
    const session = ext.get();
    const page = await session.openFixture('news-spa.html');
    await waitForHighlights(page, (h) => (h['zhengfa-agency'] ?? []).includes('公安部'));
    // The background keeps the tab's record under the URL the page was loaded with (Chromium's
    // sender.url does not follow pushState), so the tab id is taken before navigating.
    const { tabId } = await waitForScanned(session, page);
    await page.click('#next');
    const h = await waitForHighlights(page, (h) => (h['zhengfa-agency'] ?? []).includes('司法部'));
    for (const [name, texts] of Object.entries(h)) if (texts.length === 0) delete h[name];
    expect(h).toEqual({ 'zhengfa-agency': ['司法部'], 'zhengfa-business': ['企业合规'] });
    const list = await sendToTab<{ url: string; mentions: Array<{ text: string }> }>(session, tabId, 'getPageMentions', undefined);
    expect(list.url).toMatch(/\?story=2$/);
    expect(list.mentions.map((m) => m.text)).toEqual(['司法部', '企业合规']);
    await page.close();
  });

  it('does nothing measurable on a page without Chinese text', async () => {
    const session = ext.get();
    const page = await session.openFixture('english.html');
    const scan = await waitForScanned(session, page);
    expect(scan.frames['0']).toEqual({ total: 0, byCategory: {} });
    const state = await page.evaluate(() => ({
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
      measures: performance.getEntriesByType('measure').map((m) => m.name),
      elements: document.querySelectorAll('[class^="zhengfa"], zhengfa-tooltip').length,
    }));
    expect(state).toEqual({ highlights: 0, sheets: 0, measures: [], elements: 0 });
    const list = await sendToTab<{ status: string; mentions: unknown[] }>(session, page, 'getPageMentions', undefined);
    expect(list).toMatchObject({ status: 'ok', mentions: [] });
    await page.close();
  });

  it('makes no network request of its own', async () => {
    const session = ext.get();
    // The fixture server answers under 127.0.0.1 and under the test hosts the browser maps to it.
    const served = [session.server.baseUrl, ...TEST_HOSTS.map((host) => `${session.server.baseUrlFor(host)}/`)];
    const foreign = session.requests
      .map((r) => r.url())
      .filter((url) => !served.some((base) => url.startsWith(base)) && !url.startsWith('chrome-extension://'));
    expect(foreign).toEqual([]);
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The tooltip card plus the line it points at, for the README screenshots. */
async function tooltipClip(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate(() => {
    const card = document.querySelector('zhengfa-tooltip')!.shadowRoot!.querySelector('[role="dialog"]')!;
    const r = card.getBoundingClientRect();
    const x = Math.max(0, r.left - 120);
    const y = Math.max(0, r.top - 60);
    return { x, y, width: Math.min(window.innerWidth - x, r.width + 240), height: Math.min(window.innerHeight - y, r.height + 90) };
  });
}

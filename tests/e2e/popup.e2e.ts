/**
 * The popup in real Chromium with the built extension: opened as chrome-extension://<id>/popup.html
 * in a tab, about a fixture tab named with ?tab=<id> (a tab-opened popup's own tab is itself).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, beforeAll } from 'vitest';
import { dataset } from '../../data/index.ts';
import {
  axeViolations,
  highlightedTexts,
  saveReadmeScreenshot,
  sendToTab,
  useExtension,
  waitForScanned,
  type ExtensionSession,
} from './harness.ts';


interface PageMentionsAnswer {
  url: string;
  status: string;
  mentions: { index: number; text: string; category: string; entityId: string }[];
}

async function openPopup(session: ExtensionSession, query: string): Promise<Page> {
  const popup = await session.openExtensionPage(`popup.html${query}`);
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.waitForSelector('[role="tablist"]');
  return popup;
}

async function pollUntil<T>(fn: () => Promise<T>, ok: (value: T) => boolean, timeout = 5000, interval = 10): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  for (;;) {
    const value = await fn();
    const ms = performance.now() - start;
    if (ok(value)) return { value, ms };
    if (ms > timeout) throw new Error(`condition not met within ${timeout} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

const total = (h: Record<string, string[]>) =>
  Object.entries(h).filter(([name]) => name !== 'zhengfa-flash').reduce((n, [, ranges]) => n + ranges.length, 0);

describe('popup', () => {
  const ext = useExtension();
  let news: Page;
  let tabId: number;

  beforeAll(async () => {
    const session = ext.get();
    news = await session.openFixture('popup/news.html');
    tabId = (await waitForScanned(session, news)).tabId;
  });

  it('本页 lists this tab\'s mentions grouped by agency and term; the badge shows the same count', async () => {
    const session = ext.get();
    const popup = await openPopup(session, `?tab=${tabId}`);
    const answer = await sendToTab<PageMentionsAnswer>(session, tabId, 'getPageMentions', undefined);
    expect(answer.status).toBe('ok');
    expect(answer.mentions.length).toBeGreaterThan(3);
    expect(await session.badgeText(news)).toBe(String(answer.mentions.length));

    await popup.waitForSelector('.page-view');
    expect(await popup.textContent('.summary')).toContain(String(answer.mentions.length));
    const entities = await popup.$$eval('.mention-group', (els) => els.map((el) => (el as HTMLElement).dataset.entity));
    expect(entities).toEqual(expect.arrayContaining(['spp', 'mps', 'telecom-fraud', 'food-safety']));
    // Every mention is in exactly one group.
    const counted = await popup.$$eval('.mention-group', (els) => els.map((el) => el.querySelectorAll('button').length));
    expect(counted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(answer.mentions.length);
    expect(await axeViolations(popup)).toEqual([]);
    await saveReadmeScreenshot(popup, 'popup-page.png');
    await popup.close();
  });

  it('clicking a mention reveals it on the page (flash)', async () => {
    const session = ext.get();
    const popup = await openPopup(session, `?tab=${tabId}`);
    await popup.click('.mention-group[data-entity="food-safety"] .mention-button');
    const { value } = await pollUntil(
      () => highlightedTexts(news),
      (h) => (h['zhengfa-flash'] ?? []).length > 0,
    );
    expect(value['zhengfa-flash']).toEqual(['食品安全']);
    await popup.close();
  });

  it('tabs are keyboard-navigable (roving tabindex, arrow keys)', async () => {
    const session = ext.get();
    const popup = await openPopup(session, `?tab=${tabId}`);
    await popup.focus('#popup-tab-page');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getAttribute('#popup-tab-all', 'aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('popup-tab-all');
    await popup.keyboard.press('End');
    expect(await popup.getAttribute('#popup-tab-settings', 'aria-selected')).toBe('true');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getAttribute('#popup-tab-page', 'aria-selected')).toBe('true');
    const tabStops = await popup.$$eval('[role="tab"]', (els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length);
    expect(tabStops).toBe(1);
    await popup.close();
  });

  it('全部承诺 lists every commitment and finds a term in simplified, traditional and English', async () => {
    const session = ext.get();
    const popup = await openPopup(session, `?view=all&tab=${tabId}`);
    expect(await popup.locator('.card').count()).toBe(dataset.commitments.length);
    expect(await axeViolations(popup)).toEqual([]);
    await saveReadmeScreenshot(popup, 'popup-all.png');

    const fraudIds = dataset.commitments.filter((c) => c.terms.includes('telecom-fraud')).map((c) => c.id);
    for (const query of ['电信诈骗', '電信詐騙', 'telecom fraud']) {
      await popup.fill('#commitment-search', query);
      const ids = await popup.$$eval('.card', (els) => els.map((el) => (el as HTMLElement).dataset.commitment));
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).toEqual(expect.arrayContaining(fraudIds));
    }
    await popup.fill('#commitment-search', '最高检 食品安全');
    expect(await popup.getAttribute('.card >> nth=0', 'data-commitment')).toBe('2024-xinhua-spp-online-food-safety');

    // Filters: agency and category.
    await popup.fill('#commitment-search', '');
    await popup.selectOption('#filter-agency', 'mps');
    const agencies = await popup.$$eval('.card', (els) => els.map((el) => (el as HTMLElement).dataset.agency));
    expect(new Set(agencies)).toEqual(new Set(['mps']));
    await popup.selectOption('#filter-category', 'crime');
    const themes = await popup.$$eval('.card', (els) => els.map((el) => (el as HTMLElement).dataset.theme));
    expect(new Set(themes)).toEqual(new Set(['crime']));
    await popup.close();
  });

  it('lands on 全部承诺 filtered to an entity (tooltip link fallback URL)', async () => {
    const session = ext.get();
    const popup = await openPopup(session, '?view=all&entity=telecom-fraud');
    const expected = dataset.commitments.filter((c) => c.agency === 'telecom-fraud' as never || c.terms.includes('telecom-fraud'));
    expect(await popup.locator('.card').count()).toBe(expected.length);
    expect(await popup.getAttribute('.entity-filter', 'data-entity')).toBe('telecom-fraud');
    await popup.click('.entity-filter button');
    expect(await popup.locator('.card').count()).toBe(dataset.commitments.length);
    await popup.close();
  });

  it('switching a category off removes its highlights in the open tab within 200 ms', async () => {
    const session = ext.get();
    const popup = await openPopup(session, `?view=settings&tab=${tabId}`);
    const before = await highlightedTexts(news);
    expect((before['zhengfa-crime'] ?? []).length).toBeGreaterThan(0);
    await pollUntil(
      () => popup.textContent('#category-crime-detail'),
      (text) => !!text?.includes(String(before['zhengfa-crime']!.length)),
    );
    expect(await axeViolations(popup)).toEqual([]);
    await saveReadmeScreenshot(popup, 'popup-settings.png');

    await popup.click('#category-crime');
    const { ms } = await pollUntil(() => highlightedTexts(news), (h) => (h['zhengfa-crime'] ?? []).length === 0, 2000, 5);
    expect(ms).toBeLessThan(200);
    expect(await popup.getAttribute('#category-crime', 'aria-checked')).toBe('false');
    // Other categories stay.
    expect((await highlightedTexts(news))['zhengfa-agency']?.length).toBeGreaterThan(0);

    await popup.click('#category-crime');
    await pollUntil(() => highlightedTexts(news), (h) => (h['zhengfa-crime'] ?? []).length === before['zhengfa-crime']!.length);
    await popup.close();
  });

  it('switching the site off removes every highlight; on again restores them', async () => {
    const session = ext.get();
    const popup = await openPopup(session, `?view=settings&tab=${tabId}`);
    const before = total(await highlightedTexts(news));
    expect(before).toBeGreaterThan(0);
    expect(await popup.getAttribute('#site-switch', 'aria-checked')).toBe('true');
    await popup.click('#site-switch');
    await pollUntil(() => highlightedTexts(news), (h) => total(h) === 0);
    expect(await popup.getAttribute('#site-switch', 'aria-checked')).toBe('false');
    await pollUntil(() => session.badgeText(news), (text) => text === '');

    await popup.click('#popup-tab-page');
    await popup.waitForSelector('[data-status="disabled"]');

    await popup.click('#popup-tab-settings');
    await popup.click('#site-switch');
    await pollUntil(() => highlightedTexts(news), (h) => total(h) === before);
    await pollUntil(() => session.badgeText(news), (text) => text === String(before));
    await popup.close();
  });

  it('is readable in dark mode: no axe violations in any view', async () => {
    const session = ext.get();
    const popup = await openPopup(session, `?tab=${tabId}`);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 28, 30)');
    for (const view of ['page', 'all', 'settings']) {
      await popup.click(`#popup-tab-${view}`);
      await popup.waitForSelector(`#popup-tab-${view}[aria-selected="true"]`);
      await popup.waitForTimeout(100);
      expect(await axeViolations(popup), view).toEqual([]);
    }
    await popup.close();
  });

  it('explains a page the extension cannot read', async () => {
    const session = ext.get();
    const blank = await session.context.newPage();
    await blank.goto('about:blank');
    const worker = await session.serviceWorker();
    const blankId = await worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === 'about:blank' || t.pendingUrl === 'about:blank')?.id ?? -1;
    });
    const popup = await openPopup(session, `?tab=${blankId}`);
    await popup.waitForSelector('[data-status="unsupported"]');
    await popup.close();
    await blank.close();
  });
});

/**
 * The background in real Chromium: per-tab badge, the context-menu lookup (its real onClicked
 * listener, dispatched in the service worker — Playwright cannot click native menus), keyboard
 * commands, and the tooltip's «查看全部承诺» link opening the popup's full list.
 */
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createCommitmentSearch } from '../../lib/search.ts';
import { extensionShadowText, hoverText, useExtension, waitForScanned, type ExtensionSession } from './harness.ts';

/**
 * The document of the extension's real toolbar popup (action.openPopup works in headless Chromium,
 * but Playwright does not list popups as pages), or of popup.html opened in a tab (the fallback).
 * Read through chrome.extension.getViews from another extension page of the same process.
 */
async function popupContents(session: ExtensionSession, timeout = 10_000): Promise<{ query: string; ids: string[]; entity: string | null; via: string }> {
  const helper = await session.openExtensionPage('options.html');
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = await helper.evaluate(() => {
        const views = [
          ...chrome.extension.getViews({ type: 'popup' }).map((view) => ({ view, via: 'popup' })),
          ...chrome.extension.getViews({ type: 'tab' })
            .filter((view) => view.location.pathname === '/popup.html')
            .map((view) => ({ view, via: 'tab' })),
        ];
        for (const { view, via } of views) {
          const doc = view.document;
          if (!doc.querySelector('.card')) continue;
          return {
            via,
            query: (doc.querySelector('#commitment-search') as HTMLInputElement | null)?.value ?? '',
            ids: [...doc.querySelectorAll<HTMLElement>('.card')].map((el) => el.dataset.commitment ?? ''),
            entity: doc.querySelector<HTMLElement>('.entity-filter')?.dataset.entity ?? null,
          };
        }
        return undefined;
      });
      if (found) return found;
      if (Date.now() > deadline) throw new Error('popup never showed commitments');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await helper.close();
  }
}

/** Closes a real popup left open by a previous step. */
async function closePopups(session: ExtensionSession): Promise<void> {
  const helper = await session.openExtensionPage('options.html');
  await helper.evaluate(() => chrome.extension.getViews({ type: 'popup' }).forEach((view) => view.close()));
  await helper.close();
}

async function tabOf(worker: Worker, tabId: number) {
  return worker.evaluate((id) => chrome.tabs.get(id), tabId);
}

describe('background', () => {
  const ext = useExtension();

  it('keeps a per-tab badge that follows tab switches and navigation', async () => {
    const session = ext.get();
    const news = await session.openFixture('popup/news.html');
    const plain = await session.openFixture('plain.html');
    const newsScan = await waitForScanned(session, news);
    const newsCount = Object.values(newsScan.frames).reduce((n, f) => n + f.total, 0);
    expect(newsCount).toBeGreaterThan(0);
    expect(await session.badgeText(news)).toBe(String(newsCount));
    expect(await session.badgeText(plain)).toBe('');

    await news.bringToFront();
    expect(await session.badgeText(news)).toBe(String(newsCount));
    expect(await session.badgeText(plain)).toBe('');

    // Navigating the news tab to a page without mentions clears its count.
    const worker = await session.serviceWorker();
    await news.goto(`${session.server.baseUrl}/plain.html?second`);
    const scan = await waitForScanned(session, news);
    expect(await worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), scan.tabId)).toBe('');
    await news.close();
    await plain.close();
  });

  it('looks a selection up from the context menu and shows the matching commitments', async () => {
    const session = ext.get();
    const news = await session.openFixture('popup/news.html');
    const { tabId } = await waitForScanned(session, news);
    const worker = await session.serviceWorker();
    const tab = await tabOf(worker, tabId);
    await worker.evaluate((tab) => {
      const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void };
      onClicked.dispatch({ menuItemId: 'zhengfa-lookup', selectionText: '電信詐騙', editable: false, pageUrl: tab.url }, tab);
    }, tab);
    const shown = await popupContents(session);
    expect(shown.query).toBe('電信詐騙');
    expect(shown.ids).toEqual(createCommitmentSearch(dataset).lookup('電信詐騙'));
    const first = dataset.commitments.find((c) => c.id === shown.ids[0])!;
    expect(first.terms).toContain('telecom-fraud');
    await closePopups(session);
    await news.close();
  });

  it('moves to the next mention on the keyboard command', async () => {
    const session = ext.get();
    const news = await session.openFixture('popup/news.html');
    const { tabId } = await waitForScanned(session, news);
    const worker = await session.serviceWorker();
    const tab = await tabOf(worker, tabId);
    await worker.evaluate((tab) => {
      const onCommand = chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void };
      onCommand.dispatch('next-mention', tab);
    }, tab);
    const deadline = Date.now() + 5000;
    let text = '';
    while (Date.now() < deadline) {
      text = (await extensionShadowText(news)).join(' ');
      if (text.includes('政法机关') || text.includes('最高人民检察院')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(text).toMatch(/政法机关|最高人民检察院/);
    await news.close();
  });

  it('opens the full list filtered to the entity from a tooltip link', async () => {
    const session = ext.get();
    const news = await session.openFixture('popup/news.html');
    await hoverText(news, '公安部');
    const link = news.locator('button.full').first();
    await link.waitFor({ timeout: 5000 });
    await link.click();
    const shown = await popupContents(session);
    expect(shown.entity).toBe('mps');
    expect(shown.ids.length).toBe(dataset.commitments.filter((c) => c.agency === 'mps').length);
    await closePopups(session);
    await news.close();
  });
});

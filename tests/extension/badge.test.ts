import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, onTabUpdated, readTabScan, recordFrameCounts, syncBadge } from '../../extension/badge.ts';
import type { BrowserApi } from '../../extension/browser-api.ts';

const api = fakeBrowser as unknown as BrowserApi;
const counts = (total: number) => ({ total, byCategory: { agency: total } });
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sums the frames of a tab and shows the total on that tab only', async () => {
    await recordFrameCounts(api, 1, 0, 'https://news.cn/a', counts(3));
    await recordFrameCounts(api, 1, 7, 'https://ads.example/x', counts(2));
    await recordFrameCounts(api, 2, 0, 'https://news.cn/b', counts(0));
    expect(await badge(1)).toBe('5');
    expect(await badge(2)).toBe('');
    // The harness relies on this exact record format.
    expect(await readTabScan(api, 1)).toMatchObject({
      url: 'https://news.cn/a',
      frames: { '0': counts(3), '7': counts(2) },
    });
  });

  it('starts a fresh record when the top frame reports a new URL', async () => {
    await recordFrameCounts(api, 1, 0, 'https://news.cn/a', counts(3));
    await recordFrameCounts(api, 1, 5, 'https://news.cn/frame', counts(4));
    await recordFrameCounts(api, 1, 0, 'https://news.cn/b', counts(1));
    expect(await badge(1)).toBe('1');
  });

  it('keeps an iframe that reports before its parent page in the count', async () => {
    await recordFrameCounts(api, 1, 5, 'https://news.cn/frame', counts(4));
    expect(await readTabScan(api, 1)).toMatchObject({ url: '' });
    await recordFrameCounts(api, 1, 0, 'https://news.cn/a', counts(3));
    expect(await badge(1)).toBe('7');
    expect(await readTabScan(api, 1)).toMatchObject({ url: 'https://news.cn/a' });
  });

  it('caps the badge at 999+', async () => {
    await recordFrameCounts(api, 1, 0, 'https://news.cn/a', counts(12345));
    expect(await badge(1)).toBe('999+');
  });

  it('clears a tab that navigates to another page, keeps it on a reload or hash change', async () => {
    await recordFrameCounts(api, 1, 0, 'https://news.cn/a', counts(3));
    expect(await onTabUpdated(api, 1, { status: 'loading' }, { url: 'https://news.cn/a#top' })).toBe(false);
    expect(await badge(1)).toBe('3');
    // A page the extension cannot see (chrome://newtab) has no URL in the tab object.
    expect(await onTabUpdated(api, 1, { status: 'loading' }, {})).toBe(true);
    expect(await badge(1)).toBe('');
    expect(await readTabScan(api, 1)).toBeUndefined();

    await recordFrameCounts(api, 1, 0, 'https://news.cn/a', counts(3));
    expect(await onTabUpdated(api, 1, { status: 'loading', url: 'https://news.cn/b' }, { url: 'https://news.cn/b' })).toBe(true);
    expect(await badge(1)).toBe('');
  });

  it('rebuilds the badge from storage.session (worker restart, tab switch)', async () => {
    await recordFrameCounts(api, 4, 0, 'https://news.cn/a', counts(9));
    await fakeBrowser.action.setBadgeText({ tabId: 4, text: '' });
    expect(await syncBadge(api, 4)).toBe('9');
    expect(await badge(4)).toBe('9');
    expect(await syncBadge(api, 5)).toBe('');
    await forgetTab(api, 4);
    expect(await badge(4)).toBe('');
  });
});

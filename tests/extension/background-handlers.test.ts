import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandlers, sanitizeCounts, type BackgroundDeps } from '../../extension/background-handlers.ts';
import type { BrowserApi } from '../../extension/browser-api.ts';
import { isOwnSender } from '../../extension/protocol.ts';

const api = fakeBrowser as unknown as BrowserApi;

describe('background message handlers', () => {
  let openPopupAt: ReturnType<typeof vi.fn<BackgroundDeps['openPopupAt']>>;
  let describeMeasures: ReturnType<typeof vi.fn<BackgroundDeps['describeMeasures']>>;
  let findMentions: ReturnType<typeof vi.fn<BackgroundDeps['findMentions']>>;
  let handlers: ReturnType<typeof createBackgroundHandlers>;
  const own = () => ({ id: fakeBrowser.runtime.id, url: 'https://news.cn/a', frameId: 0, tab: { id: 3, windowId: 1 } });

  beforeEach(() => {
    fakeBrowser.reset();
    openPopupAt = vi.fn<BackgroundDeps['openPopupAt']>(async () => 'popup');
    describeMeasures = vi.fn<BackgroundDeps['describeMeasures']>((data) => (data === 'good' ? [] : undefined));
    findMentions = vi.fn<BackgroundDeps['findMentions']>((data) => (data === 'good' ? { records: [[0, 3, 1]], state: [], coreMs: 1 } : undefined));
    handlers = createBackgroundHandlers(api, { openPopupAt, describeMeasures, findMentions });
  });

  it('finds mentions for its own contexts only, and answers malformed requests with none', () => {
    const none = { records: [], state: [], coreMs: 0 };
    expect(handlers.findMentions({ sender: own(), data: 'good' })).toEqual({ records: [[0, 3, 1]], state: [], coreMs: 1 });
    expect(handlers.findMentions({ sender: own(), data: 'bad' })).toEqual(none);
    // The page's URL comes from the browser's sender record (its site may imply a region).
    expect(findMentions).toHaveBeenLastCalledWith('bad', 'https://news.cn/a');
    findMentions.mockClear();
    expect(handlers.findMentions({ sender: { ...own(), id: 'other' }, data: 'good' })).toEqual(none);
    expect(findMentions).not.toHaveBeenCalled();
  });

  it('answers measure requests from its own contexts only, and malformed ones with none', () => {
    expect(handlers.describeMeasures({ sender: own(), data: 'good' })).toEqual([]);
    expect(describeMeasures).toHaveBeenCalledWith('good');
    expect(handlers.describeMeasures({ sender: own(), data: 'bad' })).toEqual([]);
    describeMeasures.mockClear();
    expect(handlers.describeMeasures({ sender: { ...own(), id: 'other' }, data: 'good' })).toEqual([]);
    expect(describeMeasures).not.toHaveBeenCalled();
  });

  it('accepts only this extension as sender', () => {
    expect(isOwnSender({ id: 'me' }, 'me')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'me')).toBe(false);
    expect(isOwnSender(undefined, 'me')).toBe(false);
  });

  it('records counts reported by its own content script and shows them on the badge', async () => {
    await handlers.reportMentions({ sender: own(), data: { total: 4, byCategory: { agency: 3, crime: 1 } } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('4');
  });

  it('keeps every frame of a tab when frames report at the same time', async () => {
    await Promise.all(
      [0, 3, 4, 9].map((frameId) =>
        handlers.reportMentions({ sender: { ...own(), frameId }, data: { total: 1, byCategory: {} } }),
      ),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('4');
  });

  it('ignores reports from other extensions, without a tab, or malformed', async () => {
    await handlers.reportMentions({ sender: { ...own(), id: 'evil' }, data: { total: 9, byCategory: {} } });
    await handlers.reportMentions({ sender: { id: fakeBrowser.runtime.id }, data: { total: 9, byCategory: {} } });
    await handlers.reportMentions({ sender: own(), data: { total: 'lots' } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(sanitizeCounts({ total: 2.7, byCategory: { crime: -1, agency: 2 } })).toEqual({ total: 2, byCategory: { agency: 2 } });
  });

  it('opens the full list for a tooltip link, from its own content script only', async () => {
    await handlers.openFullList({ sender: own(), data: { view: 'all', entityId: 'telecom-fraud' } });
    expect(openPopupAt).toHaveBeenCalledWith({ view: 'all', entityId: 'telecom-fraud' }, { id: 3, windowId: 1 });
    await handlers.openFullList({ sender: { ...own(), id: 'evil' }, data: { view: 'all' } });
    await handlers.openFullList({ sender: own(), data: { view: 'nope' } });
    expect(openPopupAt).toHaveBeenCalledTimes(1);
  });
});

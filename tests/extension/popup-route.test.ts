import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrowserApi } from '../../extension/browser-api.ts';
import {
  POPUP_ROUTE_KEY,
  ROUTE_TTL_MS,
  openPopupAt,
  routeFromSearch,
  routeToSearch,
  sanitizeRoute,
  storeRoute,
  takeRoute,
} from '../../extension/popup-route.ts';

const api = fakeBrowser as unknown as BrowserApi;

describe('popup route', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips through a URL query string', () => {
    const route = { view: 'all' as const, entityId: 'telecom-fraud', query: '最高检 食品安全', tabId: 12 };
    expect(routeFromSearch(routeToSearch(route))).toEqual(route);
    expect(routeFromSearch('?view=bogus')).toBeUndefined();
    expect(routeFromSearch('?tab=3')).toEqual({ view: 'page', tabId: 3 });
    expect(routeFromSearch('')).toBeUndefined();
  });

  it('keeps only known fields of a route from a content script', () => {
    expect(sanitizeRoute({ view: 'all', entityId: 'spp', evil: 1 })).toEqual({ view: 'all', entityId: 'spp' });
    expect(sanitizeRoute({ view: 'admin' })).toBeUndefined();
    expect(sanitizeRoute('all')).toBeUndefined();
  });

  it('hands a stored route to exactly one popup, and drops stale ones', async () => {
    await storeRoute(api, { view: 'all', entityId: 'spp' }, 1000);
    expect(await takeRoute(api, 2000)).toEqual({ view: 'all', entityId: 'spp' });
    expect(await takeRoute(api, 2000)).toBeUndefined();
    await storeRoute(api, { view: 'all' }, 1000);
    expect(await takeRoute(api, 1000 + ROUTE_TTL_MS + 1)).toBeUndefined();
  });

  it('opens the real popup where action.openPopup works', async () => {
    const openPopup = vi.fn(async () => undefined);
    fakeBrowser.action.openPopup = openPopup as never;
    expect(await openPopupAt(api, { view: 'all', entityId: 'mps' }, { id: 3, windowId: 9 })).toBe('popup');
    expect(openPopup).toHaveBeenCalledWith({ windowId: 9 });
    expect((await fakeBrowser.storage.session.get(POPUP_ROUTE_KEY))[POPUP_ROUTE_KEY]).toMatchObject({ entityId: 'mps' });
  });

  it('falls back to popup.html in a tab next to the page', async () => {
    fakeBrowser.action.openPopup = (async () => {
      throw new Error('Could not find an active browser window.');
    }) as never;
    fakeBrowser.runtime.getURL = ((path: string) => `chrome-extension://abc${path}`) as never;
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openPopupAt(api, { view: 'all', entityId: 'mps' }, { id: 3, windowId: 1, index: 0 })).toBe('tab');
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://abc/popup.html?view=all&entity=mps&tab=3',
      index: 1,
      windowId: 1,
    });
    // The stored route is not left for the next, unrelated popup.
    expect(await takeRoute(api)).toBeUndefined();
  });
});

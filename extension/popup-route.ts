/**
 * Where the popup opens. The tooltip's «查看全部承诺» link and the context-menu lookup ask the
 * background to open the popup at a route; the route travels in storage.session (`popupRoute`), read
 * once by the next popup, or in the URL (popup.html?view=all&entity=…) when the popup has to open in
 * a tab (browsers without `action.openPopup`, or no focused window).
 */
import type { BrowserApi } from './browser-api.ts';
import type { PopupRoute } from './protocol.ts';

export const POPUP_ROUTE_KEY = 'popupRoute';
/** A stored route older than this was not meant for the popup opening now. */
export const ROUTE_TTL_MS = 60_000;

export interface PopupLocation extends PopupRoute {
  /** The tab the popup is about (tests and tab-opened popups, whose own tab is not the page). */
  tabId?: number;
}

const VIEWS: readonly PopupRoute['view'][] = ['page', 'all', 'settings'];

export function routeToSearch(route: PopupLocation): string {
  const params = new URLSearchParams({ view: route.view });
  if (route.entityId) params.set('entity', route.entityId);
  if (route.query) params.set('q', route.query);
  if (route.tabId !== undefined) params.set('tab', String(route.tabId));
  return `?${params}`;
}

/** The route in a popup URL's query string; undefined when it names none. */
export function routeFromSearch(search: string): PopupLocation | undefined {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const tab = Number(params.get('tab'));
  const tabId = params.has('tab') && Number.isInteger(tab) && tab >= 0 ? tab : undefined;
  if (!view || !VIEWS.includes(view as PopupRoute['view'])) return tabId === undefined ? undefined : { view: 'page', tabId };
  const route: PopupLocation = { view: view as PopupRoute['view'] };
  const entity = params.get('entity');
  const query = params.get('q');
  if (entity) route.entityId = entity.slice(0, 100);
  if (query) route.query = query.slice(0, 500);
  if (tabId !== undefined) route.tabId = tabId;
  return route;
}

/** The popup page's URL at a route (for opening it in a tab). */
export function popupUrl(api: BrowserApi, location: PopupLocation): string {
  const getURL = api.runtime.getURL as (path: string) => string;
  return getURL(`/popup.html${routeToSearch(location)}`);
}

/** Keeps only the fields a route may have, with sane lengths (it may come from a content script). */
export function sanitizeRoute(route: unknown): PopupRoute | undefined {
  if (!route || typeof route !== 'object') return undefined;
  const r = route as Record<string, unknown>;
  if (!VIEWS.includes(r.view as PopupRoute['view'])) return undefined;
  const out: PopupRoute = { view: r.view as PopupRoute['view'] };
  if (typeof r.entityId === 'string' && r.entityId) out.entityId = r.entityId.slice(0, 100);
  if (typeof r.query === 'string' && r.query) out.query = r.query.slice(0, 500);
  return out;
}

export async function storeRoute(api: BrowserApi, route: PopupRoute, now = Date.now()): Promise<void> {
  await api.storage.session.set({ [POPUP_ROUTE_KEY]: { ...route, at: now } });
}

/** Reads and removes the stored route (each route is for one popup opening). */
export async function takeRoute(api: BrowserApi, now = Date.now()): Promise<PopupRoute | undefined> {
  const stored = (await api.storage.session.get(POPUP_ROUTE_KEY))[POPUP_ROUTE_KEY] as
    | (PopupRoute & { at?: number })
    | undefined;
  if (!stored) return undefined;
  await api.storage.session.remove(POPUP_ROUTE_KEY);
  if (typeof stored.at !== 'number' || now - stored.at > ROUTE_TTL_MS) return undefined;
  return sanitizeRoute(stored);
}

/**
 * Opens the popup at `route`: the real popup where `action.openPopup` works, else popup.html in a
 * new tab next to `fromTab`. Returns how it was opened.
 */
export async function openPopupAt(
  api: BrowserApi,
  route: PopupRoute,
  fromTab?: { id?: number; windowId?: number; index?: number },
): Promise<'popup' | 'tab'> {
  await storeRoute(api, route);
  try {
    if (typeof api.action.openPopup !== 'function') throw new Error('no action.openPopup');
    await api.action.openPopup(fromTab?.windowId !== undefined ? { windowId: fromTab.windowId } : undefined);
    return 'popup';
  } catch {
    await api.storage.session.remove(POPUP_ROUTE_KEY);
    const location: PopupLocation = { ...route, ...(fromTab?.id !== undefined ? { tabId: fromTab.id } : {}) };
    await api.tabs.create({
      url: popupUrl(api, location),
      ...(fromTab?.index !== undefined ? { index: fromTab.index + 1 } : {}),
      ...(fromTab?.windowId !== undefined ? { windowId: fromTab.windowId } : {}),
    });
    return 'tab';
  }
}

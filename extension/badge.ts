/**
 * The action badge: the current tab's mention count, per tab, from the per-tab records in
 * storage.session (extension/tab-state.ts). Per-tab badge text already follows tab switches; the
 * records let the badge be rebuilt after the service worker restarts, when a tab is activated, and
 * be cleared as soon as a tab leaves the page that was counted.
 */
import type { BrowserApi } from './browser-api.ts';
import type { MentionCounts } from './protocol.ts';
import { badgeTextFor, tabScanKey, totalMentions, type TabScan } from './tab-state.ts';

export const BADGE_COLOUR = '#8a1c1c';

export async function readTabScan(api: BrowserApi, tabId: number): Promise<TabScan | undefined> {
  const key = tabScanKey(tabId);
  return (await api.storage.session.get(key))[key] as TabScan | undefined;
}

/** Records one frame's counts and updates the tab's badge. Returns the tab's record. */
export async function recordFrameCounts(
  api: BrowserApi,
  tabId: number,
  frameId: number,
  url: string,
  counts: MentionCounts,
): Promise<TabScan> {
  const stored = await readTabScan(api, tabId);
  // A report from the top frame with a new URL starts a fresh record (navigation) — unless the
  // record holds only subframes so far: an iframe can finish scanning before its parent page.
  const fresh = !stored || (frameId === 0 && stored.frames['0'] !== undefined && stored.url !== url);
  const scan: TabScan = {
    // The top page's URL; '' until the top frame reports (a subframe only knows its own URL).
    url: frameId === 0 ? url : (stored?.url ?? ''),
    frames: { ...(fresh ? {} : stored.frames), [frameId]: counts },
    updatedAt: Date.now(),
  };
  await api.storage.session.set({ [tabScanKey(tabId)]: scan });
  await api.action.setBadgeText({ tabId, text: badgeTextFor(totalMentions(scan)) });
  return scan;
}

/** Sets the tab's badge from its record (or clears it when there is none). */
export async function syncBadge(api: BrowserApi, tabId: number): Promise<string> {
  const text = badgeTextFor(totalMentions(await readTabScan(api, tabId)));
  await api.action.setBadgeText({ tabId, text });
  return text;
}

export async function forgetTab(api: BrowserApi, tabId: number): Promise<void> {
  await api.storage.session.remove(tabScanKey(tabId));
  await api.action.setBadgeText({ tabId, text: '' }).catch(() => undefined); // tab may be gone
}

const withoutHash = (url: string): string => url.replace(/#.*$/, '');

/**
 * tabs.onUpdated: when a tab starts loading a different page, its count is stale until the new page
 * reports. `tab.url` is only visible for pages the extension may access: a page it cannot see
 * (chrome://, another extension, a site without permission) has no content script, so no count.
 */
export async function onTabUpdated(
  api: BrowserApi,
  tabId: number,
  change: { status?: string; url?: string },
  tab: { url?: string },
): Promise<boolean> {
  if (change.status !== 'loading' && change.url === undefined) return false;
  const stored = await readTabScan(api, tabId);
  if (!stored) return false;
  const url = change.url ?? tab.url;
  if (url !== undefined && withoutHash(url) === withoutHash(stored.url)) return false;
  await forgetTab(api, tabId);
  return true;
}

/**
 * Sites the reader switched on (siteRules.alwaysOn, each with an optional host permission) get the
 * manifest's content script through `scripting.registerContentScripts`, kept in step with the rules
 * and the granted permissions. A tab already showing such a site gets the script injected at once.
 */
import type { BrowserApi } from './browser-api.ts';
import type { SiteRules } from './settings.ts';
import { matchPatternsFor, originsForHost, ruleCovers } from './site-rules.ts';

export const ALWAYS_ON_SCRIPT_ID = 'zhengfa-always-on';

/** The content script's files, from the manifest WXT generated (so names never drift). */
export function contentScriptFiles(api: BrowserApi): { js: string[]; css: string[] } {
  const entry = api.runtime.getManifest().content_scripts?.[0];
  return { js: entry?.js ?? [], css: entry?.css ?? [] };
}

/** alwaysOn hosts that are not switched off and whose permission is granted. */
export async function grantedAlwaysOnHosts(api: BrowserApi, rules: SiteRules): Promise<string[]> {
  const hosts = rules.alwaysOn.filter((host) => !rules.neverOn.some((rule) => ruleCovers(rule, host)));
  const granted = await Promise.all(
    hosts.map((host) => api.permissions.contains({ origins: originsForHost(host) }).catch(() => false)),
  );
  return hosts.filter((_, i) => granted[i]);
}

/**
 * Registers, updates or unregisters the always-on content script so it matches exactly the granted
 * alwaysOn hosts. Returns the match patterns now registered.
 */
export async function syncRegisteredContentScript(api: BrowserApi, rules: SiteRules): Promise<string[]> {
  const matches = matchPatternsFor(await grantedAlwaysOnHosts(api, rules));
  const existing = await api.scripting.getRegisteredContentScripts({ ids: [ALWAYS_ON_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await api.scripting.unregisterContentScripts({ ids: [ALWAYS_ON_SCRIPT_ID] });
    return [];
  }
  const { js, css } = contentScriptFiles(api);
  const script = {
    id: ALWAYS_ON_SCRIPT_ID,
    matches,
    js,
    ...(css.length > 0 ? { css } : {}),
    allFrames: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
  return matches;
}

/**
 * Runs the content script in a tab that is already open, unless it already runs there
 * (`isRunning` asks it, e.g. with getPageMentions). Returns true when it injected.
 */
export async function injectIntoTab(
  api: BrowserApi,
  tabId: number,
  isRunning: () => Promise<boolean>,
): Promise<boolean> {
  if (await isRunning().catch(() => false)) return false;
  const { js, css } = contentScriptFiles(api);
  if (css.length > 0) await api.scripting.insertCSS({ target: { tabId, allFrames: true }, files: css });
  await api.scripting.executeScript({ target: { tabId, allFrames: true }, files: js as never });
  return true;
}

/**
 * Runs the content script in every open tab of the given (granted) hosts where it does not run yet:
 * a site just switched on should not need a reload. `isRunning(tabId)` asks the tab's script.
 * Returns the ids of the tabs it injected into.
 */
export async function injectIntoOpenTabs(
  api: BrowserApi,
  hosts: string[],
  isRunning: (tabId: number) => Promise<boolean>,
): Promise<number[]> {
  if (hosts.length === 0) return [];
  const tabs = await api.tabs.query({ url: matchPatternsFor(hosts) }).catch(() => []);
  const injected: number[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const tabId = tab.id;
    if (await injectIntoTab(api, tabId, () => isRunning(tabId)).catch(() => false)) injected.push(tabId);
  }
  return injected;
}

/**
 * Every stored setting, typed and versioned (WXT storage items). Reader preferences live in
 * `sync:` so they follow the reader across browsers; nothing here ever leaves the browser's own
 * storage. Every context watches them and applies changes live. Loading this module runs the
 * migrations (the background does at every start); the content script reads the same keys
 * through extension/page-settings.ts instead, without them.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_HIGHLIGHT_SETTINGS, DEFAULT_SITE_RULES, SETTING_KEYS, sanitizeHighlightSettings, sanitizeSiteRules,
  type HighlightSettings, type SiteRules, type UiLanguage,
} from './settings-values.ts';

export * from './settings-values.ts';

export const highlightSettings = storage.defineItem<HighlightSettings>(SETTING_KEYS.highlight, {
  fallback: DEFAULT_HIGHLIGHT_SETTINGS,
  // v2: every stored value is complete and valid (v1 stored whatever was written, possibly partial).
  version: 2,
  migrations: { 2: sanitizeHighlightSettings },
});

export const siteRules = storage.defineItem<SiteRules>(SETTING_KEYS.siteRules, {
  fallback: DEFAULT_SITE_RULES,
  // v2: hosts are canonical. v1 kept entries as typed ("https://News.cn/", "www.x.com:8080"),
  // which never matched a page's host, and allowed a host in both lists.
  version: 2,
  migrations: { 2: sanitizeSiteRules },
});

export const uiLanguage = storage.defineItem<UiLanguage>(SETTING_KEYS.uiLanguage, {
  fallback: 'auto',
  version: 1,
});

/** Puts every setting back to its default (options page «恢复默认»). */
export async function resetAllSettings(): Promise<void> {
  await Promise.all([
    highlightSettings.setValue(DEFAULT_HIGHLIGHT_SETTINGS),
    siteRules.setValue(DEFAULT_SITE_RULES),
    uiLanguage.setValue('auto'),
  ]);
}

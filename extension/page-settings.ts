/**
 * The settings as the content script reads them: one storage read for all three, values passed
 * through the same sanitisers the migrations use, and watchers. The content script runs on every
 * page load, so it does not define the WXT storage items (extension/settings.ts): defining an item
 * with migrations runs them at once, two storage reads per item before the first getValue(), which
 * made settings the largest part of evaluating content.js. Migrations run where settings.ts loads
 * (the background at every start, the popup, the options page); a value not migrated yet reads here
 * exactly as its migration would write it.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_HIGHLIGHT_SETTINGS, DEFAULT_SITE_RULES, SETTING_KEYS, sanitizeHighlightSettings, sanitizeSiteRules, sanitizeUiLanguage,
  type HighlightSettings, type SiteRules, type UiLanguage,
} from './settings-values.ts';

export interface PageSettings {
  highlight: HighlightSettings;
  siteRules: SiteRules;
  uiLanguage: UiLanguage;
}

const read = {
  highlight: (value: unknown) => (value == null ? DEFAULT_HIGHLIGHT_SETTINGS : sanitizeHighlightSettings(value)),
  siteRules: (value: unknown) => (value == null ? DEFAULT_SITE_RULES : sanitizeSiteRules(value)),
  uiLanguage: (value: unknown) => sanitizeUiLanguage(value ?? 'auto'),
} satisfies { [K in keyof PageSettings]: (value: unknown) => PageSettings[K] };

/** All three settings, in one storage read. */
export async function readPageSettings(): Promise<PageSettings> {
  const [highlight, siteRules, uiLanguage] = await storage.getItems([SETTING_KEYS.highlight, SETTING_KEYS.siteRules, SETTING_KEYS.uiLanguage]);
  return { highlight: read.highlight(highlight!.value), siteRules: read.siteRules(siteRules!.value), uiLanguage: read.uiLanguage(uiLanguage!.value) };
}

/** Calls `onChange` with a setting's new value whenever another context writes it; returns the unwatch. */
export function watchPageSetting<K extends keyof PageSettings>(name: K, onChange: (value: PageSettings[K]) => void): () => void {
  return storage.watch(SETTING_KEYS[name], (value) => onChange(read[name](value) as PageSettings[K]));
}

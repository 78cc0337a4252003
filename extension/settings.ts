/**
 * Every stored setting, typed and versioned (WXT storage items). Reader preferences live in
 * `sync:` so they follow the reader across browsers; nothing here ever leaves the browser's own
 * storage. Every context watches these items and applies changes live.
 */
import { storage } from 'wxt/utils/storage';
import type { CategoryId } from '../data/schema.ts';

export interface HighlightSettings {
  /** Categories the reader has switched off; all others are highlighted. */
  disabledCategories: CategoryId[];
  /** Background tint plus underline, or underline only (calmer on busy pages). */
  style: 'background' | 'underline';
  /** Okabe–Ito palette for readers with colour-vision deficiencies. */
  palette: 'default' | 'colour-blind';
  /** Delay before a hover opens the tooltip. */
  tooltipDelayMs: number;
}

export const DEFAULT_HIGHLIGHT_SETTINGS: HighlightSettings = {
  disabledCategories: [],
  style: 'background',
  palette: 'default',
  tooltipDelayMs: 300,
};

export const highlightSettings = storage.defineItem<HighlightSettings>('sync:highlightSettings', {
  fallback: DEFAULT_HIGHLIGHT_SETTINGS,
  version: 1,
});

export interface SiteRules {
  /** Hosts switched on beyond the built-in news sites (needs an optional host permission). */
  alwaysOn: string[];
  /** Hosts the reader switched off, including built-in news sites. */
  neverOn: string[];
}

export const siteRules = storage.defineItem<SiteRules>('sync:siteRules', {
  fallback: { alwaysOn: [], neverOn: [] },
  version: 1,
});

export type UiLanguage = 'auto' | 'zh_CN' | 'zh_TW' | 'en';

export const uiLanguage = storage.defineItem<UiLanguage>('sync:uiLanguage', {
  fallback: 'auto',
  version: 1,
});

/**
 * Every stored setting, typed and versioned (WXT storage items). Reader preferences live in
 * `sync:` so they follow the reader across browsers; nothing here ever leaves the browser's own
 * storage. Every context watches these items and applies changes live.
 */
import { storage } from 'wxt/utils/storage';
import { CATEGORY_IDS, type CategoryId } from '../data/schema.ts';
import { canonicalHost } from './site-rules.ts';

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

export const TOOLTIP_DELAY_RANGE = { min: 0, max: 2000 } as const;

/**
 * Any stored highlight settings → a complete, valid value. WXT returns a stored object as it is
 * (the fallback only replaces a missing value), so a value written by an older build — or synced from
 * another browser running one — may lack fields or hold category ids that no longer exist.
 */
export function sanitizeHighlightSettings(value: unknown): HighlightSettings {
  const old = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof HighlightSettings, unknown>>;
  const known = new Set<string>(CATEGORY_IDS);
  const disabled = Array.isArray(old.disabledCategories)
    ? [...new Set(old.disabledCategories.filter((id): id is CategoryId => typeof id === 'string' && known.has(id)))]
    : DEFAULT_HIGHLIGHT_SETTINGS.disabledCategories;
  const delay = typeof old.tooltipDelayMs === 'number' && Number.isFinite(old.tooltipDelayMs)
    ? Math.round(Math.min(TOOLTIP_DELAY_RANGE.max, Math.max(TOOLTIP_DELAY_RANGE.min, old.tooltipDelayMs)))
    : DEFAULT_HIGHLIGHT_SETTINGS.tooltipDelayMs;
  return {
    disabledCategories: disabled,
    style: old.style === 'underline' || old.style === 'background' ? old.style : DEFAULT_HIGHLIGHT_SETTINGS.style,
    palette: old.palette === 'colour-blind' || old.palette === 'default' ? old.palette : DEFAULT_HIGHLIGHT_SETTINGS.palette,
    tooltipDelayMs: delay,
  };
}

export const highlightSettings = storage.defineItem<HighlightSettings>('sync:highlightSettings', {
  fallback: DEFAULT_HIGHLIGHT_SETTINGS,
  // v2: every stored value is complete and valid (v1 stored whatever was written, possibly partial).
  version: 2,
  migrations: { 2: sanitizeHighlightSettings },
});

export interface SiteRules {
  /** Hosts switched on beyond the built-in news sites (needs an optional host permission). */
  alwaysOn: string[];
  /** Hosts the reader switched off, including built-in news sites. */
  neverOn: string[];
}

export const DEFAULT_SITE_RULES: SiteRules = { alwaysOn: [], neverOn: [] };

/**
 * Any stored site rules → canonical host names (lower case, no scheme/path/port, punycode),
 * without duplicates, and never both on and off (off wins: it is the reader's safer choice).
 */
export function sanitizeSiteRules(value: unknown): SiteRules {
  const old = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof SiteRules, unknown>>;
  const hosts = (list: unknown): string[] =>
    Array.isArray(list)
      ? [...new Set(list.flatMap((entry) => (typeof entry === 'string' ? (canonicalHost(entry) ?? []) : [])))]
      : [];
  const neverOn = hosts(old.neverOn);
  const alwaysOn = hosts(old.alwaysOn).filter((host) => !neverOn.includes(host));
  return { alwaysOn, neverOn };
}

export const siteRules = storage.defineItem<SiteRules>('sync:siteRules', {
  fallback: DEFAULT_SITE_RULES,
  // v2: hosts are canonical. v1 kept entries as typed ("https://News.cn/", "www.x.com:8080"),
  // which never matched a page's host, and allowed a host in both lists.
  version: 2,
  migrations: { 2: sanitizeSiteRules },
});

export type UiLanguage = 'auto' | 'zh_CN' | 'zh_TW' | 'en';

export const uiLanguage = storage.defineItem<UiLanguage>('sync:uiLanguage', {
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

/**
 * The settings' types, defaults and sanitisers, free of side effects: importing extension/settings.ts
 * defines the WXT storage items, which run their migrations (storage reads) as the module loads;
 * the content script reads settings without that (extension/page-settings.ts).
 */
import { CATEGORY_IDS, type CategoryId } from '../data/schema.ts';
import { canonicalHost } from './site-rules.ts';

/** Storage keys of the settings (WXT `sync:` items; the version sits under key + '$'). */
export const SETTING_KEYS = {
  highlight: 'sync:highlightSettings',
  siteRules: 'sync:siteRules',
  uiLanguage: 'sync:uiLanguage',
} as const;

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

export type UiLanguage = 'auto' | 'zh_CN' | 'zh_TW' | 'en';

const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'zh_CN', 'zh_TW', 'en'];

/** Any stored UI language → a known one ('auto' otherwise). */
export function sanitizeUiLanguage(value: unknown): UiLanguage {
  return UI_LANGUAGES.includes(value as UiLanguage) ? (value as UiLanguage) : 'auto';
}

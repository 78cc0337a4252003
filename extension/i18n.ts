/**
 * UI strings come from public/_locales (zh_CN default, zh_TW, en) — the same files the browser
 * uses for the manifest. They are also bundled here because the reader can pick the UI language
 * in the options page, which `browser.i18n.getMessage` (fixed to the browser's locale) cannot do.
 */
import zhCN from '../public/_locales/zh_CN/messages.json' with { type: 'json' };
import zhTW from '../public/_locales/zh_TW/messages.json' with { type: 'json' };
import en from '../public/_locales/en/messages.json' with { type: 'json' };
import type { UiLanguage } from './settings.ts';

export type Locale = Exclude<UiLanguage, 'auto'>;
export type MessageKey = keyof typeof zhCN;

type Catalogue = Record<string, { message: string } | undefined>;
const CATALOGUES: Record<Locale, Catalogue> = { zh_CN: zhCN, zh_TW: zhTW, en };

/** The locale to show for a setting; `auto` follows the browser's UI language. */
export function resolveLocale(setting: UiLanguage, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  const lang = browserLanguage.toLowerCase();
  if (/^zh[-_](tw|hk|mo|hant)/.test(lang)) return 'zh_TW';
  if (lang.startsWith('zh')) return 'zh_CN';
  return lang.startsWith('en') ? 'en' : 'zh_CN';
}

/**
 * Looks up a message, substituting $1…$9 with `substitutions`. Falls back to zh_CN (the default
 * locale, which has every key) so a missing translation never shows a raw key.
 */
export function translate(locale: Locale, key: MessageKey, substitutions: (string | number)[] = []): string {
  const entry = CATALOGUES[locale][key] ?? CATALOGUES.zh_CN[key];
  const template = entry?.message ?? key;
  return template.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

export type Translate = (key: MessageKey, substitutions?: (string | number)[]) => string;

export function translator(locale: Locale): Translate {
  return (key, substitutions) => translate(locale, key, substitutions);
}

/**
 * Hooks shared by the popup and the options page: stored settings that follow every change (in this
 * page, another page or another browser via sync), and the reader's UI language.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { resolveLocale, translator, type Locale, type Translate } from '../../extension/i18n.ts';
import { uiLanguage } from '../../extension/settings.ts';

/** The item's value (undefined until read), live: watch() re-renders on every change. */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}

const HTML_LANG: Record<Locale, string> = { zh_CN: 'zh-CN', zh_TW: 'zh-TW', en: 'en' };

/** The reader's UI language (options page choice, else the browser's), and a translator for it. */
export function useLocale(): { locale: Locale; t: Translate; ready: boolean } {
  const setting = useStorageItem(uiLanguage);
  const locale = resolveLocale(setting ?? 'auto', browser.i18n.getUILanguage());
  const t = useMemo(() => translator(locale), [locale]);
  // Layout effect: the lang attribute changes with the text, so screen readers never mix them.
  useLayoutEffect(() => {
    document.documentElement.lang = HTML_LANG[locale];
    document.title = t(document.body.dataset.titleKey === 'optionsTitle' ? 'optionsTitle' : 'extName');
  }, [locale, t]);
  return { locale, t, ready: setting !== undefined };
}

/**
 * Commitment texts for the reader's language. The dataset keeps each text in simplified Chinese
 * and English; zh_TW readers get the traditional form generated at build time
 * (lib/generated/zh-tw-text.ts, opencc-js cn → tw). Used by the popup, the options preview and the
 * background's tooltip measures — not by the content script, which carries no commitment text.
 */
import type { Locale } from '../../extension/i18n.ts';
import { ZH_TW_TEXT } from '../../lib/generated/zh-tw-text.ts';

/** `zhCN` (a dataset text) in the reader's script: traditional for zh_TW, as given otherwise. */
export function inScript(zhCN: string, locale: Locale): string {
  return locale === 'zh_TW' ? (ZH_TW_TEXT[zhCN] ?? zhCN) : zhCN;
}

/** A dataset text pair in the reader's language. */
export function localText(zhCN: string, en: string, locale: Locale): string {
  return locale === 'en' ? en : inScript(zhCN, locale);
}

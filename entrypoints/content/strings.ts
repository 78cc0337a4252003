/**
 * The content script's UI strings. Each message is read as a static member of a namespace import
 * of the _locales JSON, so the bundler keeps only the tooltip/content messages and drops the
 * popup's and options page's (~4 KB gzipped): the content script loads on every news page and
 * has a 60 KB budget. Lookup rules are those of extension/i18n.ts (zh_CN fallback, $1…$9).
 */
import * as zhCN from '../../public/_locales/zh_CN/messages.json';
import * as zhTW from '../../public/_locales/zh_TW/messages.json';
import * as en from '../../public/_locales/en/messages.json';
import type { Locale } from '../../extension/i18n.ts';

type Entry = { message: string };

const CATALOGUES = {
  zh_CN: {
    tooltipDialogLabel: zhCN.tooltipDialogLabel,
    tooltipClose: zhCN.tooltipClose,
    tooltipAgencies: zhCN.tooltipAgencies,
    tooltipListSeparator: zhCN.tooltipListSeparator,
    tooltipMeasuresHeading: zhCN.tooltipMeasuresHeading,
    tooltipLoadingMeasures: zhCN.tooltipLoadingMeasures,
    tooltipNoMeasures: zhCN.tooltipNoMeasures,
    tooltipStatement: zhCN.tooltipStatement,
    tooltipTarget: zhCN.tooltipTarget,
    tooltipDeadline: zhCN.tooltipDeadline,
    tooltipSpeaker: zhCN.tooltipSpeaker,
    tooltipSource: zhCN.tooltipSource,
    tooltipFullList: zhCN.tooltipFullList,
    contentAnnounceMention: zhCN.contentAnnounceMention,
    contentNoMentions: zhCN.contentNoMentions,
  },
  zh_TW: {
    tooltipDialogLabel: zhTW.tooltipDialogLabel,
    tooltipClose: zhTW.tooltipClose,
    tooltipAgencies: zhTW.tooltipAgencies,
    tooltipListSeparator: zhTW.tooltipListSeparator,
    tooltipMeasuresHeading: zhTW.tooltipMeasuresHeading,
    tooltipLoadingMeasures: zhTW.tooltipLoadingMeasures,
    tooltipNoMeasures: zhTW.tooltipNoMeasures,
    tooltipStatement: zhTW.tooltipStatement,
    tooltipTarget: zhTW.tooltipTarget,
    tooltipDeadline: zhTW.tooltipDeadline,
    tooltipSpeaker: zhTW.tooltipSpeaker,
    tooltipSource: zhTW.tooltipSource,
    tooltipFullList: zhTW.tooltipFullList,
    contentAnnounceMention: zhTW.contentAnnounceMention,
    contentNoMentions: zhTW.contentNoMentions,
  },
  en: {
    tooltipDialogLabel: en.tooltipDialogLabel,
    tooltipClose: en.tooltipClose,
    tooltipAgencies: en.tooltipAgencies,
    tooltipListSeparator: en.tooltipListSeparator,
    tooltipMeasuresHeading: en.tooltipMeasuresHeading,
    tooltipLoadingMeasures: en.tooltipLoadingMeasures,
    tooltipNoMeasures: en.tooltipNoMeasures,
    tooltipStatement: en.tooltipStatement,
    tooltipTarget: en.tooltipTarget,
    tooltipDeadline: en.tooltipDeadline,
    tooltipSpeaker: en.tooltipSpeaker,
    tooltipSource: en.tooltipSource,
    tooltipFullList: en.tooltipFullList,
    contentAnnounceMention: en.contentAnnounceMention,
    contentNoMentions: en.contentNoMentions,
  },
} satisfies Record<Locale, Record<string, Entry | undefined>>;

export type ContentMessageKey = keyof (typeof CATALOGUES)['zh_CN'];
export type ContentTranslate = (key: ContentMessageKey, substitutions?: (string | number)[]) => string;

export function contentTranslate(locale: Locale, key: ContentMessageKey, substitutions: (string | number)[] = []): string {
  const entry: Entry | undefined = CATALOGUES[locale][key] ?? CATALOGUES.zh_CN[key];
  const template = entry?.message ?? key;
  return template.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

export function contentTranslator(locale: Locale): ContentTranslate {
  return (key, substitutions) => contentTranslate(locale, key, substitutions);
}

import { describe, expect, it } from 'vitest';
import zhCN from '../../public/_locales/zh_CN/messages.json' with { type: 'json' };
import zhTW from '../../public/_locales/zh_TW/messages.json' with { type: 'json' };
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import { resolveLocale, translate } from '../../extension/i18n.ts';

const OWN = /^(popup|options|menu|common)/;
const placeholders = (text: string) => [...text.matchAll(/\$\d|%s/g)].map((m) => m[0]).sort();

describe('popup / options / menu strings', () => {
  const keys = Object.keys(zhCN).filter((key) => OWN.test(key));

  it('exist in every locale with the same placeholders', () => {
    expect(keys.length).toBeGreaterThan(50);
    for (const catalogue of [zhTW, en] as Record<string, { message: string }>[]) {
      for (const key of keys) {
        const base = (zhCN as Record<string, { message: string }>)[key]!.message;
        expect(catalogue[key]?.message, key).toBeTruthy();
        expect(placeholders(catalogue[key]!.message), key).toEqual(placeholders(base));
      }
    }
  });

  it('substitutes values and follows the chosen language', () => {
    expect(translate('zh_CN', 'popupPageSummary', [17])).toBe('本页共 17 处标注');
    expect(translate('en', 'commonSource', ['Xinhua News Agency', '2024-01-15', 5])).toBe('Xinhua News Agency, 2024-01-15, para. 5');
    expect(translate('zh_TW', 'menuLookup')).toContain('%s');
    expect(resolveLocale('auto', 'zh-HK')).toBe('zh_TW');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
  });
});

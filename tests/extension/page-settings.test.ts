import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageSettings, watchPageSetting } from '../../extension/page-settings.ts';
import { DEFAULT_HIGHLIGHT_SETTINGS, DEFAULT_SITE_RULES, highlightSettings, siteRules } from '../../extension/settings.ts';

describe('settings as the content script reads them', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults when nothing is stored', async () => {
    expect(await readPageSettings()).toEqual({ highlight: DEFAULT_HIGHLIGHT_SETTINGS, siteRules: DEFAULT_SITE_RULES, uiLanguage: 'auto' });
  });

  it('reads a value not migrated yet exactly as its migration writes it', async () => {
    const v1 = {
      highlightSettings: { disabledCategories: ['crime', 'gone-category', 'crime'], style: 'underline' },
      highlightSettings$: { v: 1 },
      siteRules: { alwaysOn: ['https://Example.COM/news/1', 'both.net'], neverOn: ['News.CN.', 'both.net', 42] },
      siteRules$: { v: 1 },
      uiLanguage: 'klingon',
    };
    await fakeBrowser.storage.sync.set(v1);
    const read = await readPageSettings();
    expect(read.uiLanguage).toBe('auto');
    await highlightSettings.migrate();
    await siteRules.migrate();
    expect(read.highlight).toEqual(await highlightSettings.getValue());
    expect(read.siteRules).toEqual(await siteRules.getValue());
    expect(read.siteRules).toEqual({ alwaysOn: ['example.com'], neverOn: ['news.cn', 'both.net'] });
  });

  it('reports changes written by other contexts, sanitised, until unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = watchPageSetting('highlight', (value) => seen.push(value));
    await highlightSettings.setValue({ ...DEFAULT_HIGHLIGHT_SETTINGS, disabledCategories: ['crime'] });
    await fakeBrowser.storage.sync.set({ highlightSettings: { style: 'underline' } });
    await fakeBrowser.storage.sync.remove('highlightSettings');
    unwatch();
    await highlightSettings.setValue({ ...DEFAULT_HIGHLIGHT_SETTINGS, palette: 'colour-blind' });
    expect(seen).toEqual([
      { ...DEFAULT_HIGHLIGHT_SETTINGS, disabledCategories: ['crime'] },
      { ...DEFAULT_HIGHLIGHT_SETTINGS, style: 'underline' },
      DEFAULT_HIGHLIGHT_SETTINGS,
    ]);
  });
});

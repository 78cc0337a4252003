import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_HIGHLIGHT_SETTINGS,
  highlightSettings,
  resetAllSettings,
  sanitizeHighlightSettings,
  sanitizeSiteRules,
  siteRules,
  uiLanguage,
} from '../../extension/settings.ts';

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates v1 site rules written as typed to canonical hosts', async () => {
    await fakeBrowser.storage.sync.set({
      siteRules: {
        alwaysOn: ['https://Example.COM/news/1', 'www.blog.org:8080', 'example.com', 'bad host', 'both.net'],
        neverOn: ['News.CN.', 'both.net', 42],
      },
      siteRules$: { v: 1 },
    });
    await siteRules.migrate();
    expect(await siteRules.getValue()).toEqual({
      alwaysOn: ['example.com', 'www.blog.org'],
      neverOn: ['news.cn', 'both.net'],
    });
    expect(await siteRules.getMeta()).toMatchObject({ v: 2 });
  });

  it('migrates a partial v1 highlight settings object to a complete one', async () => {
    await fakeBrowser.storage.sync.set({
      highlightSettings: { disabledCategories: ['crime', 'gone-category', 'crime'], style: 'underline' },
      highlightSettings$: { v: 1 },
    });
    await highlightSettings.migrate();
    expect(await highlightSettings.getValue()).toEqual({
      disabledCategories: ['crime'],
      style: 'underline',
      palette: 'default',
      tooltipDelayMs: 300,
    });
    expect(await highlightSettings.getMeta()).toMatchObject({ v: 2 });
  });

  it('leaves current values alone and falls back to defaults when nothing is stored', async () => {
    expect(await highlightSettings.getValue()).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
    const value = { disabledCategories: ['agency' as const], style: 'background' as const, palette: 'colour-blind' as const, tooltipDelayMs: 500 };
    await highlightSettings.setValue(value);
    await highlightSettings.migrate();
    expect(await highlightSettings.getValue()).toEqual(value);
  });

  it('clamps the tooltip delay and rejects unknown styles', () => {
    expect(sanitizeHighlightSettings({ tooltipDelayMs: 99999, style: 'neon', palette: 3 })).toEqual({
      ...DEFAULT_HIGHLIGHT_SETTINGS,
      tooltipDelayMs: 2000,
    });
    expect(sanitizeHighlightSettings(null)).toEqual(DEFAULT_HIGHLIGHT_SETTINGS);
    expect(sanitizeSiteRules('nonsense')).toEqual({ alwaysOn: [], neverOn: [] });
  });

  it('notifies watchers of a change (how open pages apply settings live)', async () => {
    const seen: string[][] = [];
    const unwatch = highlightSettings.watch((value) => seen.push(value.disabledCategories));
    await highlightSettings.setValue({ ...DEFAULT_HIGHLIGHT_SETTINGS, disabledCategories: ['justice'] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(seen).toEqual([['justice']]);
  });

  it('resets every setting', async () => {
    await uiLanguage.setValue('en');
    await siteRules.setValue({ alwaysOn: ['a.com'], neverOn: [] });
    await resetAllSettings();
    expect(await uiLanguage.getValue()).toBe('auto');
    expect(await siteRules.getValue()).toEqual({ alwaysOn: [], neverOn: [] });
  });
});

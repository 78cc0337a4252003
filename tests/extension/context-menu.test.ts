import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dataset } from '../../data/index.ts';
import type { BrowserApi } from '../../extension/browser-api.ts';
import {
  LOOKUP_MENU_ID,
  handleMenuClick,
  lookupSelection,
  retitleContextMenu,
  setUpContextMenu,
} from '../../extension/context-menu.ts';
import { translator } from '../../extension/i18n.ts';
import { createCommitmentSearch } from '../../lib/search.ts';

const api = fakeBrowser as unknown as BrowserApi;
const search = createCommitmentSearch(dataset);

describe('context menu lookup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => undefined) as never;
    fakeBrowser.contextMenus.create = vi.fn(() => LOOKUP_MENU_ID) as never;
    fakeBrowser.contextMenus.update = vi.fn(async () => undefined) as never;
  });

  it('creates one selection item titled in the UI language', async () => {
    await setUpContextMenu(api, translator('zh_CN'));
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({
      id: LOOKUP_MENU_ID,
      title: '在政法透镜中查找“%s”',
      contexts: ['selection'],
    });
    await retitleContextMenu(api, translator('en'));
    expect(fakeBrowser.contextMenus.update).toHaveBeenCalledWith(LOOKUP_MENU_ID, {
      title: 'Look up “%s” in Zhengfa Lens',
    });
  });

  it('finds the commitments for a selected term or sentence', () => {
    expect(lookupSelection(search, '  電信\n詐騙 ').query).toBe('電信 詐騙');
    const fraud = lookupSelection(search, '电信诈骗');
    expect(fraud.ids.length).toBeGreaterThan(0);
    expect(dataset.commitments.find((c) => c.id === fraud.ids[0])!.terms).toContain('telecom-fraud');
    const sentence = lookupSelection(search, '最高检表示，将聚焦直播带货等新业态中的食品安全问题。');
    expect(sentence.ids[0]).toBe('2024-xinhua-spp-online-food-safety');
    expect(sentence.route).toEqual({ view: 'all', query: '最高检表示，将聚焦直播带货等新业态中的食品安全问题。' });
  });

  it('opens the full list at the selection when its item is clicked', async () => {
    const open = vi.fn(async () => undefined);
    const tab = { id: 5, windowId: 1, index: 2 };
    const result = await handleMenuClick(search, { menuItemId: LOOKUP_MENU_ID, selectionText: '扫黑除恶' }, tab, open);
    expect(result?.ids.length).toBeGreaterThan(0);
    expect(open).toHaveBeenCalledWith({ view: 'all', query: '扫黑除恶' }, tab);
    expect(await handleMenuClick(search, { menuItemId: 'other', selectionText: 'x' }, tab, open)).toBeUndefined();
    expect(await handleMenuClick(search, { menuItemId: LOOKUP_MENU_ID, selectionText: '  ' }, tab, open)).toBeUndefined();
    expect(open).toHaveBeenCalledTimes(1);
  });
});

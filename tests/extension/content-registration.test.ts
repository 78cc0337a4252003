import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrowserApi } from '../../extension/browser-api.ts';
import {
  ALWAYS_ON_SCRIPT_ID,
  injectIntoOpenTabs,
  injectIntoTab,
  syncRegisteredContentScript,
} from '../../extension/content-registration.ts';

const api = fakeBrowser as unknown as BrowserApi;

function stubScripting(granted: string[]) {
  const registered: { id: string; matches?: string[] }[] = [];
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
    registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => void registered.push(...scripts)),
    updateContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
      registered.splice(0, registered.length, ...scripts);
    }),
    unregisterContentScripts: vi.fn(async () => void registered.splice(0)),
    executeScript: vi.fn(async () => []),
    insertCSS: vi.fn(async () => undefined),
  };
  fakeBrowser.scripting = scripting as never;
  fakeBrowser.permissions.contains = vi.fn(async ({ origins }: { origins: string[] }) =>
    origins.every((o) => granted.includes(o)),
  ) as never;
  fakeBrowser.runtime.getManifest = (() => ({
    manifest_version: 3,
    content_scripts: [{ matches: ['*://news.cn/*'], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }],
  })) as never;
  return { scripting, registered };
}

describe('content script registration for sites the reader switched on', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers granted, not-switched-off alwaysOn hosts only', async () => {
    const { scripting, registered } = stubScripting(['*://a.example/*', '*://b.example/*']);
    const matches = await syncRegisteredContentScript(api, {
      alwaysOn: ['a.example', 'b.example', 'not-granted.example'],
      neverOn: ['b.example'],
    });
    expect(matches).toEqual(['*://a.example/*']);
    expect(scripting.registerContentScripts).toHaveBeenCalledWith([
      expect.objectContaining({
        id: ALWAYS_ON_SCRIPT_ID,
        matches: ['*://a.example/*'],
        js: ['content-scripts/content.js'],
        css: ['content-scripts/content.css'],
        allFrames: true,
      }),
    ]);
    expect(registered).toHaveLength(1);

    // A second sync updates in place; an empty list unregisters.
    await syncRegisteredContentScript(api, { alwaysOn: ['a.example', 'b.example'], neverOn: [] });
    expect(scripting.updateContentScripts).toHaveBeenCalledTimes(1);
    expect(registered[0]!.matches).toEqual(['*://a.example/*', '*://b.example/*']);
    await syncRegisteredContentScript(api, { alwaysOn: [], neverOn: [] });
    expect(registered).toHaveLength(0);
  });

  it('injects into an open tab unless the content script already answers', async () => {
    const { scripting } = stubScripting([]);
    expect(await injectIntoTab(api, 7, async () => true)).toBe(false);
    expect(scripting.executeScript).not.toHaveBeenCalled();
    expect(await injectIntoTab(api, 7, async () => Promise.reject(new Error('No response')))).toBe(true);
    expect(scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, allFrames: true },
      files: ['content-scripts/content.js'],
    });
    expect(scripting.insertCSS).toHaveBeenCalled();
  });
});

describe('injecting into open tabs of a site just switched on', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects into matching tabs where the script does not run yet', async () => {
    const { scripting } = stubScripting(['*://a.example/*']);
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 1 }, { id: 2 }, {}]) as never;
    const injected = await injectIntoOpenTabs(api, ['a.example'], async (tabId) => tabId === 2);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ url: ['*://a.example/*'] });
    expect(injected).toEqual([1]);
    expect(scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(await injectIntoOpenTabs(api, [], async () => false)).toEqual([]);
  });
});

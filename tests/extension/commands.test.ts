import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BrowserApi } from '../../extension/browser-api.ts';
import { handleCommand } from '../../extension/commands.ts';

const api = fakeBrowser as unknown as BrowserApi;

describe('keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('steps to the next / previous mention on the active tab', async () => {
    const step = vi.fn(async () => true);
    const active = { id: 17 };
    fakeBrowser.tabs.query = vi.fn(async () => [active]) as never;
    expect(await handleCommand(api, 'next-mention', step)).toBe(true);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(step).toHaveBeenLastCalledWith(17, 1);
    expect(await handleCommand(api, 'previous-mention', step, { id: 42 })).toBe(true);
    expect(step).toHaveBeenLastCalledWith(42, -1);
    expect(await handleCommand(api, 'unknown', step)).toBe(false);
  });

  it('ignores pages without the content script', async () => {
    const step = vi.fn(async () => Promise.reject(new Error('No response')));
    expect(await handleCommand(api, 'next-mention', step, { id: 1 })).toBe(false);
  });
});

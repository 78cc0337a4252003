/**
 * Keyboard commands (manifest `commands`): move to the next / previous mention on the active tab.
 * Highlights are invisible to screen readers and keyboards; this gives both a way through them.
 */
import type { BrowserApi } from './browser-api.ts';

export const COMMAND_DIRECTIONS: Readonly<Record<string, 1 | -1>> = {
  'next-mention': 1,
  'previous-mention': -1,
};

export async function handleCommand(
  api: BrowserApi,
  command: string,
  step: (tabId: number, direction: 1 | -1) => Promise<unknown>,
  tab?: { id?: number },
): Promise<boolean> {
  const direction = COMMAND_DIRECTIONS[command];
  if (!direction) return false;
  const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return false;
  try {
    await step(tabId, direction);
    return true;
  } catch {
    return false; // no content script on this page
  }
}

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isOwnSender, onMessage, type MentionCounts } from '../extension/protocol.ts';
import { badgeTextFor, tabScanKey, totalMentions, type TabScan } from '../extension/tab-state.ts';

async function recordFrameCounts(
  tabId: number,
  frameId: number,
  url: string,
  counts: MentionCounts,
): Promise<void> {
  const key = tabScanKey(tabId);
  const stored = (await browser.storage.session.get(key))[key] as TabScan | undefined;
  // A report from the top frame with a new URL starts a fresh record (navigation).
  const fresh = !stored || (frameId === 0 && stored.url !== url);
  const scan: TabScan = {
    url: frameId === 0 ? url : (stored?.url ?? url),
    frames: { ...(fresh ? {} : stored.frames), [frameId]: counts },
    updatedAt: Date.now(),
  };
  await browser.storage.session.set({ [key]: scan });
  await browser.action.setBadgeText({ tabId, text: badgeTextFor(totalMentions(scan)) });
}

export default defineBackground(() => {
  void browser.action.setBadgeBackgroundColor({ color: '#8a1c1c' });

  onMessage('reportMentions', async ({ sender, data }) => {
    if (!isOwnSender(sender, browser.runtime.id) || sender.tab?.id === undefined) return;
    await recordFrameCounts(sender.tab.id, sender.frameId ?? 0, sender.url ?? '', data);
  });

  // A navigation clears the tab's badge until the new page reports; never show a stale count.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void browser.storage.session.remove(tabScanKey(tabId));
      void browser.action.setBadgeText({ tabId, text: '' });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabScanKey(tabId));
  });
});

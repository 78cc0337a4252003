/**
 * The background only wires browser events to the small modules in extension/ (each takes the
 * browser API as a parameter and is unit-tested with fakeBrowser).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dataset } from '../data/index.ts';
import { BADGE_COLOUR, forgetTab, onTabUpdated, syncBadge } from '../extension/badge.ts';
import { createBackgroundHandlers } from '../extension/background-handlers.ts';
import { handleCommand } from '../extension/commands.ts';
import { grantedAlwaysOnHosts, injectIntoOpenTabs, syncRegisteredContentScript } from '../extension/content-registration.ts';
import { handleMenuClick, retitleContextMenu, setUpContextMenu } from '../extension/context-menu.ts';
import { resolveLocale, translator } from '../extension/i18n.ts';
import { openPopupAt } from '../extension/popup-route.ts';
import { onMessage, sendMessage } from '../extension/protocol.ts';
import { siteRules, uiLanguage } from '../extension/settings.ts';
import { createCommitmentSearch, type CommitmentSearch } from '../lib/search.ts';
import { createMeasureService, sanitizeMeasuresRequest } from '../extension/measures.ts';
import { createMentionFinder, sanitizeFindRequest } from '../extension/find-mentions.ts';
import { AUTOMATON } from '../lib/generated/automaton.ts';
import { urlRegion } from '../lib/sites.ts';

export default defineBackground(() => {
  const api = browser;
  let search: CommitmentSearch | undefined;
  const getSearch = (): CommitmentSearch => (search ??= createCommitmentSearch(dataset));
  const open = (route: Parameters<typeof openPopupAt>[1], tab?: Parameters<typeof openPopupAt>[2]) =>
    openPopupAt(api, route, tab);
  const currentTranslator = async () =>
    translator(resolveLocale(await uiLanguage.getValue(), api.i18n.getUILanguage()));

  void api.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });

  // Messages (every handler checks isOwnSender).
  const measures = createMeasureService(dataset);
  const describeMeasures = (data: unknown) => {
    const request = sanitizeMeasuresRequest(data, dataset);
    return request && measures(request);
  };
  const finder = createMentionFinder(dataset, AUTOMATON);
  const findMentions = (data: unknown, url: string | undefined) => {
    const request = sanitizeFindRequest(data, dataset);
    return request && finder(request, urlRegion(url));
  };
  const handlers = createBackgroundHandlers(api, { openPopupAt: open, describeMeasures, findMentions });
  onMessage('reportMentions', handlers.reportMentions);
  onMessage('openFullList', handlers.openFullList);
  onMessage('describeMeasures', handlers.describeMeasures);
  onMessage('findMentions', handlers.findMentions);

  // Badge: per-tab text, rebuilt on activation (e.g. after the worker was stopped), cleared on navigation.
  api.tabs.onActivated.addListener(({ tabId }) => void syncBadge(api, tabId).catch(() => undefined));
  api.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(api, tabId, change, tab));
  api.tabs.onRemoved.addListener((tabId) => void forgetTab(api, tabId));

  // Context menu on selected text.
  void currentTranslator().then((t) => setUpContextMenu(api, t)).catch(() => undefined);
  uiLanguage.watch(() => void currentTranslator().then((t) => retitleContextMenu(api, t)).catch(() => undefined));
  api.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(getSearch(), info, tab, open));

  // Keyboard commands → the active tab's content script.
  api.commands.onCommand.addListener((command, tab) =>
    void handleCommand(api, command, (tabId, direction) => sendMessage('stepMention', { direction }, tabId), tab),
  );

  // Sites the reader switched on: keep the registered content script in step with rules and
  // permissions, and run it in open tabs of those sites at once. One sync at a time, so a rule
  // change and the permission grant that follows it never inject into the same tab twice.
  const isRunning = (tabId: number) =>
    sendMessage('getPageMentions', undefined, tabId).then((answer) => answer !== undefined, () => false);
  let syncing: Promise<unknown> = Promise.resolve();
  const syncSites = () =>
    (syncing = syncing
      .then(async () => {
        const rules = await siteRules.getValue();
        await syncRegisteredContentScript(api, rules).catch(() => []);
        await injectIntoOpenTabs(api, await grantedAlwaysOnHosts(api, rules), isRunning);
      })
      .catch(() => undefined)); // a failed sync must not block the next one
  void syncSites();
  siteRules.watch(() => void syncSites());
  api.permissions.onAdded.addListener(() => void syncSites());
  api.permissions.onRemoved.addListener(() => void syncSites());
});

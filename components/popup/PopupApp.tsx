/**
 * The toolbar popup: 本页 (this tab's mentions), 全部承诺 (every commitment, searchable) and 设置.
 * Opened normally it is about the active tab; opened in a tab (tooltip link fallback, tests) the
 * URL names the tab (?tab=<id>) and the view (?view=all&entity=…&q=…).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PopupRoute } from '../../extension/protocol.ts';
import { sendMessage } from '../../extension/protocol.ts';
import { routeFromSearch, takeRoute } from '../../extension/popup-route.ts';
import { highlightSettings, siteRules } from '../../extension/settings.ts';
import { useLocale, useStorageItem } from '../common/hooks.ts';
import { Tabs } from '../common/Tabs.tsx';
import { AllView } from './AllView.tsx';
import { countByCategory, pageStateFrom, type PageState } from '../../extension/page-state.ts';
import { PageView } from './PageView.tsx';
import { SettingsView } from './SettingsView.tsx';

type View = PopupRoute['view'];

interface Target {
  tabId?: number;
  url?: string;
  /** The popup runs in a tab of its own (not the toolbar popup). */
  inTab: boolean;
}

async function resolveTarget(tabParam: number | undefined): Promise<Target> {
  if (tabParam !== undefined) {
    const tab = await browser.tabs.get(tabParam).catch(() => undefined);
    return { tabId: tabParam, url: tab?.url, inTab: true };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id, url: tab?.url, inTab: false };
}

export function PopupApp() {
  const { locale, t } = useLocale();
  const settings = useStorageItem(highlightSettings);
  const rules = useStorageItem(siteRules);
  const [route, setRoute] = useState<PopupRoute & { tabId?: number }>();
  const [view, setView] = useState<View>('page');
  const [target, setTarget] = useState<Target>();
  const [page, setPage] = useState<PageState>({ status: 'loading' });

  // Route: the URL's, else one stored by the background (tooltip link, context menu).
  useEffect(() => {
    const fromUrl = routeFromSearch(window.location.search);
    const urlNamesView = new URLSearchParams(window.location.search).has('view');
    void (async () => {
      const stored = await takeRoute(browser).catch(() => undefined); // always consumed
      const next = (urlNamesView ? fromUrl : stored) ?? { view: 'page' as const };
      setRoute(next);
      setView(next.view);
      setTarget(await resolveTarget(fromUrl?.tabId));
    })();
  }, []);

  const loadPage = useCallback(
    async (retries = 2) => {
      if (!target || !rules) return;
      if (target.tabId === undefined) {
        setPage(pageStateFrom(undefined, undefined, rules));
        return;
      }
      let answer;
      for (let attempt = 0; attempt <= retries; attempt++) {
        answer = await sendMessage('getPageMentions', undefined, target.tabId).catch(() => undefined);
        if (answer) break;
        if (attempt < retries) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      setPage(pageStateFrom(answer, target.url, rules));
    },
    [target, rules],
  );

  // Reload when the site rules change: the content script applies them first, so give it a moment.
  const [loadedOnce, setLoadedOnce] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => void loadPage().then(() => setLoadedOnce(true)), loadedOnce ? 200 : 0);
    return () => clearTimeout(timer);
  }, [loadPage]);

  const reveal = (index: number) => {
    if (!target?.tabId) return;
    const tabId = target.tabId;
    void sendMessage('revealMention', { index }, tabId)
      .catch(() => false)
      .then(async () => {
        if (target.inTab) await browser.tabs.update(tabId, { active: true });
        else window.close();
      });
  };

  // The background runs the content script in this tab once the permission is in (permissions.onAdded).
  const onSiteEnabled = async () => {
    await loadPage(12);
  };

  const ready = route && settings && rules;
  return (
    <>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
      </header>
      <main>
        {ready ? (
          <Tabs<View>
            idPrefix="popup"
            label={t('popupTabList')}
            selected={view}
            onSelect={setView}
            tabs={[
              { key: 'page', label: t('popupTabPage') },
              { key: 'all', label: t('popupTabAll') },
              { key: 'settings', label: t('popupTabSettings') },
            ]}
          >
            {view === 'page' && <PageView state={page} locale={locale} t={t} onReveal={reveal} />}
            {view === 'all' && (
              <AllView locale={locale} t={t} initialQuery={route.query} initialEntity={route.entityId} />
            )}
            {view === 'settings' && (
              <SettingsView
                locale={locale}
                t={t}
                settings={settings}
                rules={rules}
                host={page.status === 'loading' ? undefined : page.host}
                counts={page.status === 'loading' ? {} : countByCategory(page.mentions)}
                onSiteEnabled={onSiteEnabled}
              />
            )}
          </Tabs>
        ) : (
          <p class="muted">{t('commonLoading')}</p>
        )}
      </main>
    </>
  );
}

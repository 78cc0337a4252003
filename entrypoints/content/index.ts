/**
 * Content script entry: wiring only. Decides whether to run here (site switched off? any CJK
 * text? Highlight API present?), owns the one disposer for everything, answers the popup's and the
 * background's messages, and starts/stops a ContentSession as settings change live.
 *
 * Double injection (the background's registerContentScripts for reader-enabled sites may overlap a
 * manifest match) is safe: WXT's context invalidates the older instance when a newer one starts,
 * and the older one's `ctx.onInvalidated` releases everything it held.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_CONTENT_MATCHES } from '../../lib/sites.ts';
import { onMessage, sendMessage, type MentionCounts, type PageStatus } from '../../extension/protocol.ts';
import { resolveLocale, type Locale } from '../../extension/i18n.ts';
import { readPageSettings, watchPageSetting } from '../../extension/page-settings.ts';
import type { HighlightSettings, SiteRules } from '../../extension/settings-values.ts';
import { hostOfUrl, ruleCovers } from '../../extension/site-rules.ts';
import { pageDataset as dataset } from '../../data/page.ts';
import type { FindMentionsRequest } from '../../extension/find-mentions.ts';
import { CJK } from './dom-rules.ts';
import { hasHighlightApi } from './highlighter.ts';
import { ContentSession } from './session.ts';

export default defineContentScript({
  matches: [...DEFAULT_CONTENT_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void start(ctx);
  },
});

/** True as soon as one text node (or the title) holds a CJK character; stops at the first. */
function pageHasCjk(): boolean {
  if (CJK.test(document.title)) return true;
  const root = document.body ?? document.documentElement;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (CJK.test((node as Text).data)) return true;
  }
  return false;
}

function siteIsOff(rules: SiteRules): boolean {
  const host = hostOfUrl(location.href);
  return !!host && rules.neverOn.some((rule) => ruleCovers(rule, host));
}

async function start(ctx: ContentScriptContext): Promise<void> {
  const isTop = window === window.top;
  const disposers: Array<() => void> = [];
  const dispose = () => {
    for (const fn of disposers.splice(0).reverse()) {
      try {
        fn();
      } catch {
        // Release the rest regardless.
      }
    }
  };
  ctx.onInvalidated(dispose);

  const report = (counts: MentionCounts) => {
    if (ctx.isValid) sendMessage('reportMentions', counts).catch(() => undefined);
  };
  const EMPTY: MentionCounts = { total: 0, byCategory: {} };

  let session: ContentSession | undefined;
  let status: PageStatus = 'ok';
  let settings: HighlightSettings;
  let rules: SiteRules;
  let locale: Locale;
  try {
    const stored = await readPageSettings();
    settings = stored.highlight;
    rules = stored.siteRules;
    locale = resolveLocale(stored.uiLanguage, navigator.language);
  } catch {
    // Storage unavailable (extension reloaded under us): do nothing.
    return;
  }
  if (ctx.isInvalid) return;

  const stopSession = () => {
    session?.dispose();
    session = undefined;
  };
  disposers.push(stopSession);

  const startSession = () => {
    if (session || ctx.isInvalid) return;
    if (!hasHighlightApi()) {
      // Never fall back to wrapping text in elements: say so in the popup instead.
      status = 'no-highlight-api';
      report(EMPTY);
      return;
    }
    status = 'ok';
    if (!pageHasCjk()) {
      report(EMPTY);
      return;
    }
    // The matching core runs in the background, once for every tab (extension/find-mentions.ts).
    const find = (request: FindMentionsRequest) => sendMessage('findMentions', request);
    session = new ContentSession({ ctx, dataset, find, settings, locale, report });
  };

  const applyRules = () => {
    if (siteIsOff(rules)) {
      stopSession();
      status = 'disabled';
      report(EMPTY);
    } else {
      startSession();
    }
  };

  // Page-level requests go to the top frame only: the popup lists and steps through one document.
  // Subframes (same-origin iframes included) scan themselves and report their counts for the badge.
  if (isTop) {
    disposers.push(
      onMessage('getPageMentions', () => ({
        url: location.href,
        status,
        mentions: session?.pageMentions() ?? [],
      })),
      onMessage('revealMention', ({ data }) => session?.reveal(data.index) ?? false),
      onMessage('stepMention', ({ data }) => session?.step(data.direction === -1 ? -1 : 1) ?? false),
    );
  }

  disposers.push(
    watchPageSetting('siteRules', (value) => {
      rules = value;
      applyRules();
    }),
    watchPageSetting('highlight', (value) => {
      settings = value;
      session?.applySettings(value);
    }),
    watchPageSetting('uiLanguage', (value) => {
      locale = resolveLocale(value, navigator.language);
      session?.setLocale(locale);
    }),
  );

  // SPA navigation: the page's content is replaced without a load; start afresh.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!session) applyRules();
    else session.restart();
  });

  applyRules();
}

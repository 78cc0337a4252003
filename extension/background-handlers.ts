/**
 * Handlers of the typed messages the background answers. Every handler first checks that the
 * message comes from one of this extension's own contexts (web pages and other extensions cannot
 * reach runtime.onMessage without externally_connectable, but a compromised content-script world
 * or a future manifest change should not turn into a hole).
 */
import type { BrowserApi } from './browser-api.ts';
import { recordFrameCounts } from './badge.ts';
import { isOwnSender, type MentionCounts, type PopupRoute } from './protocol.ts';
import { sanitizeRoute } from './popup-route.ts';
import type { CATEGORY_IDS } from '../data/schema.ts';
import type { MeasureView } from '../components/tooltip/model.ts';
import type { FindMentionsReply } from './find-mentions.ts';

export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; windowId?: number; index?: number };
}

type CategoryKey = (typeof CATEGORY_IDS)[number];

/** Counts as a content script may send them → a well-formed MentionCounts (or undefined). */
export function sanitizeCounts(data: unknown): MentionCounts | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { total, byCategory } = data as { total?: unknown; byCategory?: unknown };
  if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) return undefined;
  const out: MentionCounts = { total: Math.floor(total), byCategory: {} };
  if (byCategory && typeof byCategory === 'object') {
    for (const [key, value] of Object.entries(byCategory)) {
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out.byCategory[key as CategoryKey] = Math.floor(value);
    }
  }
  return out;
}

export interface BackgroundDeps {
  openPopupAt(route: PopupRoute, fromTab?: MessageSender['tab']): Promise<unknown>;
  /** The measures for an unchecked request (extension/measures.ts), or undefined when it is malformed. */
  describeMeasures(data: unknown): MeasureView[] | undefined;
  /**
   * The mentions for an unchecked request (extension/find-mentions.ts) from the page at `url` (the
   * sender's, as the browser reports it), or undefined when the request is malformed.
   */
  findMentions(data: unknown, url: string | undefined): FindMentionsReply | undefined;
}

export function createBackgroundHandlers(api: BrowserApi, deps: BackgroundDeps) {
  // Frames of one tab report independently; their read-modify-write of the tab record is
  // serialised per tab so one frame's report never overwrites another's.
  const queues = new Map<number, Promise<unknown>>();
  const perTab = (tabId: number, task: () => Promise<unknown>): Promise<void> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
    queues.set(tabId, next);
    void next.finally(() => {
      if (queues.get(tabId) === next) queues.delete(tabId);
    });
    return next.then(() => undefined);
  };
  return {
    /** content → background: a frame's counts changed; updates the tab record and badge. */
    async reportMentions({ sender, data }: { sender: MessageSender; data: unknown }): Promise<void> {
      if (!isOwnSender(sender, api.runtime.id) || sender.tab?.id === undefined) return;
      const counts = sanitizeCounts(data);
      if (!counts) return;
      const tabId = sender.tab.id;
      await perTab(tabId, () => recordFrameCounts(api, tabId, sender.frameId ?? 0, sender.url ?? '', counts));
    },
    /** content (tooltip link) → background: open the full list filtered to an entity. */
    async openFullList({ sender, data }: { sender: MessageSender; data: unknown }): Promise<void> {
      if (!isOwnSender(sender, api.runtime.id)) return;
      const route = sanitizeRoute(data);
      if (!route) return;
      await deps.openPopupAt(route, sender.tab);
    },
    /** content (tooltip) → background: a mention's measures, ranked by its sentence. */
    describeMeasures({ sender, data }: { sender: MessageSender; data: unknown }): MeasureView[] {
      if (!isOwnSender(sender, api.runtime.id)) return [];
      return deps.describeMeasures(data) ?? [];
    },
    /** content (scan) → background: the mentions in the page's text flows. */
    findMentions({ sender, data }: { sender: MessageSender; data: unknown }): FindMentionsReply {
      if (!isOwnSender(sender, api.runtime.id)) return { records: [], state: [], coreMs: 0 };
      return deps.findMentions(data, sender.url) ?? { records: [], state: [], coreMs: 0 };
    },
  };
}

/**
 * The one typed protocol for every message between the extension's contexts
 * (content script ⇄ background ⇄ popup/options). Handlers must check `isOwnSender` first:
 * messages from other extensions or web pages are ignored.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CategoryId } from '../data/schema.ts';
import type { FoundMention } from '../lib/mention-records.ts';
import type { MeasureView } from '../components/tooltip/model.ts';
import type { MeasuresRequest } from './measures.ts';
import type { FindMentionsReply, FindMentionsRequest } from './find-mentions.ts';

/**
 * One mention on a page, as the popup lists it: the core's mention without its block offsets
 * (meaningless outside the page) and without commitments (the popup lists entities; measures are
 * the tooltip's, see describeMeasures), plus `index`, its position in page order.
 */
export type PageMention = Omit<FoundMention, 'start' | 'end'> & { index: number };

export type PageStatus =
  /** Scanned; `mentions` may be empty. */
  | 'ok'
  /** The reader switched the extension off for this site. */
  | 'disabled'
  /** The browser cannot run the content script here (browser pages, PDFs, store pages). */
  | 'unsupported'
  /** The browser lacks the CSS Custom Highlight API. */
  | 'no-highlight-api';

export interface PageMentions {
  url: string;
  status: PageStatus;
  mentions: PageMention[];
}

export interface MentionCounts {
  total: number;
  byCategory: Partial<Record<CategoryId, number>>;
}

/** Where the popup should open, e.g. from a tooltip's "full list" link. */
export interface PopupRoute {
  view: 'page' | 'all' | 'settings';
  entityId?: string;
  query?: string;
}

export interface ProtocolMap {
  /** content → background: this frame's mention counts changed (badge). */
  reportMentions(counts: MentionCounts): void;
  /** popup → content (tab): list this page's mentions. */
  getPageMentions(): PageMentions;
  /** popup / background → content: scroll to a mention, flash it and open its tooltip. */
  revealMention(data: { index: number }): boolean;
  /** background → content: keyboard command to move between mentions. */
  stepMention(data: { direction: 1 | -1 }): boolean;
  /** content → background: open the full commitment list, filtered to an entity. */
  openFullList(route: PopupRoute): void;
  /** content → background: the tooltip's measures for a mention, ranked by its sentence. */
  describeMeasures(request: MeasuresRequest): MeasureView[];
  /** content → background: the mentions in a page's text flows (extension/find-mentions.ts). */
  findMentions(request: FindMentionsRequest): FindMentionsReply;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;

/** True when a message comes from one of this extension's own contexts. */
export function isOwnSender(sender: { id?: string } | undefined, ownId: string): boolean {
  return sender?.id === ownId;
}

/**
 * What the popup knows about the tab it is about: the content script's answer to getPageMentions,
 * or why there is none. DOM-free, so it is unit-testable.
 */
import type { PageMention, PageMentions, PageStatus } from './protocol.ts';
import type { SiteRules } from './settings.ts';
import { hostOfUrl, siteState } from './site-rules.ts';

export type PageState =
  | { status: 'loading' }
  | { status: PageStatus | 'not-enabled'; mentions: PageMention[]; host?: string };

/**
 * The page state from the content script's answer, or — when it did not answer — from the tab's
 * URL and the site rules: a web page the extension does not run on is 'not-enabled' (the reader can
 * switch it on), a switched-off site 'disabled', anything else (chrome://, PDF viewer, web store)
 * 'unsupported'.
 */
export function pageStateFrom(answer: PageMentions | undefined, tabUrl: string | undefined, rules: SiteRules): PageState {
  if (answer) {
    const host = hostOfUrl(answer.url) ?? hostOfUrl(tabUrl);
    return { status: answer.status, mentions: answer.mentions ?? [], ...(host ? { host } : {}) };
  }
  const host = hostOfUrl(tabUrl);
  if (!host) return { status: 'unsupported', mentions: [] };
  const state = siteState(host, rules);
  if (state === 'off') return { status: 'disabled', mentions: [], host };
  if (state === 'not-enabled') return { status: 'not-enabled', mentions: [], host };
  // A site the script should run on but did not answer: a store page, a PDF, or still loading.
  return { status: 'unsupported', mentions: [], host };
}

export interface MentionGroup {
  entityId: string;
  entity: string;
  kind: 'agency' | 'term';
  category: PageMention['category'];
  /** Page-order indexes of the group's mentions. */
  indexes: number[];
}

/** Mentions grouped by entity (agency or term), groups in order of first appearance. */
export function groupMentions(mentions: PageMention[]): { agencies: MentionGroup[]; terms: MentionGroup[] } {
  const groups = new Map<string, MentionGroup>();
  for (const m of [...mentions].sort((a, b) => a.index - b.index)) {
    const key = `${m.kind}:${m.entityId}`;
    let group = groups.get(key);
    if (!group) {
      group = { entityId: m.entityId, entity: m.entity, kind: m.kind, category: m.category, indexes: [] };
      groups.set(key, group);
    }
    group.indexes.push(m.index);
  }
  const all = [...groups.values()];
  return { agencies: all.filter((g) => g.kind === 'agency'), terms: all.filter((g) => g.kind === 'term') };
}

/** Mentions per category, for the settings view's switches. */
export function countByCategory(mentions: PageMention[]): Partial<Record<PageMention['category'], number>> {
  const out: Partial<Record<PageMention['category'], number>> = {};
  for (const m of mentions) out[m.category] = (out[m.category] ?? 0) + 1;
  return out;
}

import { describe, expect, it } from 'vitest';
import { countByCategory, groupMentions, pageStateFrom } from '../../extension/page-state.ts';
import type { PageMention } from '../../extension/protocol.ts';

const mention = (index: number, kind: 'agency' | 'term', entityId: string, category: PageMention['category']): PageMention => ({
  index,
  text: entityId,
  kind,
  entityId,
  entity: entityId,
  category,
  agencies: [],
});

const none = { alwaysOn: [], neverOn: [] };

describe('popup page state', () => {
  it('takes the content script answer as it is', () => {
    const answer = { url: 'https://www.news.cn/a', status: 'ok' as const, mentions: [mention(0, 'agency', 'spp', 'agency')] };
    expect(pageStateFrom(answer, undefined, none)).toEqual({ status: 'ok', mentions: answer.mentions, host: 'www.news.cn' });
    expect(pageStateFrom({ ...answer, status: 'no-highlight-api', mentions: [] }, undefined, none).status).toBe('no-highlight-api');
  });

  it('explains a tab that did not answer', () => {
    expect(pageStateFrom(undefined, 'chrome://extensions/', none)).toEqual({ status: 'unsupported', mentions: [] });
    expect(pageStateFrom(undefined, undefined, none).status).toBe('unsupported');
    expect(pageStateFrom(undefined, 'https://blog.example.com/x', none)).toEqual({
      status: 'not-enabled',
      mentions: [],
      host: 'blog.example.com',
    });
    expect(pageStateFrom(undefined, 'https://www.news.cn/x', { alwaysOn: [], neverOn: ['news.cn'] }).status).toBe('disabled');
    // A news site that should run the script but did not answer (e.g. a PDF on it).
    expect(pageStateFrom(undefined, 'https://www.news.cn/a.pdf', none).status).toBe('unsupported');
  });

  it('groups mentions by agency and by term in page order, and counts categories', () => {
    const mentions = [
      mention(2, 'term', 'telecom-fraud', 'crime'),
      mention(0, 'agency', 'spp', 'agency'),
      mention(1, 'agency', 'mps', 'agency'),
      mention(3, 'agency', 'spp', 'agency'),
      mention(4, 'term', 'food-safety', 'livelihood'),
    ];
    const { agencies, terms } = groupMentions(mentions);
    expect(agencies.map((g) => [g.entityId, g.indexes])).toEqual([
      ['spp', [0, 3]],
      ['mps', [1]],
    ]);
    expect(terms.map((g) => g.entityId)).toEqual(['telecom-fraud', 'food-safety']);
    expect(countByCategory(mentions)).toEqual({ agency: 3, crime: 1, livelihood: 1 });
  });
});

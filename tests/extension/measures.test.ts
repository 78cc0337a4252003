import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createAnnotator } from '../../lib/annotate.ts';
import { RECORD_STRIDE } from '../../lib/mention-records.ts';
import { groupContext, sentenceGroups } from '../../lib/sentence.ts';
import { measureViews } from '../../components/tooltip/measures.ts';
import { createMeasureService, sanitizeMeasuresRequest, type MeasuresRequest } from '../../extension/measures.ts';

/**
 * The request the content script sends for a mention: its sentence group from the page's records
 * (entrypoints/content/page-mentions.ts sentenceOf).
 */
function requestFor(text: string, index: number, locale: MeasuresRequest['locale'] = 'zh_CN'): { request: MeasuresRequest; commitments: string[] } {
  const found = { text, records: createAnnotator(dataset, { rank: false }).records(text), stride: RECORD_STRIDE };
  const context = groupContext(found, sentenceGroups(found), index, dataset);
  const mention = createAnnotator(dataset).annotate(text)[index]!;
  const request = {
    kind: mention.kind, entityId: mention.entityId, locale,
    sentence: { text: context.text, terms: [...context.terms], agencies: [...context.agencies] },
  };
  return { request, commitments: mention.commitments };
}

describe('tooltip measures from the background', () => {
  const describeMeasures = createMeasureService(dataset);

  it('ranks as the core does for the mention in its sentence: 最高检 + 食品安全 lists the food-safety measure first', () => {
    const text = '会议指出，最高检将聚焦社区团购、直播带货等新业态涉食品安全问题开展专项监督。公安部部署打击电信网络诈骗。';
    const { request, commitments } = requestFor(text, 0);
    expect(request.entityId).toBe('spp');
    const rows = describeMeasures(JSON.parse(JSON.stringify(request)) as MeasuresRequest);
    expect(rows.map((r) => r.id)).toEqual(commitments.slice(0, rows.length));
    expect(rows[0]!.summary).toContain('食品');
    expect(describeMeasures({ ...request, locale: 'en' })).toEqual(measureViews(commitments, dataset, 'en'));
  });

  it('accepts only well-formed requests about known entities', () => {
    const { request } = requestFor('公安部部署打击电信网络诈骗犯罪。', 1);
    expect(sanitizeMeasuresRequest(JSON.parse(JSON.stringify(request)), dataset)).toEqual(request);
    for (const bad of [
      undefined, 'x', { ...request, kind: 'other' }, { ...request, entityId: 'nope' }, { ...request, locale: 'fr' },
      { ...request, sentence: { ...request.sentence, text: 7 } }, { ...request, sentence: { ...request.sentence, terms: ['nope'] } },
      { ...request, sentence: { ...request.sentence, agencies: 'mps' } }, { ...request, sentence: { ...request.sentence, text: 'x'.repeat(5000) } },
    ]) {
      expect(sanitizeMeasuresRequest(bad, dataset)).toBeUndefined();
    }
  });
});

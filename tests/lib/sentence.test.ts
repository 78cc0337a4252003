import { describe, it, expect } from 'vitest';
import { dataset } from '../../data/index.ts';
import { createAnnotator } from '../../lib/annotate.ts';
import { RECORD_STRIDE } from '../../lib/mention-records.ts';
import { createRanker } from '../../lib/rank.ts';
import { groupContext, sentenceAround, sentenceGroups } from '../../lib/sentence.ts';

describe('sentenceAround', () => {
  it('returns the sentence containing the span, terminator included, whitespace trimmed', () => {
    const text = '第一句。 最高检要求依法惩治犯罪！第三句\n第四句';
    const at = text.indexOf('最高检');
    expect(sentenceAround(text, at, at + 3).text).toBe('最高检要求依法惩治犯罪！');
    const at3 = text.indexOf('第三句');
    expect(sentenceAround(text, at3, at3 + 3).text).toBe('第三句');
    expect(sentenceAround(text, 0, 1)).toEqual({ start: 0, end: 4, text: '第一句。' });
  });
  it('does not cut at a decimal point and is bounded on text without punctuation', () => {
    const text = '起诉6.7万余人';
    expect(sentenceAround(text, 0, 2).text).toBe(text);
    const long = '字'.repeat(5000);
    const s = sentenceAround(long, 2500, 2501);
    expect(s.end - s.start).toBeLessThanOrEqual(601);
    expect(s.start).toBeLessThanOrEqual(2500);
    expect(s.end).toBeGreaterThanOrEqual(2501);
  });
});

describe('sentence groups from records', () => {
  // Sentences mixing agencies and terms, several mentions per sentence, traditional script too.
  const text = [
    '最高检将聚焦社区团购、直播带货等新业态涉食品安全问题开展专项监督，公安部配合。',
    '公安部部署打击电信网络诈骗犯罪和跨境赌博；最高法发布知识产权司法保护典型案例！',
    '最高人民檢察院推進公益訴訟，司法部推动企业合规改革。坚持和发展新时代“枫桥经验”',
    '扫黑除恶常态化',
  ].join('\n');

  it('rank a mention exactly as the core ranks it: what a page sends the background for its tooltip', () => {
    const ranked = createAnnotator(dataset).annotate(text);
    const records = { text, records: createAnnotator(dataset, { rank: false }).records(text), stride: RECORD_STRIDE };
    expect(ranked.length).toBeGreaterThan(10);
    expect(records.records.length).toBe(ranked.length * RECORD_STRIDE);
    const group = sentenceGroups(records);
    const ranker = createRanker(dataset);
    ranked.forEach((m, k) => {
      const context = groupContext(records, group, k, dataset);
      expect(context.text).toContain(m.text);
      expect(ranker.rank(m.kind, m.entityId, context)).toEqual(m.commitments);
    });
  });

  it('group the mentions that start before their sentence ends, with the entities of the group', () => {
    const records = { text, records: createAnnotator(dataset, { rank: false }).records(text), stride: RECORD_STRIDE };
    const group = sentenceGroups(records);
    // 最高检 社区团购 直播带货 食品安全 公安部 share the first sentence; 公安部 (line 2) starts the
    // next group, 最高法 after the ；the one after.
    expect([...group.slice(0, 9)]).toEqual([0, 0, 0, 0, 0, 5, 5, 5, 8]);
    const first = groupContext(records, group, 1, dataset);
    expect([...first.agencies].sort()).toEqual(['mps', 'spp']);
    expect([...first.terms].sort()).toEqual(['community-group-buying', 'food-safety', 'livestream-sales']);
    expect(first.text).toBe('最高检将聚焦社区团购、直播带货等新业态涉食品安全问题开展专项监督，公安部配合。');
  });
});

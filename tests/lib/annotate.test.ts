import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../data/index.ts';
import { createAnnotator, sentenceAround } from '../../lib/annotate.ts';
import * as core from '../../lib/index.ts';
import { fixture } from './fixture.ts';

describe('createAnnotator / annotate', () => {
  const a = createAnnotator(dataset);

  it('returns mentions with the public shape', () => {
    const text = '最高检将聚焦社区团购、直播带货等新业态涉食品安全问题开展专项监督。';
    const ms = a.annotate(text);
    expect(ms.map((m) => [m.text, m.kind, m.entity, m.category])).toEqual([
      ['最高检', 'agency', '最高人民检察院', 'agency'],
      ['社区团购', 'term', '社区团购', 'livelihood'],
      ['直播带货', 'term', '直播带货', 'livelihood'],
      ['食品安全', 'term', '食品安全', 'livelihood'],
    ]);
    const spp = ms[0]!;
    expect(spp.entityId).toBe('spp');
    expect(spp.agencies).toEqual(['spp']);
    expect(spp.commitments.length).toBeGreaterThan(1);
    const food = dataset.commitments.find((c) => c.id === spp.commitments[0])!;
    expect(food.agency).toBe('spp');
    expect(food.terms).toContain(ms[3]!.entityId);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    // term mentions carry the term's related agencies
    expect(ms[3]!.agencies).toEqual(dataset.terms.find((t) => t.id === ms[3]!.entityId)!.agencies);
  });

  it('annotates traditional text with pinyin annotations, offsets into the original', () => {
    const text = '2023年,檢察機(jī)關(guān)依法嚴(yán)懲電詐網(wǎng)賭';
    const ms = a.annotate(text);
    expect(ms.map((m) => [m.text, m.entity])).toEqual([
      ['檢察機(jī)關(guān)', '最高人民检察院'],
      ['電詐', '电信网络诈骗'],
      ['網(wǎng)賭', '跨境赌博'],
    ]);
  });

  it('is re-entrant across calls (reused buffers do not leak between results)', () => {
    const first = a.annotate('公安部和最高法');
    const second = a.annotate('司法部');
    expect(first.map((m) => m.text)).toEqual(['公安部', '最高法']);
    expect(second.map((m) => m.text)).toEqual(['司法部']);
  });

  it('handles empty and mention-free text, and very long blocks', () => {
    expect(a.annotate('')).toEqual([]);
    expect(a.annotate('天舟七号货运飞船发射成功')).toEqual([]);
    const long = '今天天气很好。'.repeat(20000) + '公安部发布通知。';
    const ms = a.annotate(long);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.start).toBe(long.length - '公安部发布通知。'.length);
  });

  it('ranks commitments on first read, as an eager pass over every mention would', () => {
    const text = '最高检将聚焦社区团购、直播带货等新业态涉食品安全问题开展专项监督。公安部部署打击电信网络诈骗犯罪。最高法发布知识产权司法保护典型案例。';
    const eager = createAnnotator(dataset).annotate(text).map((m) => m.commitments);
    // Read out of order, after the annotator has annotated other text, from a reordered array.
    const lazy = createAnnotator(dataset);
    const ms = lazy.annotate(text);
    lazy.annotate('最高检发布食品安全指导案例。公安部通报。');
    const reversed = [...ms].reverse();
    reversed.pop();
    expect(reversed.map((m) => m.commitments).reverse()).toEqual(eager.slice(1));
    expect(ms[0]!.commitments).toEqual(eager[0]);
    expect(ms.map((m) => m.commitments)).toEqual(eager);
    expect(ms[0]!.commitments).toBe(ms[0]!.commitments); // cached
  });

  it('keeps the public shape: own fields for spreads, commitments in JSON, assignable', () => {
    const [m] = a.annotate('公安部部署打击电信网络诈骗犯罪。');
    expect(Object.keys(m!)).toEqual(['start', 'end', 'text', 'kind', 'entityId', 'entity', 'category', 'agencies']);
    const json = JSON.parse(JSON.stringify(m)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['start', 'end', 'text', 'kind', 'entityId', 'entity', 'category', 'agencies', 'commitments']);
    expect(json.commitments).toEqual(m!.commitments);
    expect({ ...m!, commitments: m!.commitments }).toMatchObject({ text: '公安部', entityId: 'mps', commitments: m!.commitments });
    m!.commitments = ['x'];
    expect(m!.commitments).toEqual(['x']);
    expect(createAnnotator(dataset, { rank: false }).annotate('公安部')[0]!.commitments).toEqual([]);
  });

  it('is exported from lib/index.ts', () => {
    expect(core.createAnnotator).toBe(createAnnotator);
    expect(core.sentenceAround).toBe(sentenceAround);
  });
});


describe('property: offsets always index the input', () => {
  const a = createAnnotator(fixture);
  const aliases = [...fixture.agencies.flatMap((x) => x.aliases), ...fixture.terms.flatMap((t) => t.aliases)].map((al) => al.text);
  const junk = fc.constantFrom('\u200b', '\u00ad', '\ufeff', ' ', '\n', '\u3000', '😀', '\ud800', 'e\u0301', '(wǎng)', '，', 'Ａ', '國');

  it('every span lies inside the input and slices to the reported text (arbitrary strings)', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...aliases), junk, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        let prev = 0;
        for (const m of a.annotate(t)) {
          expect(m.start).toBeGreaterThanOrEqual(prev);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(m.start, m.end)).toBe(m.text);
          prev = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an alias with zero-width characters or a line break inserted is still found, with its original span', () => {
    const inserted = fc.tuple(fc.constantFrom(...aliases.filter((x) => /[\u4e00-\u9fff]/.test(x) && x.length > 1)), fc.nat(), fc.constantFrom('\u200b', '\u200d', '\u2060', '\ufeff', '\u00ad', '\n', ' '));
    fc.assert(
      fc.property(inserted, ([alias, at, z]) => {
        const k = 1 + (at % (alias.length - 1));
        const broken = alias.slice(0, k) + z + alias.slice(k);
        const text = `据报道，${broken}表示。`;
        const ms = a.annotate(text);
        expect(ms.some((m) => m.text === broken && m.start === 4)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

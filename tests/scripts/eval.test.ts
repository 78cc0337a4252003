import { existsSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { DEV_DIR, evaluate, formatResult, loadCorpus } from '../../scripts/eval.ts';

const present = existsSync(DEV_DIR);
if (!present) console.warn(`eval targets skipped: the shared dev corpus is not present at ${DEV_DIR}`);

describe('dev corpus targets (npm run eval)', () => {
  it.skipIf(!present)('recall ≥ 0.95, precision ≥ 0.95, zero trap false positives', () => {
    const r = evaluate(loadCorpus(DEV_DIR));
    const summary = formatResult(r);
    expect(r.all.gold, summary).toBeGreaterThan(0);
    expect(r.all.correct / r.all.gold, summary).toBeGreaterThanOrEqual(0.95);
    expect(r.all.correct / r.all.predicted, summary).toBeGreaterThanOrEqual(0.95);
    expect(r.trapFalsePositives, summary).toBe(0);
    for (const kind of ['agency', 'term'] as const) {
      expect(r.byKind[kind].correct / r.byKind[kind].gold, summary).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('scores a hand-made corpus as expected (the scorer itself)', () => {
    const text = '美国司法部称，公安部和最高法';
    const r = evaluate([
      {
        id: 't', script: 'simplified', text,
        gold: [
          { start: 0, end: 5, surface: '美国司法部', kind: 'trap', canonical: '美国司法部' },
          { start: 7, end: 10, surface: '公安部', kind: 'agency', canonical: '公安部' },
          { start: 11, end: 14, surface: '最高法', kind: 'agency', canonical: '最高人民检察院' }, // wrong canonical on purpose
        ],
      },
    ]);
    expect(r.all).toMatchObject({ gold: 2, predicted: 2, correct: 1 });
    expect(r.trapFalsePositives).toBe(0);
    expect(r.misses).toHaveLength(1);
    expect(r.falsePositives).toHaveLength(1);
  });

  it('reads each document as a page of its source URL\'s site (Taiwan\'s court on a Taiwanese outlet)', () => {
    const text = '最高法院駁回上訴。';
    const trap = { start: 0, end: 4, surface: '最高法院', kind: 'trap' as const, canonical: '最高法院 (Taiwan)' };
    const doc = (url: string | null) => ({ id: 't', script: 'traditional', text, gold: [trap], source: { url } });
    expect(evaluate([doc('https://news.ltn.com.tw/news/1')]).trapFalsePositives).toBe(0);
    expect(evaluate([doc(null)]).trapFalsePositives).toBe(1);
  });
});

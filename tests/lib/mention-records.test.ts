import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { dataset } from '../../data/index.ts';
import { pageDataset } from '../../data/page.ts';
import { createAnnotator } from '../../lib/annotate.ts';
import { entityTable, mentionsFromRecords, RECORD_STRIDE } from '../../lib/mention-records.ts';
import { fixture } from './fixture.ts';

const corpusDir = resolve(import.meta.dirname, '../../../shared/corpus/dev');

/** A mention's own fields, as a page holds them (no commitments). */
const ownFields = ({ start, end, text, kind, entityId, entity, category, agencies }: ReturnType<ReturnType<typeof createAnnotator>['annotate']>[number]) =>
  ({ start, end, text, kind, entityId, entity, category, agencies });

describe('mention records', () => {
  const texts = [
    '最高人民检察院、最高检与公安部门不同；美国司法部起诉，司法部回应。',
    '最高人民\n法院推进電信網(wǎng)絡(luò)詐騙治理，河南省宁陵县人民法院、各级法院',
    '扫黑除恶、枫桥经验、公益诉讼与企业合规',
  ];

  it('describe the same mentions as annotate(), context carried across texts, on the page\'s dataset', () => {
    const annotator = createAnnotator(dataset, { rank: false });
    const table = entityTable(pageDataset);
    const [ctxA, ctxB] = [annotator.createContext(), annotator.createContext()];
    let total = 0;
    for (const text of texts) {
      const records = annotator.records(text, ctxA);
      const expected = annotator.annotate(text, ctxB).map(ownFields);
      expect(records.length).toBe(expected.length * RECORD_STRIDE);
      expect(mentionsFromRecords(text, JSON.parse(JSON.stringify(records)) as number[], table)).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThanOrEqual(10);
  });

  it.skipIf(!existsSync(corpusDir))('describe the same mentions as annotate() on the dev corpus', () => {
    const annotator = createAnnotator(dataset, { rank: false });
    const table = entityTable(dataset);
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
      const { text } = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as { text: string };
      expect(mentionsFromRecords(text, annotator.records(text), table), file).toEqual(annotator.annotate(text).map(ownFields));
    }
  });

  it('use the entity codes of the dataset they were made for', () => {
    const annotator = createAnnotator(fixture, { rank: false });
    const records = annotator.records('最高检与电信网络诈骗');
    expect(mentionsFromRecords('最高检与电信网络诈骗', records, entityTable(fixture)).map((m) => m.entityId)).toEqual(['spp', 'telecom-fraud']);
    expect(() => mentionsFromRecords('最高检', [0, 3, 99], entityTable(fixture))).toThrow(RangeError);
    expect(() => mentionsFromRecords('最高检', [0, 3, -99], entityTable(fixture))).toThrow(RangeError);
  });
});

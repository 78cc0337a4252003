import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/index.ts';
import { inScript, localText } from '../../../components/common/zh-tw.ts';
import { summaryText } from '../../../components/common/text.ts';
import { measureViews } from '../../../components/tooltip/measures.ts';
import { ZH_TW_PATH, renderZhTw } from '../../../scripts/gen-tables.ts';

describe('commitment texts for zh_TW readers', () => {
  const fraud = dataset.commitments.find((c) => c.summary.includes('电信网络诈骗'))!;

  it('are traditional for zh_TW, unchanged for zh_CN, English for en', () => {
    expect(summaryText(fraud, 'zh_TW')).toContain('電信網絡詐騙');
    expect(summaryText(fraud, 'zh_CN')).toBe(fraud.summary);
    expect(summaryText(fraud, 'en')).toBe(fraud.summaryEn);
    expect(inScript('新华社', 'zh_TW')).toBe('新華社');
    expect(localText('新华社', 'Xinhua', 'zh_CN')).toBe('新华社');
    const [row] = measureViews([fraud.id], dataset, 'zh_TW');
    expect(row!.summary).toBe(summaryText(fraud, 'zh_TW'));
    expect(row!.source).toContain('新華社');
  });

  it('cover every summary, and the generated file is up to date', () => {
    for (const c of dataset.commitments) expect(summaryText(c, 'zh_TW')).not.toMatch(/[从对发这为义务会国]/);
    expect(readFileSync(ZH_TW_PATH, 'utf8')).toBe(renderZhTw(dataset));
  });
});

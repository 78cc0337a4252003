import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/index.ts';
import { TOOLTIP_MEASURES, tooltipModel as header, type MentionLike } from '../../../components/tooltip/model.ts';
import { measureViews } from '../../../components/tooltip/measures.ts';
import type { Dataset } from '../../../data/schema.ts';
import type { Locale } from '../../../extension/i18n.ts';

/** A mention with the commitment ids the background ranked for it. */
type RankedMention = MentionLike & { commitments?: readonly string[] };

/** Header (content script) + measures (background), as the tooltip shows them. */
const tooltipModel = (m: RankedMention, d: Dataset, l: Locale, dark: boolean) => ({ ...header(m, d, l, dark), measures: m.commitments && measureViews(m.commitments, d, l) });

const fraud = dataset.terms.find((t) => t.id === 'telecom-fraud')!;
const fraudCommitments = dataset.commitments.filter((c) => c.terms.includes('telecom-fraud')).map((c) => c.id);

const termMention: RankedMention = {
  text: '电诈',
  kind: 'term',
  entityId: fraud.id,
  entity: fraud.name,
  category: fraud.category,
  agencies: fraud.agencies,
  commitments: [...fraudCommitments, 'no-such-commitment'],
};

describe('tooltipModel', () => {
  it('lists at most three measures, in the given (ranked) order, skipping unknown ids', () => {
    const model = tooltipModel(termMention, dataset, 'zh_CN', false);
    expect(model.measures!.length).toBe(Math.min(TOOLTIP_MEASURES, fraudCommitments.length));
    expect(model.measures!.map((m) => m.id)).toEqual(fraudCommitments.slice(0, TOOLTIP_MEASURES));
    const first = dataset.commitments.find((c) => c.id === fraudCommitments[0])!;
    expect(model.measures![0]!.summary).toBe(first.summary);
    expect(model.measures![0]!.source).toBe('新华社, 2024-01-15');
  });

  it('names the canonical entity when the text is an abbreviation, and the related agencies', () => {
    const model = tooltipModel(termMention, dataset, 'zh_CN', false);
    expect(model.entity).toBe('电信网络诈骗');
    expect(model.agencies[0]).toBe(dataset.agencies.find((a) => a.id === fraud.agencies[0])!.name);
    expect(model.category.label).toBe('打击犯罪与社会稳定');
  });

  it('follows the UI language: English summaries and labels, traditional labels', () => {
    const en = tooltipModel(termMention, dataset, 'en', false);
    const first = dataset.commitments.find((c) => c.id === fraudCommitments[0])!;
    expect(en.measures![0]!.summary).toBe(first.summaryEn);
    expect(en.category.label).toBe('Crime and stability');
    expect(en.measures![0]!.source).toBe('Xinhua News Agency, 2024-01-15');
    const tw = tooltipModel({ ...termMention, text: '電詐' }, dataset, 'zh_TW', false);
    expect(tw.category.label).toBe('打擊犯罪與社會穩定');
    expect(tw.entity).toBe('電信網絡詐騙');
  });

  it('the header the content script builds has no measures (loading); measureViews builds them alone', () => {
    const { commitments } = termMention;
    expect(header(termMention, dataset, 'zh_CN', false).measures).toBeUndefined();
    expect(measureViews(commitments!, dataset, 'en')).toEqual(tooltipModel(termMention, dataset, 'en', false).measures);
  });

  it('uses the dark colour pair on dark pages', () => {
    const category = dataset.categories.find((c) => c.id === fraud.category)!;
    expect(tooltipModel(termMention, dataset, 'zh_CN', true).category.background).toBe(category.colours.dark.background);
    expect(tooltipModel(termMention, dataset, 'zh_CN', false).category.background).toBe(category.colours.light.background);
  });

  it('does not repeat an agency as its own related agency; shows speakers of statements', () => {
    const statement = dataset.commitments.find((c) => c.kind === 'statement' && c.speaker)!;
    const agency = dataset.agencies.find((a) => a.id === statement.agency)!;
    const model = tooltipModel(
      { text: agency.name, kind: 'agency', entityId: agency.id, entity: agency.name, category: 'agency', agencies: [agency.id], commitments: [statement.id] },
      dataset,
      'zh_CN',
      false,
    );
    expect(model.agencies).toEqual([]);
    expect(model.entity).toBeUndefined();
    expect(model.measures![0]!.kind).toBe('statement');
    expect(model.measures![0]!.speaker).toContain(statement.speaker!.name);
  });
});

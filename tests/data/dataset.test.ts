import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { dataset } from '../../data/index.ts';
import type { AgencyId } from '../../data/schema.ts';
import { articleParagraphs } from '../../lib/data/paragraphs.ts';
import { formatError, validateDataset } from '../../lib/data/validate.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const seedFile = resolve(repoRoot, '../shared/seed/000_9e49983683141d20.txt');
const corpusDir = resolve(repoRoot, '../shared/corpus/dev');
const hasSeed = existsSync(seedFile);
const hasCorpus = existsSync(corpusDir);
const SKIP_SEED = 'the seed article ../shared/seed/000_9e49983683141d20.txt is absent; skipped';
const SKIP_CORPUS = 'the dev corpus ../shared/corpus/dev is absent; skipped';

/**
 * Paragraphs of the 2024 Xinhua article that carry no measure: the lead (1), the headline (2), the
 * four section headings (3, 11, 18, 25) and the connective sentence 对此，政法机关纷纷拿出实招硬招 (20).
 * Every other paragraph must have at least one commitment.
 */
const NO_MEASURE = [1, 2, 3, 11, 18, 20, 25];

const aliasOwner = new Map<string, string>();
for (const a of dataset.agencies) for (const x of a.aliases) aliasOwner.set(x.text, `agency:${a.id}`);
for (const t of dataset.terms) for (const x of t.aliases) aliasOwner.set(x.text, `term:${t.id}`);
const exclusionTexts = new Map(dataset.exclusions.map((e) => [e.text, e]));

describe('bundled dataset', () => {
  it('passes the validator without the article', () => {
    expect(validateDataset(dataset).errors.map(formatError)).toEqual([]);
  });

  it.skipIf(!hasSeed)(`passes the validator against the seed article (${hasSeed ? 'present' : SKIP_SEED})`, () => {
    const paragraphs = { '2024-xinhua': articleParagraphs(readFileSync(seedFile, 'utf8')) };
    expect(validateDataset(dataset, { paragraphs }).errors.map(formatError)).toEqual([]);
  });

  it.skipIf(!hasSeed)(`covers every measure paragraph of the article (${hasSeed ? 'present' : SKIP_SEED})`, () => {
    const paragraphs = articleParagraphs(readFileSync(seedFile, 'utf8'));
    const source = dataset.sources.find((s) => s.id === '2024-xinhua')!;
    expect(paragraphs.length).toBe(source.paragraphCount);
    const covered = new Set(dataset.commitments.filter((c) => c.sourceId === source.id).map((c) => c.paragraph));
    const uncovered = paragraphs.map((_, i) => i + 1).filter((n) => !NO_MEASURE.includes(n) && !covered.has(n));
    expect(uncovered, 'measure paragraphs without a commitment').toEqual([]);
    const wronglyCovered = NO_MEASURE.filter((n) => covered.has(n));
    expect(wronglyCovered, 'paragraphs listed as carrying no measure but cited').toEqual([]);
    // The headings listed as non-measure paragraphs are exactly the source's sections (plus lead, headline, connective).
    expect(source.sections.map((s) => s.paragraph).every((p) => NO_MEASURE.includes(p))).toBe(true);
  });

  it('has one record per measure: roughly 40–55 commitments, several per agency paragraph', () => {
    const n = dataset.commitments.length;
    expect(n).toBeGreaterThanOrEqual(40);
    expect(n).toBeLessThanOrEqual(55);
    for (const id of ['zhengfa-conference', 'spc', 'spp', 'mps', 'moj'] satisfies AgencyId[]) {
      expect(dataset.commitments.filter((c) => c.agency === id).length, id).toBeGreaterThanOrEqual(4);
    }
  });

  it('records the four quoted officials with their titles and paragraphs', () => {
    const statements = dataset.commitments.filter((c) => c.kind === 'statement');
    expect(statements.map((c) => [c.speaker?.name, c.paragraph, c.theme])).toEqual([
      ['马顶柱', 10, 'crime'],
      ['徐向春', 17, 'livelihood'],
      ['何帆', 24, 'business'],
      ['杨向斌', 30, 'justice'],
    ]);
    for (const s of statements) expect(s.speaker!.title.length).toBeGreaterThan(4);
  });

  it('records the concrete targets the article gives', () => {
    const targets = dataset.commitments.flatMap((c) => (c.targets ?? []).map((t) => ({ ...t, agency: c.agency })));
    expect(targets).toContainEqual(expect.objectContaining({ agency: 'moj', deadline: '2024-12-31' }));
    expect(targets.find((t) => t.deadline === '2024-12-31')!.text).toMatch(/省、市、县、乡四级/);
    expect(targets.some((t) => t.agency === 'moj' && t.text.includes('60万'))).toBe(true);
  });

  it('keeps the agency names and ids others code against', () => {
    expect(dataset.agencies.map((a) => [a.id, a.name])).toEqual([
      ['zhengfa-conference', '中央政法工作会议'],
      ['spc', '最高人民法院'],
      ['spp', '最高人民检察院'],
      ['mps', '公安部'],
      ['moj', '司法部'],
      ['zhengfa-organs', '政法机关'],
    ]);
  });

  it('lists the agency surfaces a news reader meets', () => {
    const expected: Record<string, AgencyId> = {
      中央政法委: 'zhengfa-conference', 中央政法委员会: 'zhengfa-conference', 中央政法工作會議: 'zhengfa-conference',
      最高法: 'spc', 最高院: 'spc', 人民法院: 'spc', 全国法院: 'spc', 各级法院: 'spc', 中国法院: 'spc', 最高法研究室: 'spc',
      最高检: 'spp', 最高檢: 'spp', 最高人民檢察院: 'spp', 检察机关: 'spp', 檢察機關: 'spp', 人民检察院: 'spp', 检察院: 'spp',
      最高检第八检察厅: 'spp',
      公安机关: 'mps', 公安機關: 'mps',
      司法行政机关: 'moj', 司法部公共法律服务管理局: 'moj',
      政法機關: 'zhengfa-organs',
    };
    for (const [text, id] of Object.entries(expected)) expect(aliasOwner.get(text), text).toBe(`agency:${id}`);
    for (const a of dataset.agencies) expect(a.aliases.some((x) => x.form === 'en'), a.id).toBe(true);
    // Bare generic words are not aliases; 公安部长 is matched through 公安部, not listed.
    for (const text of ['法院', '公安', '司法局', '公安局', '检察官', '公安部长', '两高一部']) {
      expect(aliasOwner.has(text), text).toBe(false);
      expect(exclusionTexts.has(text), text).toBe(false);
    }
  });

  it('lists the term variants a news reader meets', () => {
    const expected: Record<string, string> = {
      电诈: 'telecom-fraud', 电信诈骗: 'telecom-fraud', 网络诈骗: 'telecom-fraud', 涉诈: 'telecom-fraud', 反诈: 'telecom-fraud',
      電騙: 'telecom-fraud', 電訊網絡詐騙: 'telecom-fraud', 電信網絡詐騙: 'telecom-fraud',
      涉黑涉恶: 'anti-gang', 涉黑恶: 'anti-gang', 黑恶势力: 'anti-gang', 黑社会性质组织: 'anti-gang',
      网络赌博: 'cross-border-gambling', 网赌: 'cross-border-gambling',
      骗保: 'insurance-fraud', 医保骗保: 'insurance-fraud',
      信访工作法治化: 'petitions', 昆仑: 'kunlun', 直播带货: 'livestream-sales', 公益诉讼: 'public-interest-litigation',
      企业合规: 'corporate-compliance', 惩罚性赔偿: 'punitive-damages', 提级管辖: 'elevated-jurisdiction',
      法律援助: 'legal-aid', 司法体制改革: 'judicial-reform', 行政执法协调监督: 'administrative-enforcement',
    };
    for (const [text, id] of Object.entries(expected)) expect(aliasOwner.get(text), text).toBe(`term:${id}`);
    expect(aliasOwner.has('欠薪')).toBe(false);
  });

  it('blocks the foreign, non-mainland and generic look-alikes', () => {
    const expected = [
      '美国司法部', '美國司法部', '美司法部', '越南公安部', '韩国检察机关', '韓國檢察機關', '首尔中央地方法院', '大檢察廳',
      '法務部', '高檢署', '高等檢察署', '地檢署', '律政司', '各級法院', '區域法院', '裁判法院',
      '公安部门', '公安部門', '司法部门', '司法部門',
    ];
    for (const text of expected) expect(exclusionTexts.has(text), text).toBe(true);
    expect(exclusionTexts.get('美司法部')?.qualifier).toBe('美国');
    expect(exclusionTexts.get('越南公安部')?.qualifier).toBe('越南');
    expect(exclusionTexts.get('韓國檢察機關')?.qualifier).toBe('韩国');
    expect(exclusionTexts.get('公安部門')?.kind).toBe('generic-word');
  });

  it.skipIf(!hasCorpus)(`names every gold surface of the dev corpus (${hasCorpus ? 'present' : SKIP_CORPUS})`, () => {
    // Labels that depend on context (bare 法院/公安/司法局 in an enumeration of PRC bodies) are not
    // aliases by design; inline pinyin annotations are the normaliser's job, so they are stripped here.
    const contextOnly = new Set(['法院', '公安', '司法局']);
    const pinyin = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;
    const names = new Map<string, string>([
      ...dataset.agencies.map((a) => [`agency:${a.id}`, a.name] as const),
      ...dataset.terms.map((t) => [`term:${t.id}`, t.name] as const),
    ]);
    const missing: string[] = [];
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as {
        gold: { surface: string; kind: string; canonical: string }[];
      };
      for (const g of doc.gold) {
        const surface = g.surface.replace(pinyin, '');
        if (g.kind === 'trap') {
          if (!exclusionTexts.has(surface) && !aliasOwner.has(surface)) missing.push(`${file}: trap ${surface}`);
          continue;
        }
        if (contextOnly.has(surface)) continue;
        const owner = aliasOwner.get(surface);
        if (!owner || !owner.startsWith(`${g.kind}:`) || names.get(owner) !== g.canonical) {
          missing.push(`${file}: ${g.kind} ${surface} → ${g.canonical} (dataset: ${owner ?? 'none'})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

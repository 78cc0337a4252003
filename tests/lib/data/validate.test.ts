import { describe, it, expect } from 'vitest';
import { agencies } from '../../../data/agencies.ts';
import { categories } from '../../../data/categories.ts';
import type { Commitment, Dataset } from '../../../data/schema.ts';
import { articleParagraphs } from '../../../lib/data/paragraphs.ts';
import {
  formatError, longestCommonSubstring, MAX_EVIDENCE_CHARS, validateDataset,
} from '../../../lib/data/validate.ts';
import type { ValidateOptions } from '../../../lib/data/validate.ts';

// A tiny article in the seed's layout: lead, headline, then a section heading and its paragraphs.
const ARTICLE = [
  '新华社北京电 导语。',
  '标题行',
  '依法严惩犯罪，维护社会稳定',
  '公安部将持续打击电信网络诈骗犯罪，全链条打击涉诈犯罪。',
  '',
  '最高检要求依法严惩严重暴力犯罪。',
].join('\n');
const PARAGRAPHS = { 'src-test': articleParagraphs(ARTICLE) };

function commitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: 'c-mps-fraud',
    sourceId: 'src-test',
    year: 2024,
    agency: 'mps',
    theme: 'crime',
    kind: 'measure',
    summary: '从严整治电诈。',
    summaryEn: 'Crack down on telecom fraud.',
    terms: ['telecom-fraud'],
    paragraph: 4,
    evidence: '全链条打击涉诈犯罪',
    ...overrides,
  };
}

/** A small valid dataset; each test breaks one thing in a fresh copy. */
function fixture(): Dataset {
  return structuredClone({
    version: 1,
    sources: [
      {
        id: 'src-test', outlet: '新华社', outletEn: 'Xinhua', date: '2024-01-15', title: '标题行', titleEn: 'Headline',
        paragraphCount: 5, year: 2024,
        sections: [{ theme: 'crime', heading: '依法严惩犯罪，维护社会稳定', paragraph: 3 }],
      },
    ],
    categories,
    agencies,
    terms: [
      {
        id: 'telecom-fraud', name: '电信网络诈骗', nameEn: 'telecom fraud', category: 'crime', agencies: ['mps'],
        aliases: [{ text: '电信网络诈骗', form: 'full' }, { text: '电诈', form: 'short' }],
      },
      {
        id: 'violent-crime', name: '严重暴力犯罪', nameEn: 'violent crime', category: 'crime', agencies: ['spp'],
        aliases: [{ text: '严重暴力犯罪', form: 'full' }],
      },
    ],
    commitments: [
      commitment(),
      commitment({
        id: 'c-spp-violent', agency: 'spp', summary: '从重惩处暴力犯罪。', summaryEn: 'Punish violent crime.',
        terms: ['violent-crime'], paragraph: 5, evidence: '严重暴力犯罪',
      }),
    ],
    exclusions: [
      { id: 'us-doj', text: '美国司法部', kind: 'foreign', refersTo: 'US DOJ', resembles: 'moj', qualifier: '美国' },
      { id: 'mps-departments', text: '公安部门', kind: 'generic-word', refersTo: 'police departments', resembles: 'mps' },
    ],
  } satisfies Dataset);
}

function messages(data: unknown, options?: ValidateOptions): string[] {
  return validateDataset(data, options).errors.map(formatError);
}

describe('validateDataset', () => {
  it('accepts a valid dataset, with and without the article', () => {
    expect(messages(fixture())).toEqual([]);
    expect(messages(fixture(), { paragraphs: PARAGRAPHS })).toEqual([]);
    expect(validateDataset(fixture()).ok).toBe(true);
  });

  it('reports a duplicate id, naming the record and field', () => {
    const d = fixture();
    d.commitments[1]!.id = 'c-mps-fraud';
    expect(messages(d)).toContain(
      'commitments[c-mps-fraud].id: duplicate id "c-mps-fraud" (also used by an earlier commitments record)',
    );
    const t = fixture();
    t.terms.push(structuredClone(t.terms[0]!));
    t.terms[2]!.aliases = [{ text: '电诈骗', form: 'variant' }];
    expect(messages(t)).toContain(
      'terms[telecom-fraud].id: duplicate id "telecom-fraud" (also used by an earlier terms record)',
    );
  });

  it('reports an alias claimed by two entries', () => {
    const d = fixture();
    d.terms[1]!.aliases.push({ text: '电诈', form: 'short' });
    expect(messages(d)).toContain(
      'terms[violent-crime].aliases[1].text: alias "电诈" is claimed by both terms[telecom-fraud] and terms[violent-crime]',
    );
  });

  it('reports an alias claimed by an agency and a term, and an alias equal to an exclusion', () => {
    const d = fixture();
    d.terms[0]!.aliases.push({ text: '最高检', form: 'variant' });
    expect(messages(d)).toContain(
      'terms[telecom-fraud].aliases[2].text: alias "最高检" is claimed by both agencies[spp] and terms[telecom-fraud]',
    );
    const e = fixture();
    e.exclusions.push({ id: 'bad', text: '公安机关', kind: 'generic-word', refersTo: 'x', resembles: 'mps' });
    expect(messages(e)).toContain('exclusions[bad].text: alias "公安机关" is claimed by both agencies[mps] and exclusions[bad]');
  });

  it('reports a commitment whose agency, term or category does not exist', () => {
    const d = fixture();
    d.commitments[0] = commitment({ agency: 'spx' as never, terms: ['telecom-fraud', 'no-such-term'], theme: 'sports' as never });
    const m = messages(d);
    expect(m).toContain('commitments[c-mps-fraud].agency: unknown agency "spx"');
    expect(m).toContain('commitments[c-mps-fraud].terms[1]: unknown term "no-such-term"');
    expect(m).toContain(
      'commitments[c-mps-fraud].theme: unknown category "sports" (must be one of crime, livelihood, business, justice)',
    );
  });

  it('reports a term whose category does not exist, and a missing category', () => {
    const d = fixture();
    d.terms[0]!.category = 'weather' as never;
    expect(messages(d)).toContain(
      'terms[telecom-fraud].category: unknown category "weather" (must be one of crime, livelihood, business, justice)',
    );
    const c = fixture();
    c.categories = c.categories.filter((x) => x.id !== 'justice');
    expect(messages(c)).toContain('categories[justice].id: category "justice" is missing');
  });

  it('reports a term never used by any commitment', () => {
    const d = fixture();
    d.commitments = d.commitments.filter((c) => c.id !== 'c-spp-violent');
    expect(messages(d)).toEqual(['terms[violent-crime].id: term "violent-crime" is not used by any commitment']);
  });

  it('reports a source paragraph that does not exist, with and without the article', () => {
    const d = fixture();
    d.commitments[0]!.paragraph = 9;
    expect(messages(d)).toContain(
      'commitments[c-mps-fraud].paragraph: paragraph 9 does not exist in source "src-test" (it has 5)',
    );
    // paragraphCount wrong, article present: the article decides.
    const a = fixture();
    a.sources[0]!.paragraphCount = 9;
    a.commitments[0]!.paragraph = 7;
    const m = messages(a, { paragraphs: PARAGRAPHS });
    expect(m).toContain('sources[src-test].paragraphCount: is 9 but the article has 5 paragraphs');
    expect(m).toContain(
      'commitments[c-mps-fraud].paragraph: paragraph 7 does not exist in the article of "src-test" (it has 5)',
    );
  });

  it('reports evidence that is not in the cited paragraph, or too long', () => {
    const d = fixture();
    d.commitments[0]!.paragraph = 5;
    expect(messages(d, { paragraphs: PARAGRAPHS })).toContain(
      'commitments[c-mps-fraud].evidence: "全链条打击涉诈犯罪" does not occur in paragraph 5 of the article',
    );
    const long = fixture();
    const sentence = '公安部将持续打击电信网络诈骗犯罪，全链条';
    long.commitments[0]!.evidence = sentence;
    expect(messages(long)).toContain(
      `commitments[c-mps-fraud].evidence: "${sentence}" is ${sentence.length} characters; at most ${MAX_EVIDENCE_CHARS} (a key phrase, not a sentence)`,
    );
    long.commitments[0]!.evidence = sentence.slice(0, MAX_EVIDENCE_CHARS);
    expect(messages(long)).toEqual([]);
  });

  it('reports a summary that copies the paragraph', () => {
    const d = fixture();
    d.commitments[0]!.summary = '公安部将持续打击电信网络诈骗犯罪。';
    expect(messages(d, { paragraphs: PARAGRAPHS })).toContain(
      'commitments[c-mps-fraud].summary: repeats 16 consecutive characters of paragraph 4; summarise in own words (≤ 12)',
    );
  });

  it('reports a theme that does not match the section, and a heading paragraph', () => {
    const d = fixture();
    d.commitments[0]!.theme = 'justice';
    expect(messages(d)).toContain('commitments[c-mps-fraud].theme: is "justice" but paragraph 4 is in the "crime" section');
    const h = fixture();
    h.commitments[0]!.paragraph = 3;
    expect(messages(h)).toContain('commitments[c-mps-fraud].paragraph: paragraph 3 is a section heading');
    const s = fixture();
    s.sources[0]!.sections[0]!.heading = '另一个标题';
    expect(messages(s, { paragraphs: PARAGRAPHS })).toContain(
      'sources[src-test].sections[0].heading: "另一个标题" is not paragraph 3 of the article ("依法严惩犯罪，维护社会稳定")',
    );
  });

  it('reports a statement without a speaker and a malformed deadline', () => {
    const d = fixture();
    d.commitments[0]!.kind = 'statement';
    d.commitments[0]!.targets = [{ text: '目标', textEn: 'target', deadline: '2024-13-01' }];
    const m = messages(d);
    expect(m).toContain('commitments[c-mps-fraud].speaker: a statement needs its speaker');
    expect(m).toContain('commitments[c-mps-fraud].targets[0].deadline: "2024-13-01" is not an ISO date (YYYY-MM-DD)');
  });

  it('reports a generic-word exclusion that contains no alias of the agency it names', () => {
    const d = fixture();
    d.exclusions[1]!.resembles = 'moj';
    expect(messages(d)).toContain('exclusions[mps-departments].text: generic word "公安部门" contains no alias of agency "moj"');
  });

  it('reports unreadable colours and shared underline styles', () => {
    const d = fixture();
    d.categories[1]!.colours.light.background = '#777777';
    d.categories[1]!.colours.dark.underline = '#1a1a1a';
    d.categories[2]!.underlineStyle = d.categories[1]!.underlineStyle;
    const m = messages(d);
    expect(m.some((x) => x.startsWith('categories[crime].colours.light.background: contrast with light-mode text #333333 is'))).toBe(true);
    expect(m.some((x) => x.startsWith('categories[crime].colours.dark.underline: contrast with its background is'))).toBe(true);
    expect(m).toContain('categories[livelihood].underlineStyle: "wavy" is also used by categories[crime]; styles must differ');
  });

  it('reports malformed shapes instead of throwing', () => {
    expect(messages(null)).toEqual(['dataset.(root): must be an object']);
    const m = messages({ version: 1, sources: [], categories: [], agencies: [{}], terms: 3, commitments: [], exclusions: [] });
    expect(m).toContain('dataset.terms: must be an array');
    expect(m).toContain('agencies[#0].id: is missing');
    expect(m).toContain('agencies[mps].id: agency "mps" is missing');
  });
});

describe('articleParagraphs', () => {
  it('counts non-empty lines, 1-based, headline included', () => {
    expect(articleParagraphs('a\n\n  \nb\r\nc\n')).toEqual(['a', 'b', 'c']);
  });
});

describe('longestCommonSubstring', () => {
  it('finds the longest shared run', () => {
    expect(longestCommonSubstring('依法严惩暴力犯罪', '要依法严惩')).toBe(4);
    expect(longestCommonSubstring('abc', 'xyz')).toBe(0);
  });
});

/**
 * A small, stable dataset for unit tests of the core, independent of the real dataset's evolution.
 * (Integration tests use data/index.ts.)
 */
import type { Commitment, Dataset } from '../../data/schema.ts';

const label = { zhCN: '', zhTW: '', en: '' };
const colours = { light: { background: '#fff', underline: '#000' }, dark: { background: '#000', underline: '#fff' } };

const c = (id: string, agency: Commitment['agency'], theme: Commitment['theme'], terms: string[], summary: string, paragraph = 1): Commitment => ({
  id, sourceId: 's', year: 2024, agency, theme, kind: 'measure', summary, summaryEn: '', terms, paragraph, evidence: '',
});

export const fixture: Dataset = {
  version: 1,
  sources: [],
  categories: (['agency', 'crime', 'livelihood', 'business', 'justice'] as const).map((id) => ({ id, label, colours, underlineStyle: 'solid' as const })),
  agencies: [
    { id: 'spc', name: '最高人民法院', nameEn: 'SPC', aliases: [
      { text: '最高人民法院', form: 'full' }, { text: '最高法', form: 'short' }, { text: '人民法院', form: 'system' },
      { text: '各级法院', form: 'system' },
    ] },
    { id: 'spp', name: '最高人民检察院', nameEn: 'SPP', aliases: [
      { text: '最高人民检察院', form: 'full' }, { text: '最高检', form: 'short' }, { text: '检察机关', form: 'system' },
      { text: '檢察機關', form: 'traditional' }, { text: '检察院', form: 'system' },
    ] },
    { id: 'mps', name: '公安部', nameEn: 'MPS', aliases: [{ text: '公安部', form: 'full' }, { text: '公安机关', form: 'system' }] },
    { id: 'moj', name: '司法部', nameEn: 'MoJ', aliases: [{ text: '司法部', form: 'full' }, { text: 'Ministry of Justice', form: 'en' }] },
  ],
  terms: [
    { id: 'telecom-fraud', name: '电信网络诈骗', nameEn: '', category: 'crime', agencies: ['mps', 'spp'], aliases: [
      { text: '电信网络诈骗', form: 'full' }, { text: '电信网络诈骗犯罪', form: 'variant' }, { text: '电诈', form: 'short' },
      { text: '電騙', form: 'hk' },
    ] },
    { id: 'food-safety', name: '食品安全', nameEn: '', category: 'livelihood', agencies: ['spp'], aliases: [{ text: '食品安全', form: 'full' }] },
    { id: 'wage-arrears', name: '恶意欠薪', nameEn: '', category: 'livelihood', agencies: ['spp', 'spc'], aliases: [{ text: '恶意欠薪', form: 'full' }] },
    { id: 'legal-aid', name: '法律援助', nameEn: '', category: 'justice', agencies: ['moj'], aliases: [{ text: '法律援助', form: 'full' }] },
  ],
  commitments: [
    c('spp-fraud', 'spp', 'crime', ['telecom-fraud'], '依法严惩电信网络诈骗犯罪及其关联犯罪。'),
    c('spp-food', 'spp', 'livelihood', ['food-safety'], '围绕社区团购、直播带货中的食品安全问题开展专项监督。'),
    c('spp-wages', 'spp', 'livelihood', ['wage-arrears'], '依法惩治恶意欠薪犯罪，保障劳动者权益。'),
    c('spp-traffic', 'spp', 'livelihood', [], '深化道路交通安全和运输执法领域的检察监督。'),
    c('mps-fraud', 'mps', 'crime', ['telecom-fraud'], '对电信网络诈骗保持高压严打。'),
    c('spc-wages', 'spc', 'livelihood', ['wage-arrears'], '审理恶意欠薪案件，保障农民工工资。'),
    c('moj-aid', 'moj', 'justice', ['legal-aid'], '扩大法律援助范围。'),
  ],
  exclusions: [
    { id: 'us-doj', text: '美国司法部', kind: 'foreign', refersTo: 'US DOJ', resembles: 'moj', qualifier: '美国' },
    { id: 'us-doj-trad', text: '美國司法部', kind: 'foreign', refersTo: 'US DOJ', resembles: 'moj', qualifier: '美国' },
    { id: 'vn-mps', text: '越南公安部', kind: 'foreign', refersTo: 'VN MPS', resembles: 'mps', qualifier: '越南' },
    { id: 'ps-depts', text: '公安部门', kind: 'generic-word', refersTo: 'police departments', resembles: 'mps' },
    { id: 'hk-courts', text: '各級法院', kind: 'non-mainland', refersTo: 'HK courts', resembles: 'spc' },
    { id: 'kr-district', text: '地方檢察院', kind: 'foreign', refersTo: 'KR district prosecutors', resembles: 'spp' },
  ],
};

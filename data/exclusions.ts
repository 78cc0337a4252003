import type { Exclusion } from './schema.ts';

/**
 * Look-alikes that must never count as the PRC agencies. Each `text` is a blocking surface: where it
 * matches (leftmost-longest), an agency alias inside it is not a mention. `qualifier` marks a
 * country-qualified foreign body; the resolver then reads later bare mentions of the resembled
 * agency in the same document as that body until a mainland cue appears.
 *
 * Traditional and simplified spellings are separate records because the data documents what
 * occurs in print; the matcher folds scripts, so a pair may collapse to one pattern there.
 */
export const exclusions: Exclusion[] = [
  // ── foreign bodies ───────────────────────────────────────────────────────────────────────
  { id: 'us-doj', text: '美国司法部', kind: 'foreign', refersTo: 'United States Department of Justice', resembles: 'moj', qualifier: '美国' },
  { id: 'us-doj-trad', text: '美國司法部', kind: 'foreign', refersTo: 'United States Department of Justice', resembles: 'moj', qualifier: '美国' },
  { id: 'us-doj-short', text: '美司法部', kind: 'foreign', refersTo: 'United States Department of Justice', resembles: 'moj', qualifier: '美国' },
  { id: 'us-supreme-court', text: '美国最高法院', kind: 'foreign', refersTo: 'Supreme Court of the United States', resembles: 'spc', qualifier: '美国' },
  { id: 'us-supreme-court-trad', text: '美國最高法院', kind: 'foreign', refersTo: 'Supreme Court of the United States', resembles: 'spc', qualifier: '美国' },
  {
    id: 'federal-supreme-court', text: '联邦最高法院', kind: 'foreign', refersTo: 'a federal supreme court (US, Germany, Brazil …)', resembles: 'spc',
    note: 'No qualifier: the country is not in the text.',
  },
  { id: 'federal-supreme-court-trad', text: '聯邦最高法院', kind: 'foreign', refersTo: 'a federal supreme court (US, Germany, Brazil …)', resembles: 'spc' },
  { id: 'vn-mps', text: '越南公安部', kind: 'foreign', refersTo: 'Ministry of Public Security of Vietnam', resembles: 'mps', qualifier: '越南' },
  { id: 'vn-spc', text: '越南最高人民法院', kind: 'foreign', refersTo: "Supreme People's Court of Vietnam", resembles: 'spc', qualifier: '越南' },
  { id: 'vn-spp', text: '越南最高人民检察院', kind: 'foreign', refersTo: "Supreme People's Procuracy of Vietnam", resembles: 'spp', qualifier: '越南' },
  { id: 'vn-spp-trad', text: '越南最高人民檢察院', kind: 'foreign', refersTo: "Supreme People's Procuracy of Vietnam", resembles: 'spp', qualifier: '越南' },
  { id: 'laos-mps', text: '老挝公安部', kind: 'foreign', refersTo: 'Ministry of Public Security of Laos', resembles: 'mps', qualifier: '老挝' },
  { id: 'laos-mps-trad', text: '老撾公安部', kind: 'foreign', refersTo: 'Ministry of Public Security of Laos', resembles: 'mps', qualifier: '老挝' },
  { id: 'kr-prosecution', text: '韩国检察机关', kind: 'foreign', refersTo: 'South Korean prosecution service', resembles: 'spp', qualifier: '韩国' },
  { id: 'kr-prosecution-trad', text: '韓國檢察機關', kind: 'foreign', refersTo: 'South Korean prosecution service', resembles: 'spp', qualifier: '韩国' },
  { id: 'kr-supreme-prosecutors', text: '大检察厅', kind: 'foreign', refersTo: "Supreme Prosecutors' Office of South Korea", resembles: 'spp' },
  {
    id: 'kr-supreme-prosecutors-trad', text: '大檢察廳', kind: 'foreign', refersTo: "Supreme Prosecutors' Office of South Korea", resembles: 'spp',
    note: 'Also seen space-split as 大檢察 廳; the normaliser, not the data, should handle that.',
  },
  {
    id: 'kr-district-prosecutors', text: '地方檢察院', kind: 'foreign', refersTo: "district prosecutors' offices (South Korea, Japan)", resembles: 'spp',
    note: 'Contains the alias 檢察院. Traditional only: in simplified mainland text 地方检察院 can mean local PRC procuratorates; after script folding the matcher must decide whether to keep this distinction.',
  },
  { id: 'kr-seoul-court', text: '首尔中央地方法院', kind: 'foreign', refersTo: 'Seoul Central District Court', resembles: 'spc', qualifier: '韩国' },
  { id: 'kr-seoul-court-trad', text: '首爾中央地方法院', kind: 'foreign', refersTo: 'Seoul Central District Court', resembles: 'spc', qualifier: '韩国' },
  { id: 'kr-seoul-prosecutors', text: '首尔中央地方检察厅', kind: 'foreign', refersTo: "Seoul Central District Prosecutors' Office", resembles: 'spp', qualifier: '韩国' },
  { id: 'kr-seoul-prosecutors-trad', text: '首爾中央地方檢察廳', kind: 'foreign', refersTo: "Seoul Central District Prosecutors' Office", resembles: 'spp', qualifier: '韩国' },
  { id: 'jp-supreme-prosecutors', text: '最高检察厅', kind: 'foreign', refersTo: "Supreme Public Prosecutors Office of Japan", resembles: 'spp', note: 'Contains the alias 最高检.' },
  { id: 'jp-supreme-prosecutors-trad', text: '最高檢察廳', kind: 'foreign', refersTo: "Supreme Public Prosecutors Office of Japan", resembles: 'spp' },
  // ── Taiwan, Hong Kong ────────────────────────────────────────────────────────────────────
  { id: 'tw-supreme-court', text: '台湾最高法院', kind: 'non-mainland', refersTo: 'Supreme Court (Taiwan)', resembles: 'spc', qualifier: '台湾' },
  { id: 'tw-supreme-court-trad', text: '台灣最高法院', kind: 'non-mainland', refersTo: 'Supreme Court (Taiwan)', resembles: 'spc', qualifier: '台湾' },
  { id: 'tw-supreme-court-trad2', text: '臺灣最高法院', kind: 'non-mainland', refersTo: 'Supreme Court (Taiwan)', resembles: 'spc', qualifier: '台湾' },
  // Qualifier + alias: on a Taiwanese outlet's page the bare alias is Taiwan's body (lib/resolve.ts, region).
  { id: 'tw-supreme-prosecutors-qualified', text: '台湾最高检', kind: 'non-mainland', refersTo: "Supreme Prosecutors Office (Taiwan)", resembles: 'spp', qualifier: '台湾' },
  { id: 'tw-prosecution', text: '台湾检察机关', kind: 'non-mainland', refersTo: 'prosecution service (Taiwan)', resembles: 'spp', qualifier: '台湾' },
  { id: 'tw-supreme-prosecutors', text: '最高检察署', kind: 'non-mainland', refersTo: "Supreme Prosecutors Office (Taiwan)", resembles: 'spp', note: 'Contains the alias 最高检.' },
  { id: 'tw-supreme-prosecutors-trad', text: '最高檢察署', kind: 'non-mainland', refersTo: "Supreme Prosecutors Office (Taiwan)", resembles: 'spp' },
  { id: 'tw-high-prosecutors', text: '高等检察署', kind: 'non-mainland', refersTo: "High Prosecutors Office (Taiwan)", resembles: 'spp' },
  { id: 'tw-high-prosecutors-trad', text: '高等檢察署', kind: 'non-mainland', refersTo: "High Prosecutors Office (Taiwan)", resembles: 'spp' },
  { id: 'tw-high-prosecutors-short', text: '高检署', kind: 'non-mainland', refersTo: "High Prosecutors Office (Taiwan)", resembles: 'spp' },
  { id: 'tw-high-prosecutors-short-trad', text: '高檢署', kind: 'non-mainland', refersTo: "High Prosecutors Office (Taiwan)", resembles: 'spp' },
  { id: 'tw-district-prosecutors', text: '地检署', kind: 'non-mainland', refersTo: "district prosecutors' office (Taiwan)", resembles: 'spp' },
  { id: 'tw-district-prosecutors-trad', text: '地檢署', kind: 'non-mainland', refersTo: "district prosecutors' office (Taiwan)", resembles: 'spp' },
  { id: 'moj-taiwan-korea', text: '法務部', kind: 'non-mainland', refersTo: 'Ministry of Justice (Taiwan; also South Korea and Japan)', resembles: 'moj' },
  { id: 'moj-taiwan-korea-simplified', text: '法务部', kind: 'non-mainland', refersTo: 'Ministry of Justice (Taiwan; also South Korea and Japan)', resembles: 'moj' },
  { id: 'hk-doj', text: '律政司', kind: 'non-mainland', refersTo: 'Department of Justice (Hong Kong)', resembles: 'moj' },
  {
    id: 'hk-courts', text: '各級法院', kind: 'non-mainland', refersTo: 'courts at all levels (Hong Kong)', resembles: 'spc',
    note: 'The simplified 各级法院 is an spc alias; this traditional form is Hong Kong usage. After script folding the two collide — the matcher must compare the raw script or use context.',
  },
  { id: 'hk-district-court', text: '區域法院', kind: 'non-mainland', refersTo: 'District Court (Hong Kong)', resembles: 'spc' },
  { id: 'hk-district-court-simplified', text: '区域法院', kind: 'non-mainland', refersTo: 'District Court (Hong Kong)', resembles: 'spc' },
  { id: 'hk-magistrates', text: '裁判法院', kind: 'non-mainland', refersTo: "Magistrates' Courts (Hong Kong)", resembles: 'spc' },
  { id: 'hk-final-appeal', text: '终审法院', kind: 'non-mainland', refersTo: 'Court of Final Appeal (Hong Kong, Macao)', resembles: 'spc' },
  { id: 'hk-final-appeal-trad', text: '終審法院', kind: 'non-mainland', refersTo: 'Court of Final Appeal (Hong Kong, Macao)', resembles: 'spc' },
  // ── ordinary words containing an agency string ───────────────────────────────────────────
  { id: 'public-security-departments', text: '公安部门', kind: 'generic-word', refersTo: 'public-security departments (any level)', resembles: 'mps' },
  { id: 'public-security-departments-trad', text: '公安部門', kind: 'generic-word', refersTo: 'public-security departments (any level)', resembles: 'mps' },
  { id: 'public-security-troops', text: '公安部队', kind: 'generic-word', refersTo: 'public-security forces', resembles: 'mps' },
  { id: 'public-security-troops-trad', text: '公安部隊', kind: 'generic-word', refersTo: 'public-security forces', resembles: 'mps' },
  {
    id: 'public-security-deploys', text: '公安部署', kind: 'generic-word', refersTo: '(local) police deploy …', resembles: 'mps',
    note: '公安部部署 still yields 公安部: leftmost-longest takes the alias at the earlier offset.',
  },
  { id: 'judicial-departments', text: '司法部门', kind: 'generic-word', refersTo: 'judicial departments (generic)', resembles: 'moj' },
  { id: 'judicial-departments-trad', text: '司法部門', kind: 'generic-word', refersTo: 'judicial departments (generic)', resembles: 'moj' },
  { id: 'judicial-part', text: '司法部分', kind: 'generic-word', refersTo: 'the judicial part (of a text or reform)', resembles: 'moj' },
  { id: 'supreme-law', text: '最高法律', kind: 'generic-word', refersTo: 'supreme law (最高法律效力: highest legal force)', resembles: 'spc' },
  { id: 'statutory-maximum', text: '最高法定', kind: 'generic-word', refersTo: 'statutory maximum (最高法定刑: maximum statutory penalty)', resembles: 'spc' },
];

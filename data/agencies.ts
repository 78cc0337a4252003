import type { Agency } from './schema.ts';

/**
 * The bodies that commit to measures, with the surfaces a news reader meets for each.
 *
 * Forms: simplified forms first; traditional (`traditional`) and Hong Kong (`hk`) spellings are listed
 * where they differ, although the matcher folds traditional → simplified itself, so the data
 * documents what occurs in print. A traditional form is left out where the identical text is an
 * exclusion (各級法院 is Hong Kong's courts, see exclusions.ts).
 *
 * Deliberately NOT aliases (false positives): bare 法院, 公安, 司法局, 公安局, 检察官/检察长/检察厅,
 * 政法工作/政法战线, provincial 省委政法委, the collective 两高一部.
 */
export const agencies: Agency[] = [
  {
    id: 'zhengfa-conference',
    name: '中央政法工作会议',
    nameEn: 'Central Political-Legal Work Conference',
    aliases: [
      { text: '中央政法工作会议', form: 'full' },
      { text: '中央政法工作會議', form: 'traditional' },
      // The commission that convenes the conference; labelled as the conference (corpus rules).
      { text: '中央政法委员会', form: 'variant' },
      { text: '中央政法委員會', form: 'traditional' },
      { text: '中央政法委', form: 'short' },
      { text: 'Central Political and Legal Work Conference', form: 'en' },
      { text: 'Central Political-Legal Work Conference', form: 'en' },
      { text: 'Central Political and Legal Affairs Commission', form: 'en' },
    ],
  },
  {
    id: 'spc',
    name: '最高人民法院',
    nameEn: "Supreme People's Court",
    aliases: [
      { text: '最高人民法院', form: 'full' },
      { text: '最高法', form: 'short' },
      { text: '最高院', form: 'short' },
      // PRC court in mainland outlets; foreign/Taiwanese courts are exclusions with a qualifier.
      { text: '最高法院', form: 'variant' },
      { text: '人民法院', form: 'system' },
      { text: '全国法院', form: 'system' },
      { text: '全國法院', form: 'traditional' },
      { text: '各级法院', form: 'system' },
      { text: '中国法院', form: 'system' },
      { text: '中國法院', form: 'traditional' },
      { text: '最高法研究室', form: 'unit' },
      { text: '最高人民法院研究室', form: 'unit' },
      { text: "Supreme People's Court", form: 'en' },
    ],
  },
  {
    id: 'spp',
    name: '最高人民检察院',
    nameEn: "Supreme People's Procuratorate",
    aliases: [
      { text: '最高人民检察院', form: 'full' },
      { text: '最高人民檢察院', form: 'traditional' },
      { text: '最高检', form: 'short' },
      { text: '最高檢', form: 'traditional' },
      { text: '检察机关', form: 'system' },
      { text: '檢察機關', form: 'traditional' },
      { text: '人民检察院', form: 'system' },
      { text: '人民檢察院', form: 'traditional' },
      // Bare 检察院 (各级检察院, 公安、法院、检察院) names the procuratorate system (corpus rules).
      { text: '检察院', form: 'system' },
      { text: '檢察院', form: 'traditional' },
      { text: '最高检第八检察厅', form: 'unit' },
      { text: '最高檢第八檢察廳', form: 'traditional' },
      { text: '最高人民检察院第八检察厅', form: 'unit' },
      { text: '最高人民檢察院第八檢察廳', form: 'traditional' },
      { text: "Supreme People's Procuratorate", form: 'en' },
    ],
  },
  {
    id: 'mps',
    name: '公安部',
    nameEn: 'Ministry of Public Security',
    aliases: [
      // Also matches inside 公安部长/公安部長 (the minister), which is intended.
      { text: '公安部', form: 'full' },
      { text: '公安机关', form: 'system' },
      { text: '公安機關', form: 'traditional' },
      { text: 'Ministry of Public Security', form: 'en' },
    ],
  },
  {
    id: 'moj',
    name: '司法部',
    nameEn: 'Ministry of Justice',
    aliases: [
      { text: '司法部', form: 'full' },
      { text: '司法行政机关', form: 'system' },
      { text: '司法行政機關', form: 'traditional' },
      { text: '司法部公共法律服务管理局', form: 'unit' },
      { text: '司法部公共法律服務管理局', form: 'traditional' },
      { text: 'Ministry of Justice', form: 'en' },
    ],
  },
  {
    id: 'zhengfa-organs',
    name: '政法机关',
    nameEn: 'Political-legal organs',
    aliases: [
      { text: '政法机关', form: 'full' },
      { text: '政法機關', form: 'traditional' },
      { text: 'political and legal organs', form: 'en' },
      { text: 'political-legal organs', form: 'en' },
    ],
  },
];

import type { Source } from './schema.ts';

/**
 * Xinhua "新华视点", 15 January 2024: the 2024 work plans announced at the Central Political-Legal
 * Work Conference and the annual conferences of the SPC, SPP, MPS and MoJ. Paragraph numbers are
 * non-empty lines of the article text, 1-based; line 1 is the lead, line 2 the headline.
 */
export const source2024Xinhua: Source = {
  id: '2024-xinhua',
  outlet: '新华社',
  outletEn: 'Xinhua News Agency',
  date: '2024-01-15',
  title: '事关你我安全感 政法机关2024年将这样发力',
  titleEn: 'What political-legal organs will do in 2024 for the public’s sense of security',
  seedFile: '000_9e49983683141d20.txt',
  paragraphCount: 30,
  year: 2024,
  sections: [
    { theme: 'crime', heading: '依法严惩犯罪，维护社会稳定', paragraph: 3 },
    { theme: 'livelihood', heading: '聚焦『急难愁盼』，破解民生难点', paragraph: 11 },
    { theme: 'business', heading: '优化营商环境，保障高质量发展', paragraph: 18 },
    { theme: 'justice', heading: '维护公平正义，优化司法服务', paragraph: 25 },
  ],
};

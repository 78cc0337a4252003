import type { Category } from './schema.ts';

/**
 * Highlight categories. Hues derive from the Okabe–Ito palette (blue, vermillion, bluish green,
 * orange, reddish purple), which stays distinguishable under the common colour-vision deficiencies;
 * each category also has its own underline style, so no reader has to tell them apart by hue alone.
 *
 * Light mode: a pale tint of the hue (20 % over white) as background, a darkened hue as underline.
 * Dark mode: a deep shade (30 % over #121212) as background, a lightened hue as underline.
 * The validator checks every background against typical body text (≥ 7:1, WCAG AAA) and every
 * underline against its background and the page (≥ 3:1, WCAG non-text contrast).
 */
export const categories: Category[] = [
  {
    id: 'agency',
    label: { zhCN: '政法机关', zhTW: '政法機關', en: 'Political-legal agencies' },
    colours: {
      light: { background: '#cce3f0', underline: '#0072b2' },
      dark: { background: '#0d2f42', underline: '#56b4e9' },
    },
    underlineStyle: 'solid',
  },
  {
    id: 'crime',
    label: { zhCN: '打击犯罪与社会稳定', zhTW: '打擊犯罪與社會穩定', en: 'Crime and stability' },
    colours: {
      light: { background: '#f7dfcc', underline: '#b84f00' },
      dark: { background: '#4d290d', underline: '#ff8b47' },
    },
    underlineStyle: 'wavy',
  },
  {
    id: 'livelihood',
    label: { zhCN: '民生', zhTW: '民生', en: 'Livelihoods' },
    colours: {
      light: { background: '#ccece3', underline: '#007a59' },
      dark: { background: '#0d3c2f', underline: '#3fd4a6' },
    },
    underlineStyle: 'dashed',
  },
  {
    id: 'business',
    label: { zhCN: '营商环境', zhTW: '營商環境', en: 'Business environment' },
    colours: {
      light: { background: '#faeccc', underline: '#8f6300' },
      dark: { background: '#523c0d', underline: '#f0c040' },
    },
    underlineStyle: 'double',
  },
  {
    id: 'justice',
    label: { zhCN: '公平正义与司法服务', zhTW: '公平正義與司法服務', en: 'Justice and legal services' },
    colours: {
      light: { background: '#f5e4ed', underline: '#a4527f' },
      dark: { background: '#4a313f', underline: '#e7a8cc' },
    },
    underlineStyle: 'dotted',
  },
];

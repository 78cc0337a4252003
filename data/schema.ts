/**
 * Types of the bundled commitment dataset. The runtime validator (lib/data/validate.ts) checks
 * the same shape plus cross-references; `npm run data:check` runs it.
 *
 * Ids are stable, lower-case ASCII slugs: UI state (filters, links from the tooltip to the popup)
 * and stored settings refer to them, so renaming an id is a migration.
 */

/** The bodies that commit to measures. `entity` names used in annotate output are `Agency.name`. */
export type AgencyId = 'zhengfa-conference' | 'spc' | 'spp' | 'mps' | 'moj' | 'zhengfa-organs';

/** Highlight categories a reader toggles: agencies, plus one per themed section of the article. */
export type CategoryId = 'agency' | 'crime' | 'livelihood' | 'business' | 'justice';

/** Themes are the four sections of the source article; each has a category of the same id. */
export type ThemeId = Exclude<CategoryId, 'agency'>;

export interface LocalisedText {
  zhCN: string;
  zhTW: string;
  en: string;
}

export interface ColourPair {
  /** Highlight background (CSS colour), readable under `text` colour of the page. */
  background: string;
  /** Underline / accent colour; distinct hue + style for colour-blind readers. */
  underline: string;
}

export interface Category {
  id: CategoryId;
  label: LocalisedText;
  /** Colours on light pages and on dark pages. */
  colours: { light: ColourPair; dark: ColourPair };
  /** Underline style, so categories differ by more than hue (colour-blind readers). */
  underlineStyle: 'solid' | 'dotted' | 'dashed' | 'double' | 'wavy';
}

export interface Section {
  theme: ThemeId;
  heading: string;
  /** 1-based paragraph number of the heading in the source article. */
  paragraph: number;
}

export interface Source {
  id: string;
  outlet: string;
  outletEn: string;
  /** ISO date of publication. */
  date: string;
  title: string;
  titleEn: string;
  /** Where the article was published, where known. */
  url?: string;
  /**
   * File name of the article text in the shared seed folder (../shared/seed/ relative to the repo
   * root), used by `npm run data:check` and the tests when that folder is present.
   */
  seedFile?: string;
  /**
   * Number of paragraphs (non-empty lines, headline included) of the article, so commitment
   * paragraph numbers can be range-checked without the article text.
   */
  paragraphCount: number;
  /** Year the commitments are for. */
  year: number;
  /** The themed sections, in article order (four for the 2024 Xinhua source). */
  sections: Section[];
}

/** A surface form that names an entity, e.g. 最高检 for 最高人民检察院. */
export interface Alias {
  text: string;
  /**
   * full: the full name; short: abbreviation; system: the nationwide system the body leads
   * (人民法院, 检察机关); unit: a named sub-unit; traditional / hk: script or regional variants;
   * variant: other wording a reader meets; en: English.
   */
  form: 'full' | 'short' | 'system' | 'unit' | 'traditional' | 'hk' | 'variant' | 'en';
}

export interface Agency {
  id: AgencyId;
  /** Simplified full name, e.g. 最高人民检察院. */
  name: string;
  nameEn: string;
  aliases: Alias[];
}

export interface Term {
  id: string;
  /** Short simplified concept name, e.g. 电信网络诈骗. */
  name: string;
  nameEn: string;
  category: ThemeId;
  /** Agencies whose measures concern this term, most relevant first. */
  agencies: AgencyId[];
  aliases: Alias[];
}

export interface Speaker {
  name: string;
  title: string;
  titleEn: string;
}

export interface Target {
  /** What is to be achieved, in the project's own words (zh-CN). */
  text: string;
  textEn: string;
  /** ISO date or year-end, e.g. 2024-12-31, where the article gives one. */
  deadline?: string;
}

export interface Commitment {
  id: string;
  sourceId: string;
  year: number;
  agency: AgencyId;
  theme: ThemeId;
  /** measure: something an agency will do; statement: a quoted official's statement. */
  kind: 'measure' | 'statement';
  /** Concise summary in the project's own words. */
  summary: string;
  summaryEn: string;
  terms: string[];
  targets?: Target[];
  speaker?: Speaker;
  /** 1-based paragraph number in the source article (non-empty lines, in order). */
  paragraph: number;
  /**
   * A short key phrase (at most 16 characters) copied exactly from that paragraph, so the
   * paragraph reference can be checked against the article text. A phrase, not a sentence.
   */
  evidence: string;
}

/**
 * A look-alike that must never count as one of the agencies: a foreign or non-mainland body,
 * or an ordinary word containing an agency string. The matcher treats `text` as a blocking
 * alias: where it matches (leftmost-longest), the agency alias inside it is not a mention.
 */
export interface Exclusion {
  id: string;
  text: string;
  kind: 'foreign' | 'non-mainland' | 'generic-word';
  /** What the string really names, in English. */
  refersTo: string;
  /** The agency whose alias it contains or resembles. */
  resembles: AgencyId;
  /**
   * Country/region qualifier for foreign bodies (美国, 越南 …). Where set, later bare mentions of the
   * resembled agency's aliases in the same document are taken to mean this body until a mainland
   * cue appears (see lib/resolve.ts). Where `text` is the qualifier followed by one of the agency's
   * aliases (台湾最高法院), that bare alias also means this body on a page of the qualifier's region
   * (a Taiwanese outlet; lib/sites.ts siteRegion).
   */
  qualifier?: string;
  /** Why the entry exists or how the matcher should treat it, where that is not obvious. */
  note?: string;
}

export interface Dataset {
  version: number;
  sources: Source[];
  categories: Category[];
  agencies: Agency[];
  terms: Term[];
  commitments: Commitment[];
  exclusions: Exclusion[];
}

/** Runtime lists of the closed string unions above, for the validator and UI iteration. */
export const AGENCY_IDS = [
  'zhengfa-conference', 'spc', 'spp', 'mps', 'moj', 'zhengfa-organs',
] as const satisfies readonly AgencyId[];
export const CATEGORY_IDS = ['agency', 'crime', 'livelihood', 'business', 'justice'] as const satisfies readonly CategoryId[];
export const THEME_IDS = ['crime', 'livelihood', 'business', 'justice'] as const satisfies readonly ThemeId[];
export const ALIAS_FORMS = [
  'full', 'short', 'system', 'unit', 'traditional', 'hk', 'variant', 'en',
] as const satisfies readonly Alias['form'][];
export const UNDERLINE_STYLES = [
  'solid', 'dotted', 'dashed', 'double', 'wavy',
] as const satisfies readonly Category['underlineStyle'][];
export const EXCLUSION_KINDS = ['foreign', 'non-mainland', 'generic-word'] as const satisfies readonly Exclusion['kind'][];

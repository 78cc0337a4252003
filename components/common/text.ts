/** Dataset text in the reader's UI language (the dataset keeps zh-CN, zh-TW where it differs, and English). */
import type { Agency, Category, Commitment, LocalisedText, Source, Term } from '../../data/schema.ts';
import type { Locale } from '../../extension/i18n.ts';
import { dataset } from '../../data/index.ts';
import { localText } from './zh-tw.ts';

export function localised(text: LocalisedText, locale: Locale): string {
  return locale === 'en' ? text.en : locale === 'zh_TW' ? text.zhTW : text.zhCN;
}

/** Agency or term name: English name, the traditional alias for zh_TW where the data lists one. */
export function entityName(entity: Agency | Term, locale: Locale): string {
  if (locale === 'en') return entity.nameEn;
  if (locale === 'zh_TW') return entity.aliases.find((a) => a.form === 'traditional')?.text ?? entity.name;
  return entity.name;
}

export function categoryLabel(category: Category, locale: Locale): string {
  return localised(category.label, locale);
}

/** Commitment summaries: zh-CN and English in the dataset, traditional generated for zh_TW. */
export function summaryText(commitment: Commitment, locale: Locale): string {
  return localText(commitment.summary, commitment.summaryEn, locale);
}

export function outletName(source: Source, locale: Locale): string {
  return localText(source.outlet, source.outletEn, locale);
}

export const agencyById = new Map(dataset.agencies.map((a) => [a.id, a]));
export const termById = new Map(dataset.terms.map((t) => [t.id, t]));
export const categoryById = new Map(dataset.categories.map((c) => [c.id, c]));
export const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
export const commitmentById = new Map(dataset.commitments.map((c) => [c.id, c]));

/** Name of an agency or term id (an entity from a page mention or a tooltip link). */
export function entityNameById(id: string, locale: Locale): string {
  const entity = agencyById.get(id as Agency['id']) ?? termById.get(id);
  return entity ? entityName(entity, locale) : id;
}

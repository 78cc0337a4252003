/**
 * What a tooltip shows for one mention, in the reader's language: pure (dataset + mention + locale
 * in, plain strings out), so it is unit-tested without a DOM. The commitment table is indexed on
 * first use only: a page the reader never hovers never pays for it.
 */
import type { AgencyId, Alias, Category, CategoryId, Commitment, Dataset, Source } from '../../data/schema.ts';
import type { Locale } from '../../extension/i18n.ts';

/** How many measures a tooltip lists; the full list is one click away. */
export const TOOLTIP_MEASURES = 3;

export interface MentionLike {
  text: string;
  kind: 'agency' | 'term';
  entityId: string;
  entity: string;
  category: CategoryId;
  agencies: readonly AgencyId[];
}

export interface MeasureView {
  id: string;
  kind: Commitment['kind'];
  summary: string;
  agency: string;
  targets: Array<{ text: string; deadline?: string }>;
  speaker?: string;
  source?: string;
}

export interface TooltipModel {
  text: string;
  entityId: string;
  /** Canonical name of the entity when it differs from the matched text (最高检 → 最高人民检察院). */
  entity?: string;
  category: { id: CategoryId; label: string; colour: string; background: string };
  agencies: string[];
  /**
   * The measures to list; undefined while the background ranks them (the content script holds no
   * commitment texts: it asks with the mention's sentence, entrypoints/content/page-mentions.ts sentenceOf).
   */
  measures?: MeasureView[];
}

export interface Lookup {
  commitments: Map<string, Commitment>;
  sources: Map<string, Source>;
  categories: Map<CategoryId, Category>;
  agencies: Map<AgencyId, Dataset['agencies'][number]>;
  terms: Map<string, Dataset['terms'][number]>;
}

const lookups = new WeakMap<Dataset, Lookup>();

/** The dataset's tables by id, built once per dataset (the background answers many hovers). */
export function lookupFor(dataset: Dataset): Lookup {
  let lookup = lookups.get(dataset);
  if (!lookup) {
    lookup = {
      commitments: new Map(dataset.commitments.map((c) => [c.id, c])),
      sources: new Map(dataset.sources.map((s) => [s.id, s])),
      categories: new Map(dataset.categories.map((c) => [c.id, c])),
      agencies: new Map(dataset.agencies.map((a) => [a.id, a])),
      terms: new Map(dataset.terms.map((t) => [t.id, t])),
    };
    lookups.set(dataset, lookup);
  }
  return lookup;
}

/** A traditional spelling of `name` from the aliases (same length = same word), else `name`. */
function traditionalName(name: string, aliases: readonly Alias[]): string {
  return aliases.find((a) => a.form === 'traditional' && a.text.length === name.length)?.text ?? name;
}

export function localName(entry: { name: string; nameEn: string; aliases: readonly Alias[] }, locale: Locale): string {
  if (locale === 'en') return entry.nameEn;
  if (locale === 'zh_TW') return traditionalName(entry.name, entry.aliases);
  return entry.name;
}

export function tooltipModel(
  mention: MentionLike,
  dataset: Dataset,
  locale: Locale,
  dark: boolean,
): TooltipModel {
  const lookup = lookupFor(dataset);
  const category = lookup.categories.get(mention.category);
  const label = category ? category.label[locale === 'en' ? 'en' : locale === 'zh_TW' ? 'zhTW' : 'zhCN'] : mention.category;
  const colours = category ? (dark ? category.colours.dark : category.colours.light) : { underline: '#888888', background: '#eeeeee' };

  const entry = mention.kind === 'agency'
    ? lookup.agencies.get(mention.entityId as AgencyId)
    : lookup.terms.get(mention.entityId);
  const entity = entry ? localName(entry, locale) : mention.entity;

  const agencyName = (id: AgencyId): string => {
    const agency = lookup.agencies.get(id);
    return agency ? localName(agency, locale) : id;
  };

  return {
    text: mention.text,
    entityId: mention.entityId,
    entity: entity !== mention.text ? entity : undefined,
    category: { id: mention.category, label, colour: colours.underline, background: colours.background },
    // An agency's own card would only repeat its name; terms list the agencies behind them.
    agencies: mention.kind === 'agency' ? [] : mention.agencies.map(agencyName),
  };
}

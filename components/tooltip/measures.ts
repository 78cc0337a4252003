/**
 * The tooltip's measure rows, built where the commitment texts are (the background, see
 * extension/measures.ts): kept out of model.ts, which the content script imports for the header.
 */
import type { AgencyId, Dataset } from '../../data/schema.ts';
import type { Locale } from '../../extension/i18n.ts';
import { inScript, localText } from '../common/zh-tw.ts';
import { TOOLTIP_MEASURES, localName, lookupFor, type MeasureView } from './model.ts';

/** The first TOOLTIP_MEASURES of the ranked commitment ids, as the tooltip lists them. */
export function measureViews(ids: readonly string[], dataset: Dataset, locale: Locale): MeasureView[] {
  const lookup = lookupFor(dataset);
  const agencyName = (id: AgencyId): string => {
    const agency = lookup.agencies.get(id);
    return agency ? localName(agency, locale) : id;
  };
  const measures: MeasureView[] = [];
  for (const id of ids) {
    if (measures.length >= TOOLTIP_MEASURES) break;
    const c = lookup.commitments.get(id);
    if (!c) continue;
    const source = lookup.sources.get(c.sourceId);
    measures.push({
      id: c.id,
      kind: c.kind,
      summary: localText(c.summary, c.summaryEn, locale),
      agency: agencyName(c.agency),
      targets: (c.targets ?? []).map((t) => ({ text: localText(t.text, t.textEn, locale), deadline: t.deadline })),
      speaker: c.speaker
        ? locale === 'en'
          ? `${c.speaker.name} (${c.speaker.titleEn})`
          : `${inScript(c.speaker.name, locale)}（${inScript(c.speaker.title, locale)}）`
        : undefined,
      source: source ? `${localText(source.outlet, source.outletEn, locale)}, ${source.date}` : undefined,
    });
  }
  return measures;
}

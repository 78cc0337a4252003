/** One commitment: summary, targets and deadlines, speaker, and where the source says it. */
import type { Commitment } from '../../data/schema.ts';
import type { Locale, Translate } from '../../extension/i18n.ts';
import { agencyById, categoryById, categoryLabel, entityName, outletName, sourceById, summaryText, termById } from './text.ts';
import { inScript, localText } from './zh-tw.ts';

export interface CommitmentCardProps {
  commitment: Commitment;
  locale: Locale;
  t: Translate;
  /** Show the agency name (when the list is not grouped by agency). */
  showAgency?: boolean;
  /** Show the theme (when the list is not grouped by theme). */
  showTheme?: boolean;
}

export function CommitmentCard({ commitment: c, locale, t, showAgency, showTheme }: CommitmentCardProps) {
  const source = sourceById.get(c.sourceId);
  const agency = agencyById.get(c.agency);
  const theme = categoryById.get(c.theme);
  const terms = c.terms.flatMap((id) => termById.get(id) ?? []);
  return (
    <article class="card" data-commitment={c.id} data-agency={c.agency} data-theme={c.theme}>
      <p class="card-meta">
        <span class={`kind kind-${c.kind}`}>{t(c.kind === 'measure' ? 'commonKindMeasure' : 'commonKindStatement')}</span>
        {showAgency && agency && <span>{entityName(agency, locale)}</span>}
        {showTheme && theme && <span>{categoryLabel(theme, locale)}</span>}
      </p>
      <p class="card-summary">{summaryText(c, locale)}</p>
      {c.targets && c.targets.length > 0 && (
        <ul class="card-targets" aria-label={t('commonTarget')}>
          {c.targets.map((target, i) => (
            <li key={i}>
              {localText(target.text, target.textEn, locale)}
              {target.deadline && <span class="deadline"> · {t('commonDeadline', [target.deadline])}</span>}
            </li>
          ))}
        </ul>
      )}
      {c.speaker && (
        <p class="card-speaker">
          — {t('commonSpeaker', [inScript(c.speaker.name, locale), localText(c.speaker.title, c.speaker.titleEn, locale)])}
        </p>
      )}
      {terms.length > 0 && (
        <p class="card-terms">
          <span class="visually-hidden">{t('commonTerms')}: </span>
          {terms.map((term) => (
            <span class="term" key={term.id}>
              {entityName(term, locale)}
            </span>
          ))}
        </p>
      )}
      {source && (
        <p class="card-source">
          {t('commonSource', [outletName(source, locale), source.date, c.paragraph])}
        </p>
      )}
    </article>
  );
}

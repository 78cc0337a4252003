/**
 * 全部承诺: every commitment, grouped by agency or by theme, with search (lib/search.ts: simplified,
 * traditional and English input) and filters by agency, category and — from a tooltip link — entity.
 */
import { useMemo, useState } from 'preact/hooks';
import { dataset } from '../../data/index.ts';
import type { AgencyId, ThemeId } from '../../data/schema.ts';
import type { Locale, Translate } from '../../extension/i18n.ts';
import { createCommitmentSearch } from '../../lib/search.ts';
import { CommitmentCard } from '../common/CommitmentCard.tsx';
import { agencyById, categoryById, categoryLabel, commitmentById, entityName, entityNameById } from '../common/text.ts';

let searchInstance: ReturnType<typeof createCommitmentSearch> | undefined;
const getSearch = () => (searchInstance ??= createCommitmentSearch(dataset));

export type Grouping = 'agency' | 'theme';

export interface AllViewProps {
  locale: Locale;
  t: Translate;
  initialQuery?: string;
  initialEntity?: string;
}

export function AllView({ locale, t, initialQuery = '', initialEntity }: AllViewProps) {
  const [query, setQuery] = useState(initialQuery);
  const [agency, setAgency] = useState<AgencyId | ''>('');
  const [category, setCategory] = useState<ThemeId | ''>('');
  const [entity, setEntity] = useState(initialEntity);
  const [grouping, setGrouping] = useState<Grouping>('agency');

  const ids = useMemo(() => {
    const filters = { ...(agency ? { agency } : {}), ...(category ? { category } : {}), ...(entity ? { entity } : {}) };
    const search = getSearch();
    return query.trim() ? search.lookup(query, filters) : search.search('', filters);
  }, [query, agency, category, entity]);

  // Groups ordered by their best-ranked commitment; within a group, rank order.
  const groups = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const id of ids) {
      const c = commitmentById.get(id)!;
      const key = grouping === 'agency' ? c.agency : c.theme;
      map.set(key, [...(map.get(key) ?? []), id]);
    }
    return [...map.entries()];
  }, [ids, grouping]);

  const groupTitle = (key: string) =>
    grouping === 'agency'
      ? entityName(agencyById.get(key as AgencyId)!, locale)
      : categoryLabel(categoryById.get(key as ThemeId)!, locale);

  return (
    <div class="all-view">
      <div class="search">
        <label for="commitment-search">{t('popupSearchLabel')}</label>
        <input
          id="commitment-search"
          type="search"
          value={query}
          placeholder={t('popupSearchPlaceholder')}
          autoComplete="off"
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="filters">
        <label>
          <span>{t('popupFilterAgency')}</span>
          <select id="filter-agency" value={agency} onChange={(e) => setAgency((e.target as HTMLSelectElement).value as AgencyId | '')}>
            <option value="">{t('popupFilterAll')}</option>
            {dataset.agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {entityName(a, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('popupFilterCategory')}</span>
          <select id="filter-category" value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value as ThemeId | '')}>
            <option value="">{t('popupFilterAll')}</option>
            {dataset.categories
              .filter((c) => c.id !== 'agency')
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {categoryLabel(c, locale)}
                </option>
              ))}
          </select>
        </label>
        <fieldset class="grouping">
          <legend>{t('popupGroupBy')}</legend>
          {(['agency', 'theme'] as const).map((g) => (
            <label key={g}>
              <input type="radio" name="grouping" value={g} checked={grouping === g} onChange={() => setGrouping(g)} />
              {t(g === 'agency' ? 'popupGroupByAgency' : 'popupGroupByTheme')}
            </label>
          ))}
        </fieldset>
      </div>
      {entity && (
        <p class="entity-filter" data-entity={entity}>
          {t('popupEntityFilter', [entityNameById(entity, locale)])}{' '}
          <button type="button" class="link-button" onClick={() => setEntity(undefined)}>
            {t('popupClearEntity')}
          </button>
        </p>
      )}
      <p class="result-count" role="status" data-count={ids.length}>
        {ids.length === 0 ? t('popupNoResults') : t('commonCommitmentCount', [ids.length])}
      </p>
      {groups.map(([key, groupIds]) => (
        <section key={key} class="commitment-group" aria-labelledby={`group-${key}`}>
          <h2 id={`group-${key}`}>
            {groupTitle(key)} <span class="muted">({groupIds.length})</span>
          </h2>
          {groupIds.map((id) => (
            <CommitmentCard
              key={id}
              commitment={commitmentById.get(id)!}
              locale={locale}
              t={t}
              showAgency={grouping !== 'agency'}
              showTheme={grouping !== 'theme'}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

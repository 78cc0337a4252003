/** 本页: the current tab's mentions, grouped by agency and by term; a click reveals one on the page. */
import type { Locale, Translate } from '../../extension/i18n.ts';
import type { MessageKey } from '../../extension/i18n.ts';
import { CategoryChip } from '../common/CategoryChip.tsx';
import { categoryById, entityNameById } from '../common/text.ts';
import { groupMentions, type MentionGroup, type PageState } from '../../extension/page-state.ts';

const STATUS_MESSAGES: Record<string, MessageKey> = {
  disabled: 'popupDisabled',
  unsupported: 'popupUnsupported',
  'not-enabled': 'popupNotEnabled',
  'no-highlight-api': 'popupNoHighlightApi',
};

/** Occurrence buttons shown per group; the first is the group button itself. */
const MAX_OCCURRENCES = 12;

export interface PageViewProps {
  state: PageState;
  locale: Locale;
  t: Translate;
  onReveal(index: number): void;
}

function Group({ group, locale, t, onReveal }: { group: MentionGroup; locale: Locale; t: Translate; onReveal(i: number): void }) {
  const name = entityNameById(group.entityId, locale) || group.entity;
  const category = categoryById.get(group.category);
  return (
    <li class="mention-group" data-entity={group.entityId}>
      <button
        type="button"
        class="mention-button"
        aria-describedby="reveal-hint"
        onClick={() => onReveal(group.indexes[0]!)}
      >
        {category && <CategoryChip category={category} />}
        <span class="mention-name">{name}</span>
        <span class="count">
          {t('commonMentionCount', [group.indexes.length])}
        </span>
      </button>
      {group.indexes.length > 1 && (
        <span class="occurrences">
          {group.indexes.slice(1, MAX_OCCURRENCES).map((index, i) => (
            <button
              type="button"
              key={index}
              class="occurrence"
              aria-label={`${name} ${t('popupOccurrence', [i + 2])}`}
              onClick={() => onReveal(index)}
            >
              {i + 2}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}

export function PageView({ state, locale, t, onReveal }: PageViewProps) {
  if (state.status === 'loading') return <p class="muted">{t('commonLoading')}</p>;
  const message = STATUS_MESSAGES[state.status];
  if (message) {
    return (
      <p class="notice" data-status={state.status}>
        {t(message)}
      </p>
    );
  }
  if (state.mentions.length === 0) {
    return (
      <p class="notice" data-status="empty">
        {t('popupNoMentions')}
      </p>
    );
  }
  const { agencies, terms } = groupMentions(state.mentions);
  return (
    <div class="page-view" data-status="ok">
      <p class="summary" role="status">
        {t('popupPageSummary', [state.mentions.length])}
      </p>
      <p id="reveal-hint" class="visually-hidden">
        {t('popupRevealHint')}
      </p>
      {agencies.length > 0 && (
        <section aria-labelledby="page-agencies">
          <h2 id="page-agencies">{t('popupAgenciesHeading')}</h2>
          <ul class="mention-list">
            {agencies.map((g) => (
              <Group key={g.entityId} group={g} locale={locale} t={t} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      )}
      {terms.length > 0 && (
        <section aria-labelledby="page-terms">
          <h2 id="page-terms">{t('popupTermsHeading')}</h2>
          <ul class="mention-list">
            {terms.map((g) => (
              <Group key={g.entityId} group={g} locale={locale} t={t} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

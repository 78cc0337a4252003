/**
 * The hover card: what was matched, its category, the agencies behind it and the 2024 measures that
 * fit the sentence, with a way to the full list. Rendered by the content script in an open shadow
 * root (entrypoints/content/tooltip-ui.tsx); styles are in tooltip-css.ts, in px so the page's
 * root font size cannot scale them.
 */
import type { ContentTranslate } from '../../entrypoints/content/strings.ts';
import type { TooltipModel } from './model.ts';

export interface TooltipProps {
  model: TooltipModel;
  t: ContentTranslate;
  dark: boolean;
  pinned: boolean;
  lang: string;
  onClose: () => void;
  onOpenFullList: (entityId: string) => void;
}

export function Tooltip({ model, t, dark, pinned, lang, onClose, onOpenFullList }: TooltipProps) {
  const { category } = model;
  return (
    <div
      class={`card${dark ? ' dark' : ''}${pinned ? ' pinned' : ''}`}
      role="dialog"
      aria-label={t('tooltipDialogLabel', [model.text])}
      lang={lang}
      tabIndex={-1}
    >
      <header class="head">
        <span class="match">{model.text}</span>
        {model.entity && <span class="entity">{model.entity}</span>}
        <button type="button" class="close" aria-label={t('tooltipClose')} title={t('tooltipClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="category">
        <span class="chip" style={{ background: category.background, borderColor: category.colour }} aria-hidden="true" />
        {category.label}
      </p>
      {model.agencies.length > 0 && (
        <p class="agencies">
          <span class="label">{t('tooltipAgencies')}</span>
          {model.agencies.join(t('tooltipListSeparator'))}
        </p>
      )}
      <h2 class="heading">{t('tooltipMeasuresHeading')}</h2>
      {model.measures === undefined ? (
        <p class="empty" aria-busy="true">{t('tooltipLoadingMeasures')}</p>
      ) : model.measures.length === 0 ? (
        <p class="empty">{t('tooltipNoMeasures')}</p>
      ) : (
        <ol class="measures">
          {model.measures.map((m) => (
            <li key={m.id} class="measure">
              <p class="summary">
                {m.kind === 'statement' && <span class="badge">{t('tooltipStatement')}</span>}
                {m.summary}
              </p>
              {m.targets.map((target, i) => (
                <p key={i} class="target">
                  <span class="label">{t('tooltipTarget')}</span>
                  {target.text}
                  {target.deadline && <span class="deadline">{t('tooltipDeadline', [target.deadline])}</span>}
                </p>
              ))}
              {m.speaker && (
                <p class="speaker">
                  <span class="label">{t('tooltipSpeaker')}</span>
                  {m.speaker}
                </p>
              )}
              <p class="meta">
                {m.agency}
                {m.source && ` · ${t('tooltipSource', [m.source])}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      <footer class="foot">
        <button type="button" class="full" onClick={() => onOpenFullList(model.entityId)}>
          {t('tooltipFullList')}
        </button>
      </footer>
    </div>
  );
}

/** Visually hidden live region: keyboard navigation announces each mention it moves to. */
export function Announcer({ message }: { message: string }) {
  return (
    <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}

/** Live preview of the highlight style and palette, in the dataset's category colours. */
import { dataset } from '../../data/index.ts';
import type { Category } from '../../data/schema.ts';
import type { Locale, Translate } from '../../extension/i18n.ts';
import type { HighlightSettings } from '../../extension/settings.ts';
import { highlightStyle } from '../common/CategoryChip.tsx';
import { categoryLabel, entityName } from '../common/text.ts';
import { usePrefersDark } from '../common/usePrefersDark.ts';

/** A word readers meet for a category: an agency for 'agency', else the category's first term. */
function sampleFor(category: Category, locale: Locale): string {
  if (category.id === 'agency') return entityName(dataset.agencies.find((a) => a.id === 'spp') ?? dataset.agencies[0]!, locale);
  const term = dataset.terms.find((t) => t.category === category.id);
  return term ? entityName(term, locale) : categoryLabel(category, locale);
}

export function AppearancePreview({ settings, locale, t }: { settings: HighlightSettings; locale: Locale; t: Translate }) {
  const dark = usePrefersDark();
  return (
    <figure class="preview" data-style={settings.style} data-palette={settings.palette}>
      <figcaption>
        {t('optionsPreviewHeading')} <span class="muted">— {t('optionsPreviewNote')}</span>
      </figcaption>
      <ul class="preview-list" style={{ background: dark ? '#121212' : '#ffffff', color: dark ? '#dddddd' : '#333333' }}>
        {dataset.categories.map((category) => (
          <li key={category.id} data-category={category.id}>
            <span class="preview-sample" style={highlightStyle(category, settings, dark)}>
              {sampleFor(category, locale)}
            </span>
            <span class="preview-label"> {categoryLabel(category, locale)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

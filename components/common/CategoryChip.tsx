/**
 * A category's colour swatch as the page shows it (background tint and underline in the category's
 * own line style), in light or dark colours following prefers-color-scheme.
 */
import type { Category } from '../../data/schema.ts';
import type { HighlightSettings } from '../../extension/settings.ts';
import { highlightLook } from '../../lib/highlight-style.ts';

/**
 * Inline style of a highlighted word for a category under the reader's settings: the same look as
 * the content script's `::highlight()` rules (lib/highlight-style.ts), so previews match pages.
 */
export function highlightStyle(
  category: Category,
  settings: Pick<HighlightSettings, 'style' | 'palette'>,
  dark: boolean,
): Record<string, string> {
  const look = highlightLook(category, settings, dark);
  return {
    ...(look.background ? { backgroundColor: look.background } : {}),
    textDecoration: look.decoration,
    textUnderlineOffset: '3px',
  };
}

export function CategoryChip({ category }: { category: Category }) {
  return (
    <span
      class="chip"
      style={{
        '--chip-bg-light': category.colours.light.background,
        '--chip-line-light': category.colours.light.underline,
        '--chip-bg-dark': category.colours.dark.background,
        '--chip-line-dark': category.colours.dark.underline,
        '--chip-line-style': category.underlineStyle,
      }}
    />
  );
}

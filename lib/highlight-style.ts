/**
 * How a category's mentions look under the reader's settings: one decision shared by the content
 * script's `::highlight()` rules and the options page's live preview, so the preview is the page.
 */
import type { Category } from '../data/schema.ts';

export interface HighlightLook {
  /** Background tint, or undefined in underline-only style. */
  background: string | undefined;
  /** A `text-decoration` value. */
  decoration: string;
}

export function highlightLook(
  category: Category,
  settings: { style: 'background' | 'underline'; palette: 'default' | 'colour-blind' },
  dark: boolean,
): HighlightLook {
  const colours = dark ? category.colours.dark : category.colours.light;
  // The colour-blind palette adds a second channel: each category's own line style, drawn
  // thicker, so categories differ by pattern as well as hue.
  const lineStyle = settings.palette === 'colour-blind' ? category.underlineStyle : 'solid';
  const thickness = settings.palette === 'colour-blind' || settings.style === 'underline' ? '2px' : '1px';
  return {
    background: settings.style === 'background' ? colours.background : undefined,
    decoration: `underline ${lineStyle} ${colours.underline} ${thickness}`,
  };
}

/**
 * WCAG 2 relative luminance and contrast ratio for `#rgb` / `#rrggbb` colours. Pure; used by the
 * dataset validator to keep category colours readable in light and dark mode.
 */

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isHexColour(value: string): boolean {
  return HEX.test(value);
}

function channels(hex: string): [number, number, number] {
  if (!isHexColour(hex)) throw new Error(`not a #rgb/#rrggbb colour: ${hex}`);
  const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Page text colours the category backgrounds are checked against: typical body text on light pages
 * and on dark pages (not pure black/white, which would flatter the backgrounds).
 */
export const TYPICAL_TEXT = { light: '#333333', dark: '#dddddd' } as const;
/** Typical page backgrounds the underline colours must stand out from (and from their highlight). */
export const TYPICAL_PAGE = { light: '#ffffff', dark: '#121212' } as const;

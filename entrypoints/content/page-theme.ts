/**
 * Is the page dark? Read from the page's own computed background (body, then html), not only from
 * prefers-color-scheme: many news sites have a dark mode of their own, and many ignore the
 * system's. Used to pick the dark colour pair of each category and the tooltip's theme.
 */

function parseRgb(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  let alpha = m[4] === undefined ? 1 : parseFloat(m[4]);
  if (m[4]?.endsWith('%')) alpha /= 100;
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB triple (0–255 channels). */
export function luminance([r, g, b]: [number, number, number, ...number[]]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function isDarkPage(doc: Document = document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const bg = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (bg && bg[3] > 0.5) return luminance(bg) < 0.2;
  }
  // No background anywhere: the canvas colour, which follows the page's color-scheme. Light text on
  // it means the canvas is dark.
  const text = doc.body ? parseRgb(view.getComputedStyle(doc.body).color) : null;
  if (text) return luminance(text) > 0.5;
  return false;
}

/**
 * Calls `onChange` when the page may have switched theme: the system scheme, or a class/style/
 * data attribute on html or body (how sites switch their own dark mode). Returns a disposer.
 */
export function watchPageTheme(onChange: () => void): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  const options: MutationObserverInit = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-mode'] };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

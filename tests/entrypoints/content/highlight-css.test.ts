import { describe, expect, it } from 'vitest';
import { dataset } from '../../../data/index.ts';
import { highlightCss, highlightName } from '../../../entrypoints/content/highlighter.ts';

describe('highlightCss', () => {
  const rule = (css: string, id: string) => css.split('\n').find((line) => line.startsWith(`::highlight(${highlightName(id as never)})`))!;

  it('has one rule per category plus the flash, with the light or dark pair', () => {
    const light = highlightCss(dataset.categories, { style: 'background', palette: 'default' }, false);
    const dark = highlightCss(dataset.categories, { style: 'background', palette: 'default' }, true);
    for (const category of dataset.categories) {
      expect(rule(light, category.id)).toContain(category.colours.light.background);
      expect(rule(dark, category.id)).toContain(category.colours.dark.background);
      expect(rule(dark, category.id)).toContain(category.colours.dark.underline);
    }
    expect(light).toContain('::highlight(zhengfa-flash)');
  });

  it('drops the tint in underline style and uses per-category line styles in the colour-blind palette', () => {
    const underline = highlightCss(dataset.categories, { style: 'underline', palette: 'default' }, false);
    for (const category of dataset.categories) expect(rule(underline, category.id)).not.toContain('background-color');
    const colourBlind = highlightCss(dataset.categories, { style: 'background', palette: 'colour-blind' }, false);
    for (const category of dataset.categories) expect(rule(colourBlind, category.id)).toContain(` ${category.underlineStyle} `);
  });

  it('only uses properties ::highlight() supports', () => {
    const css = highlightCss(dataset.categories, { style: 'background', palette: 'colour-blind' }, true);
    const properties = [...css.matchAll(/([a-z-]+):\s/g)].map((m) => m[1]);
    for (const property of properties) expect(['background-color', 'color', 'text-decoration']).toContain(property);
  });
});

/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per category in the
 * document's registry, styled by `::highlight(zhengfa-<category>)` rules in a constructable
 * stylesheet appended to `document.adoptedStyleSheets`. No node is added to the page and no
 * page style is touched; highlight pseudo-elements cannot change layout.
 *
 * A category switched off keeps its `Highlight` object (with its ranges) but leaves the registry;
 * switching it back on re-registers it — no rescan.
 */
import type { Category, CategoryId } from '../../data/schema.ts';
import type { HighlightSettings } from '../../extension/settings-values.ts';
import { highlightLook } from '../../lib/highlight-style.ts';

export const HIGHLIGHT_PREFIX = 'zhengfa-';
export const FLASH_NAME = 'zhengfa-flash';
const FLASH_MS = 1200;

export function highlightName(category: CategoryId): string {
  return HIGHLIGHT_PREFIX + category;
}

export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** `::highlight()` rules for every category under the reader's style and palette settings. */
export function highlightCss(
  categories: readonly Category[],
  settings: Pick<HighlightSettings, 'style' | 'palette'>,
  dark: boolean,
): string {
  const rules = categories.map((category) => {
    const look = highlightLook(category, settings, dark);
    const background = look.background ? `background-color: ${look.background};` : '';
    return `::highlight(${highlightName(category.id)}) { ${background} text-decoration: ${look.decoration}; }`;
  });
  const flash = dark
    ? `::highlight(${FLASH_NAME}) { background-color: #7a5c00; color: #ffffff; }`
    : `::highlight(${FLASH_NAME}) { background-color: #ffd84d; color: #000000; }`;
  return [...rules, flash].join('\n');
}

type StyleScope = Document | ShadowRoot;

export class Highlighter {
  private readonly highlights = new Map<CategoryId, Highlight>();
  /**
   * Ranges found but not yet handed to their Highlight. Every change to a registered highlight
   * makes the next frame re-validate the highlight's ranges, so a long scan hands them over in a
   * few batches (`flush`) rather than one frame's worth per slice.
   */
  private readonly pending = new Map<CategoryId, Set<AbstractRange>>();
  private readonly sheet = new CSSStyleSheet();
  private readonly scopes = new Set<StyleScope>();
  private readonly fallbackStyles = new Map<StyleScope, HTMLStyleElement>();
  private css = '';
  private disabled = new Set<CategoryId>();
  private flash: { highlight: Highlight; timer: ReturnType<typeof setTimeout> } | undefined;

  private readonly categories: readonly Category[];

  constructor(categories: readonly Category[]) {
    this.categories = categories;
    for (const category of categories) this.highlights.set(category.id, new Highlight());
  }

  /**
   * Adds the stylesheet to a document or open shadow root (rules in the document do not reach into
   * shadow trees). Appends: the page's own adopted sheets stay as they are.
   */
  adopt(scope: StyleScope): void {
    if (this.scopes.has(scope)) return;
    this.scopes.add(scope);
    try {
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
    } catch {
      // A browser that refuses a sheet constructed in the content script's world (untested
      // Firefox versions): a <style> element instead — in <head> or the shadow root, never in the
      // article — so the highlights still show. Removed on dispose like the sheet.
      const style = document.createElement('style');
      style.dataset.zhengfa = '';
      style.textContent = this.css;
      (scope instanceof Document ? (scope.head ?? scope.documentElement) : scope).append(style);
      this.fallbackStyles.set(scope, style);
    }
  }

  setStyle(settings: Pick<HighlightSettings, 'style' | 'palette'>, dark: boolean): void {
    this.css = highlightCss(this.categories, settings, dark);
    this.sheet.replaceSync(this.css);
    for (const style of this.fallbackStyles.values()) style.textContent = this.css;
  }

  /** Registers the enabled categories' highlights, unregisters the others. */
  setDisabled(disabled: readonly CategoryId[]): void {
    this.disabled = new Set(disabled);
    for (const [id, highlight] of this.highlights) {
      const name = highlightName(id);
      if (this.disabled.has(id)) CSS.highlights.delete(name);
      else if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    }
  }

  isEnabled(category: CategoryId): boolean {
    return !this.disabled.has(category);
  }

  /** Queues a range for its category's highlight; it is painted at the next `flush()`. */
  add(category: CategoryId, range: AbstractRange): void {
    let set = this.pending.get(category);
    if (!set) this.pending.set(category, (set = new Set()));
    set.add(range);
  }

  remove(category: CategoryId, range: AbstractRange): void {
    if (!this.pending.get(category)?.delete(range)) this.highlights.get(category)?.delete(range);
  }

  /**
   * Hands the queued ranges to their highlights. The stylesheet joins the document at the first
   * flush, not before: adopting it invalidates the page's style, and the walk before the first
   * flush reads visibility, which would then recompute the whole page's style inside our slice.
   */
  flush(): void {
    if (!this.scopes.has(document)) this.adopt(document);
    for (const [category, ranges] of this.pending) {
      const highlight = this.highlights.get(category);
      if (highlight) for (const range of ranges) highlight.add(range);
    }
    this.pending.clear();
  }

  /** Removes every range (a fresh scan after an SPA navigation). */
  clearRanges(): void {
    this.pending.clear();
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  /** A short second highlight on top of a mention the reader asked to see. */
  flashRange(range: AbstractRange): void {
    this.stopFlash();
    const highlight = new Highlight(range);
    highlight.priority = 1;
    CSS.highlights.set(FLASH_NAME, highlight);
    this.flash = { highlight, timer: setTimeout(() => this.stopFlash(), FLASH_MS) };
  }

  private stopFlash(): void {
    if (!this.flash) return;
    clearTimeout(this.flash.timer);
    if (CSS.highlights.get(FLASH_NAME) === this.flash.highlight) CSS.highlights.delete(FLASH_NAME);
    this.flash = undefined;
  }

  dispose(): void {
    this.stopFlash();
    this.pending.clear();
    for (const [id, highlight] of this.highlights) {
      if (CSS.highlights.get(highlightName(id)) === highlight) CSS.highlights.delete(highlightName(id));
      highlight.clear();
    }
    for (const scope of this.scopes) {
      if (scope.adoptedStyleSheets.includes(this.sheet)) {
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
      }
    }
    for (const style of this.fallbackStyles.values()) style.remove();
    this.fallbackStyles.clear();
    this.scopes.clear();
  }
}

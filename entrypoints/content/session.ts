/**
 * Everything the content script does on a page where it is switched on: scan, highlight, follow
 * changes, hover tooltips, keyboard steps. One `ContentSession` per page (and per SPA route); every
 * listener, observer, timer, highlight and UI element it creates is released by `dispose()`, so a
 * site switched off live is left exactly as it was.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Dataset } from '../../data/schema.ts';
import type { Locale } from '../../extension/i18n.ts';
import { contentTranslate as translate, contentTranslator as translator } from './strings.ts';
import { sendMessage, type MentionCounts, type PageMention } from '../../extension/protocol.ts';
import type { HighlightSettings } from '../../extension/settings-values.ts';
import { entityTable } from '../../lib/mention-records.ts';
import { tooltipModel, type MeasureView, type TooltipModel } from '../../components/tooltip/model.ts';
import { isInsideSkipped, type Flow } from './blocks.ts';
import { Highlighter } from './highlighter.ts';
import { lineIndexAt, lookupAtPoint } from './hit-test.ts';
import { attachHover } from './hover.ts';
import { firstBelowTop, scrollRangeIntoView, stepIndex } from './keyboard.ts';
import { watchMutations } from './live.ts';
import { PageMentions, sentenceOf, type MentionRecord } from './page-mentions.ts';
import { liveRange } from './ranges.ts';
import { isDarkPage, watchPageTheme } from './page-theme.ts';
import { scanRoots, type FindMentions, type ScanResult } from './scan.ts';
import { TooltipUi, lineAnchor } from './tooltip-ui.tsx';

/** Resolves after the page has rendered a frame (or 100 ms, for tabs that are not rendering). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * How long a tooltip waits for its measures before it opens without them (they follow): the
 * background answers in a few milliseconds when it is running, a stopped service worker takes longer.
 */
const MEASURES_WAIT_MS = 150;

/** A record's measures as asked of the background, in one UI language. */
interface MeasuresAnswer {
  locale: Locale;
  answer: Promise<MeasureView[]>;
  /** The answer once it has arrived. */
  value?: MeasureView[];
}

export interface SessionOptions {
  ctx: ContentScriptContext;
  /** Categories, agencies and terms; commitment texts stay in the background (describeMeasures). */
  dataset: Dataset;
  /** Asks the background for the mentions in the page's text (extension/find-mentions.ts). */
  find: FindMentions;
  settings: HighlightSettings;
  locale: Locale;
  /** Called with this frame's counts after every scan, rescan and category toggle. */
  report: (counts: MentionCounts) => void;
}

export class ContentSession {
  private readonly abort = new AbortController();
  private readonly highlighter: Highlighter;
  private readonly page: PageMentions;
  private readonly tooltip: TooltipUi;
  private readonly shadowRoots: ShadowRoot[] = [];
  private settings: HighlightSettings;
  private locale: Locale;
  private dark = false;
  private shown: MentionRecord | undefined;
  /** Last mention reached by keyboard, the origin of the next step. */
  private stepped: MentionRecord | undefined;
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly disposers: Array<() => void> = [];
  private disposed = false;
  private readonly options: SessionOptions;
  private readonly measures = new WeakMap<MentionRecord, MeasuresAnswer>();

  constructor(options: SessionOptions) {
    this.options = options;
    this.settings = options.settings;
    this.locale = options.locale;
    this.highlighter = new Highlighter(options.dataset.categories);
    this.page = new PageMentions(entityTable(options.dataset), this.highlighter);
    this.dark = isDarkPage();
    this.highlighter.setStyle(this.settings, this.dark);
    this.highlighter.setDisabled(this.settings.disabledCategories);

    this.tooltip = new TooltipUi(options.ctx, {
      t: () => translator(this.locale),
      lang: () => (this.locale === 'en' ? 'en' : this.locale === 'zh_TW' ? 'zh-Hant' : 'zh-Hans'),
      dark: () => this.dark,
      onClose: () => this.hideTooltip(),
      onOpenFullList: (entityId) => {
        sendMessage('openFullList', { view: 'all', entityId }).catch(() => undefined);
      },
    });
    this.disposers.push(() => this.tooltip.dispose());

    this.disposers.push(
      watchPageTheme(() => {
        const dark = isDarkPage();
        if (dark === this.dark) return;
        this.dark = dark;
        this.highlighter.setStyle(this.settings, dark);
        this.refreshTooltip();
      }),
    );

    attachHover(
      {
        findAt: (x, y) => lookupAtPoint(x, y, this.page.index, this.shadowRoots),
        inTooltip: (target) => this.tooltip.contains(target),
        delayMs: () => this.settings.tooltipDelayMs,
        show: (record, x, y, pinned) => this.showTooltip(record, (range) => lineIndexAt(range, x, y), pinned, false),
        hide: () => this.hideTooltip(),
        pin: () => this.tooltip.setPinned(true),
        shownRecord: () => this.shown,
        isPinned: () => this.tooltip.isPinned,
      },
      this.abort.signal,
    );

    const body = document.body ?? document.documentElement;
    const live = watchMutations([body], (blocks) => this.enqueue(() => this.rescan(blocks)));
    // (A removal with nothing to rescan still runs `rescan([])`: it drops the flows that left.)
    this.disposers.push(() => live.disconnect());
    this.onShadowRoot = (root) => {
      // A rescan or a new route meets the same shadow roots again.
      if (this.shadowRoots.includes(root)) return;
      this.shadowRoots.push(root);
      this.highlighter.adopt(root);
      live.observe(root);
    };

    void this.enqueue(() => this.fullScan());
  }

  private readonly onShadowRoot: (root: ShadowRoot) => void;

  // ── scanning ────────────────────────────────────────────────────────────────────────────────

  private enqueue<T>(task: () => Promise<T>): Promise<T | undefined> {
    const run = this.queue.then(() => (this.disposed ? undefined : task()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private isCancelledFor(generation: number): () => boolean {
    return () => this.disposed || generation !== this.generation || this.options.ctx.isInvalid;
  }

  private async fullScan(): Promise<ScanResult> {
    const generation = this.generation;
    const start = performance.now();
    performance.mark('zhengfa:scan-start');
    // Start after the page's next frame: its style and layout are then up to date, so the walk
    // never forces a first layout of a long page inside one of our slices.
    await afterNextFrame();
    if (this.isCancelledFor(generation)()) return { walkMs: 0, flows: 0, mentions: 0, mainThreadMs: 0, slices: 0, longestSliceMs: 0, cancelled: true, yieldedMs: 0, waitMs: 0 };
    const result = await scanRoots([document.body ?? document.documentElement], this.page, this.highlighter, {
      isCancelled: this.isCancelledFor(generation),
      onShadowRoot: this.onShadowRoot,
      visibleFirst: true,
      find: this.options.find,
    });
    const end = performance.now();
    if (!result.cancelled) {
      const detail = {
        mainThreadMs: result.mainThreadMs,
        longestSliceMs: result.longestSliceMs,
        slices: result.slices,
        flows: result.flows,
        mentions: result.mentions,
        chars: this.page.chars,
        walkMs: result.walkMs,
        yieldedMs: result.yieldedMs,
        waitMs: result.waitMs,
        backgroundMs: this.page.backgroundMs,
        scanEngine: this.page.scanEngine,
        requestMs: this.page.requestMs,
        domMs: this.page.domMs,
      };
      // Wall time from start to the last highlight, and the main-thread time within it.
      performance.measure('zhengfa:scan', { start, end, detail });
      performance.measure('zhengfa:main-thread', { start, duration: result.mainThreadMs, detail });
      this.reportCounts();
      this.indexWhenIdle();
    }
    return result;
  }

  private async rescan(blocks: Element[]): Promise<void> {
    const generation = this.generation;
    // Drop the flows that left the page or lie in a changed block, shadow trees under a changed
    // block included (contains() does not look into them). A few light-DOM blocks, the usual case:
    // one contains() each; otherwise one climb through the flow's composed ancestors.
    const changed = new Set<Node>(blocks);
    const inChanged = (el: Element): boolean => {
      if (blocks.length <= 8 && !(el.getRootNode() instanceof ShadowRoot)) return blocks.some((block) => block.contains(el));
      for (let up: Node | null = el; up; up = up instanceof ShadowRoot ? up.host : up.parentNode) if (changed.has(up)) return true;
      return false;
    };
    const dropped = this.page.removeWhere((flow: Flow) => !flow.container.isConnected || inChanged(flow.container));
    const roots = blocks.filter((block) => block.isConnected && !isInsideSkipped(block));
    const result = await scanRoots(roots, this.page, this.highlighter, {
      find: this.options.find,
      fresh: true,
      isCancelled: this.isCancelledFor(generation),
      onShadowRoot: this.onShadowRoot,
    });
    if (result.cancelled) return;
    performance.measure('zhengfa:rescan', { start: performance.now() - result.mainThreadMs, duration: result.mainThreadMs, detail: { blocks: blocks.length, dropped, mentions: result.mentions } });
    if (this.shown && !this.page.has(this.shown)) this.hideTooltip();
    if (this.stepped && !this.page.has(this.stepped)) this.stepped = undefined;
    this.reportCounts();
    this.indexWhenIdle();
  }

  /**
   * Builds the hover index of the mentions just painted in idle time, after the scan (the index is
   * also completed on the first lookup, should a pointer move first).
   */
  private indexWhenIdle(): void {
    const idle = (callback: (deadline: IdleDeadline) => void) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 500 });
      else setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 8 }), 1);
    };
    const step = (deadline: IdleDeadline) => {
      if (this.disposed) return;
      const start = performance.now();
      const budget = Math.min(Math.max(deadline.timeRemaining(), 4), 8); // never a long task
      if (!this.page.indexPending(() => performance.now() - start > budget)) idle(step);
    };
    idle(step);
  }

  /** An SPA navigation: the old route's mentions are gone; scan the new one afresh. */
  restart(): void {
    this.generation++;
    this.hideTooltip();
    this.stepped = undefined;
    this.page.clear();
    void this.enqueue(() => this.fullScan());
  }

  // ── settings ────────────────────────────────────────────────────────────────────────────────

  applySettings(settings: HighlightSettings): void {
    const before = this.settings;
    this.settings = settings;
    if (before.style !== settings.style || before.palette !== settings.palette) {
      this.highlighter.setStyle(settings, this.dark);
    }
    const changed =
      before.disabledCategories.length !== settings.disabledCategories.length ||
      before.disabledCategories.some((id) => !settings.disabledCategories.includes(id));
    if (changed) {
      // Toggling a category only (un)registers its Highlight: no rescan.
      this.highlighter.setDisabled(settings.disabledCategories);
      if (this.shown && !this.highlighter.isEnabled(this.shown.mention.category)) this.hideTooltip();
      this.reportCounts();
    }
  }

  setLocale(locale: Locale): void {
    this.locale = locale;
    this.refreshTooltip();
  }

  // ── tooltip ─────────────────────────────────────────────────────────────────────────────────

  /**
   * The record's measures, asked of the background once per record and language: the mention and
   * the sentence it is ranked by (page-mentions.ts sentenceOf), ranked there as the core ranks.
   */
  private measuresOf(record: MentionRecord): MeasuresAnswer {
    const known = this.measures.get(record);
    if (known && known.locale === this.locale) return known;
    const context = sentenceOf(record, this.options.dataset);
    const { kind, entityId } = record.mention;
    const answer = sendMessage('describeMeasures', {
      kind, entityId, locale: this.locale,
      sentence: { text: context.text, terms: [...context.terms], agencies: [...context.agencies] },
    }).catch((): MeasureView[] => []);
    const entry: MeasuresAnswer = { locale: this.locale, answer };
    void answer.then((value) => (entry.value = value));
    this.measures.set(record, entry);
    return entry;
  }

  /** The tooltip for a record: its header, and `measures` (undefined: still being looked up). */
  private model(record: MentionRecord, measures?: MeasureView[]): TooltipModel {
    return { ...tooltipModel(record.mention, this.options.dataset, this.locale, this.dark), measures };
  }

  /** Opens the record's tooltip at the line box `line` picks (of the mention's live range). */
  private showTooltip(record: MentionRecord, line: (range: Range) => number, pinned: boolean, focus: boolean): void {
    if (!this.highlighter.isEnabled(record.mention.category)) return;
    this.shown = record;
    const entry = this.measuresOf(record);
    const open = () => {
      if (this.shown !== record) return;
      // A live Range for as long as the tooltip follows it (the page's ranges are static).
      const range = liveRange(record.range);
      const shown = this.tooltip.show(this.model(record, entry.value), lineAnchor(range, line(range)), { pinned, focus });
      this.fillInWhenAnswered(record, entry, shown);
    };
    if (entry.value !== undefined) open();
    else void Promise.race([entry.answer, new Promise((resolve) => setTimeout(resolve, MEASURES_WAIT_MS))]).then(open);
  }

  private hideTooltip(): void {
    this.shown = undefined;
    this.tooltip.hide();
  }

  private refreshTooltip(): void {
    const record = this.shown;
    if (!record) return this.tooltip.refresh(undefined);
    const entry = this.measuresOf(record);
    this.tooltip.refresh(this.model(record, entry.value));
    this.fillInWhenAnswered(record, entry);
  }

  /** A tooltip opened before its measures arrived: refresh it with them (once it is up) if still shown. */
  private fillInWhenAnswered(record: MentionRecord, entry: MeasuresAnswer, shown?: Promise<unknown>): void {
    if (entry.value !== undefined) return;
    void Promise.all([entry.answer, shown]).then(() => {
      if (this.shown === record && entry.value !== undefined) this.tooltip.refresh(this.model(record, entry.value));
    });
  }

  // ── messages ────────────────────────────────────────────────────────────────────────────────

  private visible(): MentionRecord[] {
    return this.page.visible((category) => this.highlighter.isEnabled(category));
  }

  counts(): MentionCounts {
    return this.page.counts((category) => this.highlighter.isEnabled(category));
  }

  private reportCounts(): void {
    if (!this.disposed) this.options.report(this.counts());
  }

  pageMentions(): PageMention[] {
    return this.visible().map((record, index) => ({
      index,
      text: record.mention.text,
      kind: record.mention.kind,
      entityId: record.mention.entityId,
      entity: record.mention.entity,
      category: record.mention.category,
      agencies: [...record.mention.agencies],
    }));
  }

  /** Scrolls to mention `index` (as listed by pageMentions), flashes it and opens its tooltip. */
  reveal(index: number): boolean {
    const record = this.visible()[index];
    if (!record) return false;
    this.goTo(record, false);
    this.highlighter.flashRange(record.range);
    return true;
  }

  /** Moves to the next/previous mention in document order; announces where it landed. */
  step(direction: 1 | -1): boolean {
    const records = this.visible();
    const from = this.stepped ?? this.shown;
    const current = from ? records.indexOf(from) : -1;
    const index = stepIndex(records.length, current, direction, () => firstBelowTop(records.map((r) => r.range)));
    const record = records[index];
    if (!record) {
      void this.tooltip.announce(translate(this.locale, 'contentNoMentions'));
      return false;
    }
    this.goTo(record, true);
    const model = this.model(record);
    void this.tooltip.announce(
      translate(this.locale, 'contentAnnounceMention', [index + 1, records.length, model.text, model.category.label]),
    );
    return true;
  }

  private goTo(record: MentionRecord, focus: boolean): void {
    this.stepped = record;
    scrollRangeIntoView(record.range);
    this.showTooltip(record, () => 0, true, focus);
  }

  // ── teardown ────────────────────────────────────────────────────────────────────────────────

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.generation++;
    this.abort.abort();
    for (const dispose of this.disposers.splice(0)) {
      try {
        dispose();
      } catch {
        // Keep releasing the rest: a page that removed our host must not keep our listeners alive.
      }
    }
    this.page.clear();
    this.highlighter.dispose();
  }
}

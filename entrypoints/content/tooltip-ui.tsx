/**
 * Mounts the tooltip and the keyboard announcer in one open shadow root (`<zhengfa-tooltip>`),
 * created on first use only: a page the reader never hovers gets no element at all. The host is
 * appended to <html>, outside <body>, so the article's DOM never changes; it moves into the
 * fullscreen element while the page is fullscreen (anything else is hidden then).
 *
 * Placement is @floating-ui/dom against a virtual element: the line box of the mention the pointer
 * is on (a mention wrapping across lines has several), followed on scroll and resize by autoUpdate.
 */
import { render } from 'preact';
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Announcer, Tooltip } from '../../components/tooltip/Tooltip.tsx';
import { TOOLTIP_CSS } from '../../components/tooltip/tooltip-css.ts';
import type { TooltipModel } from '../../components/tooltip/model.ts';
import type { ContentTranslate } from './strings.ts';

export const TOOLTIP_ELEMENT = 'zhengfa-tooltip';

export interface TooltipDeps {
  t: () => ContentTranslate;
  lang: () => string;
  dark: () => boolean;
  /** The reader closed the tooltip from inside it (close button). */
  onClose: () => void;
  onOpenFullList: (entityId: string) => void;
}

interface Shown {
  model: TooltipModel;
  anchor: VirtualElement;
  pinned: boolean;
}

/** A virtual element for floating-ui: one line box of `range`, re-read on every update. */
export function lineAnchor(range: Range, line: number): VirtualElement {
  return {
    getBoundingClientRect: () => {
      const rects = range.getClientRects();
      return rects[Math.min(line, rects.length - 1)] ?? range.getBoundingClientRect();
    },
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

export class TooltipUi {
  private ui: ShadowRootContentScriptUi<void> | undefined;
  private mounting: Promise<void> | undefined;
  private container: HTMLElement | undefined;
  private shown: Shown | null = null;
  private message = '';
  private stopFollowing: (() => void) | undefined;
  private restoreFocus: HTMLElement | null = null;
  private disposed = false;
  private readonly onFullscreen = () => this.placeHost();

  private readonly ctx: ContentScriptContext;
  private readonly deps: TooltipDeps;

  constructor(ctx: ContentScriptContext, deps: TooltipDeps) {
    this.ctx = ctx;
    this.deps = deps;
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }

  get host(): HTMLElement | undefined {
    return this.ui?.shadowHost;
  }

  get isOpen(): boolean {
    return this.shown !== null;
  }

  get isPinned(): boolean {
    return this.shown?.pinned ?? false;
  }

  /** True when an event target (retargeted to the host outside the shadow root) is our UI. */
  contains(target: EventTarget | null): boolean {
    const host = this.ui?.shadowHost;
    return !!host && target instanceof Node && (target === host || host.contains(target));
  }

  async show(model: TooltipModel, anchor: VirtualElement, options: { pinned: boolean; focus?: boolean }): Promise<void> {
    this.shown = { model, anchor, pinned: options.pinned };
    await this.mount();
    if (this.disposed || this.shown?.model !== model) return;
    this.renderNow();
    this.follow();
    if (options.focus) {
      const active = document.activeElement;
      this.restoreFocus = active instanceof HTMLElement && !this.contains(active) ? active : null;
      this.card()?.focus({ preventScroll: true });
    }
  }

  setPinned(pinned: boolean): void {
    if (!this.shown || this.shown.pinned === pinned) return;
    this.shown.pinned = pinned;
    this.renderNow();
  }

  hide(): void {
    if (!this.shown) return;
    const hadFocus = this.ui?.shadow.activeElement != null;
    this.shown = null;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.renderNow();
    if (hadFocus && this.restoreFocus?.isConnected) this.restoreFocus.focus({ preventScroll: true });
    this.restoreFocus = null;
  }

  /** Says `message` through the live region (keyboard navigation). */
  async announce(message: string): Promise<void> {
    await this.mount();
    // Clearing first makes screen readers repeat an identical message.
    this.message = '';
    this.renderNow();
    this.message = message;
    setTimeout(() => this.renderNow(), 50);
  }

  /** Re-renders after a language or theme change. */
  refresh(model?: TooltipModel): void {
    if (model && this.shown) this.shown.model = model;
    this.renderNow();
  }

  dispose(): void {
    this.disposed = true;
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    this.stopFollowing?.();
    if (this.container) render(null, this.container);
    this.ui?.remove();
    this.ui = undefined;
    this.shown = null;
  }

  private card(): HTMLElement | null {
    return this.container?.querySelector<HTMLElement>('.card') ?? null;
  }

  private mount(): Promise<void> {
    this.mounting ??= createShadowRootUi(this.ctx, {
      name: TOOLTIP_ELEMENT,
      position: 'inline',
      anchor: () => document.fullscreenElement ?? document.documentElement,
      append: 'last',
      mode: 'open',
      css: TOOLTIP_CSS,
      onMount: (container) => {
        this.container = container;
      },
    }).then((ui) => {
      if (this.disposed) {
        ui.remove();
        return;
      }
      this.ui = ui;
      ui.mount();
    });
    return this.mounting;
  }

  /** Keeps the host where the reader can see it: inside the fullscreen element, if any. */
  private placeHost(): void {
    const host = this.ui?.shadowHost;
    if (!host) return;
    const parent = document.fullscreenElement ?? document.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  }

  private renderNow(): void {
    if (!this.container || this.disposed) return;
    const shown = this.shown;
    const t = this.deps.t();
    render(
      <>
        {shown && (
          <Tooltip
            model={shown.model}
            t={t}
            dark={this.deps.dark()}
            pinned={shown.pinned}
            lang={this.deps.lang()}
            onClose={() => this.deps.onClose()}
            onOpenFullList={(id) => this.deps.onOpenFullList(id)}
          />
        )}
        <Announcer message={this.message} />
      </>,
      this.container,
    );
  }

  private follow(): void {
    this.stopFollowing?.();
    const card = this.card();
    const shown = this.shown;
    if (!card || !shown) return;
    const update = () => {
      void computePosition(shown.anchor, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        card.style.left = `${Math.round(x)}px`;
        card.style.top = `${Math.round(y)}px`;
      });
    };
    this.stopFollowing = autoUpdate(shown.anchor, card, update, { animationFrame: false });
  }
}

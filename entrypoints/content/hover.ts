/**
 * Hover behaviour, WCAG 1.4.13 style (hoverable, dismissible, persistent):
 * - one passive pointermove listener on the document, handled once per animation frame;
 * - a show delay (settings.tooltipDelayMs) so sweeping the pointer across a paragraph opens nothing;
 * - a hide delay, long enough to cross the gap into the tooltip, which then stays open while the
 *   pointer is in it (the "safe path");
 * - Esc closes; a click on a mention or inside the tooltip pins it; a pinned tooltip closes on Esc,
 *   its close button or a click elsewhere. Nothing here calls preventDefault: links keep working.
 */
import type { MentionRecord } from './page-mentions.ts';

export const HIDE_DELAY_MS = 400;

export interface HoverDeps {
  findAt: (x: number, y: number) => MentionRecord | undefined;
  inTooltip: (target: EventTarget | null) => boolean;
  delayMs: () => number;
  show: (record: MentionRecord, x: number, y: number, pinned: boolean) => void;
  hide: () => void;
  pin: () => void;
  shownRecord: () => MentionRecord | undefined;
  isPinned: () => boolean;
}

export function attachHover(deps: HoverDeps, signal: AbortSignal): { cancelPending: () => void } {
  let frame = 0;
  let lastX = 0;
  let lastY = 0;
  let lastTarget: EventTarget | null = null;
  let pending: { record: MentionRecord; timer: ReturnType<typeof setTimeout> } | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const cancelPending = () => {
    if (pending) clearTimeout(pending.timer);
    pending = undefined;
  };
  const cancelHide = () => {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const scheduleHide = () => {
    if (hideTimer || !deps.shownRecord() || deps.isPinned()) return;
    hideTimer = setTimeout(() => {
      hideTimer = undefined;
      if (!deps.isPinned()) deps.hide();
    }, HIDE_DELAY_MS);
  };

  const onFrame = () => {
    frame = 0;
    if (deps.inTooltip(lastTarget)) {
      cancelHide();
      cancelPending();
      return;
    }
    const record = deps.findAt(lastX, lastY);
    if (!record) {
      cancelPending();
      scheduleHide();
      return;
    }
    if (record === deps.shownRecord()) {
      cancelHide();
      cancelPending();
      return;
    }
    if (deps.isPinned() || pending?.record === record) return;
    cancelPending();
    const x = lastX;
    const y = lastY;
    pending = {
      record,
      timer: setTimeout(() => {
        pending = undefined;
        cancelHide();
        deps.show(record, x, y, false);
      }, deps.delayMs()),
    };
  };

  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      lastX = event.clientX;
      lastY = event.clientY;
      lastTarget = event.target;
      if (!frame) frame = requestAnimationFrame(onFrame);
    },
    { passive: true, signal },
  );

  // The pointer left the window: nothing is under it any more.
  document.addEventListener(
    'pointerout',
    (event) => {
      if (event.relatedTarget === null) {
        cancelPending();
        scheduleHide();
      }
    },
    { passive: true, signal },
  );

  document.addEventListener(
    'click',
    (event) => {
      if (deps.inTooltip(event.target)) {
        if (deps.shownRecord()) deps.pin();
        return;
      }
      const record = deps.findAt(event.clientX, event.clientY);
      if (record) {
        cancelPending();
        cancelHide();
        deps.show(record, event.clientX, event.clientY, true);
      } else if (deps.shownRecord()) {
        deps.hide();
      }
    },
    { passive: true, signal },
  );

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && deps.shownRecord()) {
        cancelPending();
        cancelHide();
        deps.hide();
      }
    },
    { signal },
  );

  signal.addEventListener('abort', () => {
    cancelPending();
    cancelHide();
    if (frame) cancelAnimationFrame(frame);
  });

  return { cancelPending };
}

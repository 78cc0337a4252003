/**
 * Tooltip styles for the shadow root. Pixel units only: a page's `html { font-size: 62.5% }` must
 * not shrink the card. The host is a zero-size fixed box, so mounting it never moves page content.
 */
export const TOOLTIP_CSS = `
:host { position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important;
  height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; }

.card { position: fixed; top: 0; left: 0; z-index: 2147483647; box-sizing: border-box; width: max-content; max-width: 360px; max-height: 420px; overflow: auto;
  padding: 10px 12px; border-radius: 8px; border: 1px solid #c9ccd1; background: #ffffff; color: #1f2328;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18); font: 14px/1.5 system-ui, "PingFang SC", "Hiragino Sans GB",
  "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; text-align: left; outline: none; }
.card.dark { background: #1e2227; color: #e6e6e6; border-color: #4a4f57; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
.card.pinned { border-width: 2px; padding: 9px 11px; }
.card:focus-visible { outline: 2px solid #0072b2; outline-offset: 2px; }
.head { display: flex; align-items: baseline; gap: 8px; }
.match { font-size: 16px; font-weight: 700; }
.entity { color: #57606a; font-size: 13px; }
.dark .entity { color: #a8b0b8; }
.close { margin-left: auto; border: 0; background: transparent; color: inherit; font: 18px/1 system-ui, sans-serif;
  cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.close:hover, .close:focus-visible { background: rgba(127, 127, 127, 0.2); }
p { margin: 4px 0; }
.category { display: flex; align-items: center; gap: 6px; font-size: 13px; }
.chip { display: inline-block; width: 12px; height: 12px; border-radius: 3px; border: 2px solid; box-sizing: border-box; }
.label { color: #57606a; margin-right: 6px; font-size: 12px; }
.dark .label { color: #a8b0b8; }
.agencies { font-size: 13px; }
.heading { margin: 8px 0 4px; font-size: 13px; font-weight: 700; }
.measures { margin: 0; padding: 0 0 0 18px; }
.measure { margin: 0 0 6px; }
.summary { margin: 0; }
.badge { display: inline-block; margin-right: 6px; padding: 0 4px; border-radius: 3px; font-size: 11px;
  background: #eaeef2; color: #1f2328; }
.dark .badge { background: #3a4048; color: #e6e6e6; }
.target, .speaker { font-size: 13px; }
.deadline { margin-left: 6px; font-size: 12px; color: #57606a; }
.dark .deadline { color: #a8b0b8; }
.meta { font-size: 12px; color: #57606a; }
.dark .meta { color: #a8b0b8; }
.empty { font-size: 13px; color: #57606a; }
.dark .empty { color: #a8b0b8; }
.foot { margin-top: 8px; display: flex; justify-content: flex-end; }
.full { border: 1px solid #0072b2; background: #0072b2; color: #ffffff; border-radius: 6px; padding: 4px 10px;
  font: 13px/1.4 inherit; font-family: inherit; cursor: pointer; }
.dark .full { background: #56b4e9; border-color: #56b4e9; color: #0b1620; }
.full:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.sr-only { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

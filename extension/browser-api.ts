/**
 * The extension API as the glue modules receive it: `browser` from wxt/browser in the extension,
 * `fakeBrowser` (plus stubs for APIs it does not mock) in unit tests.
 */
import type { browser } from 'wxt/browser';

export type BrowserApi = typeof browser;

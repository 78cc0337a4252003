/**
 * The built Firefox extension (.output/firefox-mv3) in Debian's Firefox ESR: the same pages and the
 * same expected highlights as the Chromium tests (content.e2e.ts), through the same content script,
 * messaging and background, with the background's scan in WebAssembly (the manifest's CSP).
 * Skipped, with a message, where no Firefox is installed (.ci/run installs firefox-esr).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { findFirefox, launchFirefox, type FirefoxSession } from './firefox.ts';
import { expectFixtureHighlights, readHighlights } from './harness.ts';

const firefox = findFirefox();
if (!firefox) console.log('Firefox tests skipped: no /usr/bin/firefox-esr or /usr/bin/firefox (set FIREFOX_BIN to run them)');

const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'firefox-mv3');

type Highlights = Record<string, string[]>;
interface ScanDetail {
  mentions: number;
  scanEngine?: string;
}

describe.skipIf(!firefox)('the extension in Firefox', () => {
  let browser: FirefoxSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchFirefox(firefox!, EXTENSION_DIR);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a fixture and waits until the scan has finished and `ready` holds for its highlights. */
  async function scanned(fixture: string, ready: (h: Highlights) => boolean): Promise<{ h: Highlights; scan: ScanDetail }> {
    await browser.navigate(`${server.baseUrl}/${fixture}`);
    const read = `(() => {
      const entry = performance.getEntriesByName('zhengfa:scan')[0];
      return { h: (${readHighlights.toString()})(), scan: entry ? entry.detail : null };
    })()`;
    const deadline = Date.now() + 15_000;
    for (;;) {
      const state = await browser.evaluate<{ h: Highlights; scan: ScanDetail | null }>(read);
      if (state.scan && ready(state.h)) return { h: state.h, scan: state.scan };
      if (Date.now() > deadline) throw new Error(`no scan in Firefox: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('highlights the same agencies and terms as in Chromium, none of the look-alikes, scanning in WebAssembly', async () => {
    const { h, scan } = await scanned('news-article.html', (h) => (h['zhengfa-agency']?.length ?? 0) >= 6);
    expectFixtureHighlights('news-article.html', h);
    expect(scan.mentions).toBe(Object.values(h).flat().length);
    // The background (an event page in Firefox) compiled the WebAssembly scan: the manifest's CSP
    // allows it and Firefox has the JS string builtins.
    expect(scan.scanEngine).toBe('wasm');
  });

  it('opens the tooltip with the 2024 measures on a click (caret hit-testing, shadow root, measures from the background)', async () => {
    await scanned('news-article.html', (h) => (h['zhengfa-crime']?.length ?? 0) >= 4);
    // The middle of 跨境赌博, scrolled into view (Firefox hit-tests with caretPositionFromPoint).
    const point = await browser.evaluate<{ x: number; y: number }>(`(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.nodeValue || '').indexOf('跨境赌博');
        if (at < 0) continue;
        node.parentElement.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 4);
        const r = range.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    })()`);
    await browser.click(point.x, point.y);
    // The UI follows the browser's language: Debian's Firefox ESR runs in English (en-US).
    const chinese = (await browser.evaluate<string>('navigator.language')).startsWith('zh');
    const commitment = dataset.commitments.find((c) => c.id === '2024-xinhua-conference-cross-border-gambling')!;
    const summary = chinese ? commitment.summary : commitment.summaryEn!;
    const tooltip = `[...document.querySelectorAll('*')].filter((el) => el.tagName.toLowerCase().startsWith('zhengfa-') && el.shadowRoot).map((el) => el.shadowRoot.textContent).join('\\n')`;
    const deadline = Date.now() + 5000;
    let text = '';
    while (!text.includes(summary)) {
      if (Date.now() > deadline) throw new Error(`no measures in the tooltip: ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      text = await browser.evaluate<string>(tooltip);
    }
    expect(text).toContain('跨境赌博');
    expect(text).toContain(chinese ? '查看全部承诺' : 'See all commitments');
  });

  it('reads traditional script and leaves Taiwan and Hong Kong bodies alone', async () => {
    const { h } = await scanned('news-traditional.html', (h) => (h['zhengfa-agency']?.length ?? 0) >= 2);
    expectFixtureHighlights('news-traditional.html', h);
  });
});

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
import { expectFixtureHighlights, findTextPoint, readExtensionShadowText, readHighlights, TEST_HOSTS } from './harness.ts';

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
    browser = await launchFirefox(firefox!, EXTENSION_DIR, TEST_HOSTS);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Evaluates `expression` until `ok` holds for its value (or fails after `timeout` ms, saying `what`). */
  async function poll<T>(expression: string, ok: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await browser.evaluate<T>(expression);
      if (ok(value)) return value;
      if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Opens a fixture and waits until the scan has finished and `ready` holds for its highlights. */
  async function scanned(fixture: string, ready: (h: Highlights) => boolean, host?: (typeof TEST_HOSTS)[number]): Promise<{ h: Highlights; scan: ScanDetail }> {
    await browser.navigate(`${server.baseUrlFor(host)}/${fixture}`);
    const read = `(() => {
      const entry = performance.getEntriesByName('zhengfa:scan')[0];
      return { h: (${readHighlights.toString()})(), scan: entry ? entry.detail : null };
    })()`;
    const state = await poll<{ h: Highlights; scan: ScanDetail | null }>(read, (s) => !!s.scan && ready(s.h), 'no scan in Firefox');
    return { h: state.h, scan: state.scan! };
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
    const point = await browser.evaluate<{ x: number; y: number } | null>(`(${findTextPoint.toString()})({ text: '跨境赌博', occurrence: 0 })`);
    expect(point).not.toBeNull();
    await browser.click(point!.x, point!.y);
    // The UI follows the browser's language: Debian's Firefox ESR runs in English (en-US).
    const chinese = (await browser.evaluate<string>('navigator.language')).startsWith('zh');
    const commitment = dataset.commitments.find((c) => c.id === '2024-xinhua-conference-cross-border-gambling')!;
    const summary = chinese ? commitment.summary : commitment.summaryEn!;
    const text = await poll<string[]>(`(${readExtensionShadowText.toString()})()`, (t) => t.join('\n').includes(summary), 'no measures in the tooltip', 5000).then((t) => t.join('\n'));
    expect(text).toContain('跨境赌博');
    expect(text).toContain(chinese ? '查看全部承诺' : 'See all commitments');
  });

  it('reads traditional script and leaves Taiwan and Hong Kong bodies alone', async () => {
    const { h } = await scanned('news-traditional.html', (h) => (h['zhengfa-agency']?.length ?? 0) >= 2);
    expectFixtureHighlights('news-traditional.html', h);
  });

  it('reads a Taiwanese outlet\'s bare 最高法院 and 最高檢 as Taiwan\'s bodies (the region from the sender URL)', async () => {
    const neutral = await scanned('news-taiwan.html', (h) => (h['zhengfa-crime']?.length ?? 0) >= 1);
    expect(neutral.h['zhengfa-agency']).toEqual(['最高法院', '最高法院', '最高檢', '最高法院', '公安部']);
    const taiwanese = await scanned('news-taiwan.html', (h) => (h['zhengfa-crime']?.length ?? 0) >= 1, 'news.ltn.com.tw');
    expect(taiwanese.h['zhengfa-agency']).toEqual(['最高法院', '公安部']);
  });
});

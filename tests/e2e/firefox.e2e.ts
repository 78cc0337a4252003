/**
 * The built Firefox extension (.output/firefox-mv3) in Debian's Firefox ESR: the same pages and the
 * same expected highlights as the Chromium tests (content.e2e.ts), through the same content script,
 * messaging and background, with the background's scan in WebAssembly (the manifest's CSP).
 * Skipped, with a message, where no Firefox is installed (.ci/run installs firefox-esr).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { findFirefox, launchFirefox, type FirefoxSession } from './firefox.ts';
import { readHighlights } from './harness.ts';

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
    expect(h['zhengfa-agency']).toEqual([
      '中央政法工作会议', '最高人民检察院', '最高人民法院', '公安部', '司法部', '最高人民（隐藏的插入语）检察院',
    ]);
    expect(h['zhengfa-crime']).toEqual(['电信网络诈骗犯罪', '扫黑除恶', '枫桥经验', '跨境赌博']);
    expect(h['zhengfa-livelihood']).toEqual(['公益诉讼', '食品安全']);
    expect(h['zhengfa-business']).toEqual(['企业合规', '民营经济']);
    const all = Object.values(h).flat().join('|');
    for (const never of ['公安部门', '越南公安部', '美国司法部', '最高检', '最高立减', '辛苦']) expect(all).not.toContain(never);
    expect(scan.mentions).toBe(Object.values(h).flat().length);
    // The background (an event page in Firefox) compiled the WebAssembly scan: the manifest's CSP
    // allows it and Firefox has the JS string builtins.
    expect(scan.scanEngine).toBe('wasm');
  });

  it('reads traditional script and leaves Taiwan and Hong Kong bodies alone', async () => {
    const { h } = await scanned('news-traditional.html', (h) => (h['zhengfa-agency']?.length ?? 0) >= 2);
    expect(h['zhengfa-agency']).toEqual(['政法機關', '最高人民檢察院', '公安部']);
    expect(h['zhengfa-crime']).toEqual(['電信網絡詐騙犯罪', '掃黑除惡']);
    const all = Object.values(h).flat().join('|');
    expect(all).not.toContain('最高法院');
    expect(all).not.toContain('律政司');
  });
});

/**
 * Real-browser harness: Debian's Chromium driven by playwright-core with the built extension
 * loaded (.output/chrome-mv3, built by global-setup.ts). `useExtension()` gives each test file
 * one browser profile, a fixture server on 127.0.0.1, screenshots of failures in test-results/,
 * and shuts every process down afterwards.
 */
import { chromium, type BrowserContext, type Page, type Worker, type Request } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The built extension the tests load (EXTENSION_DIR overrides it, e.g. to bench another build). */
export const EXTENSION_DIR = process.env.EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
export const RESULTS_DIR = join(ROOT, 'test-results');
export const SCREENSHOTS_DIR = join(ROOT, 'docs', 'screenshots');
const AXE_SCRIPT = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  /** Every request the browser made, page and extension alike. */
  requests: Request[];
  serviceWorker(): Promise<Worker>;
  /**
   * Opens tests/fixtures/<name> (or a routed path) and waits for the content script to finish.
   * `host`: serve it under one of TEST_HOSTS instead of 127.0.0.1 (the page's site as the
   * extension sees it).
   */
  openFixture(name: string, options?: { waitForScan?: boolean; host?: (typeof TEST_HOSTS)[number] }): Promise<Page>;
  /** Opens an extension page such as `popup.html` in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The action badge text for the tab showing `page`. */
  badgeText(page: Page): Promise<string>;
  close(): Promise<void>;
}

/** News hosts the browser resolves to the fixture server (a page "on" a real outlet's site). */
export const TEST_HOSTS = ['news.ltn.com.tw'] as const;

export const CHROMIUM_ARGS = [
  `--host-resolver-rules=${TEST_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
  '--disable-gpu',
  '--lang=zh-CN',
  // Chromium 137+ only honours --load-extension with this feature off.
  '--disable-features=DisableLoadExtensionCommandLineSwitch',
];

export async function launchExtension(): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'zhengfa-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new is passed below; Playwright's own flag picks the old mode
    ignoreDefaultArgs: ['--disable-extensions', '--headless'],
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
    viewport: { width: 1200, height: 800 },
    locale: 'zh-CN',
  });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));

  const serviceWorker = async (): Promise<Worker> =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await serviceWorker()).url()).host;

  const session: ExtensionSession = {
    context,
    extensionId,
    server,
    requests,
    serviceWorker,
    async openFixture(name, { waitForScan = true, host } = {}) {
      const page = await context.newPage();
      await page.goto(`${server.baseUrlFor(host)}/${name.replace(/^\//, '')}`);
      if (waitForScan) await waitForScanned(session, page);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async badgeText(page) {
      const scan = await waitForScanned(session, page);
      const worker = await serviceWorker();
      return worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), scan.tabId);
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Waits until the content script has scanned the page's top frame and reported to the
 * background, which keeps per-tab results in storage.session (nothing is written to the page).
 */
export async function waitForScanned(
  session: ExtensionSession,
  page: Page,
  timeout = 15_000,
): Promise<TabScanRecord & { tabId: number }> {
  const worker = await session.serviceWorker();
  const deadline = Date.now() + timeout;
  for (;;) {
    const scan = await readTabScan(worker, page.url());
    if (scan?.frames['0']) return scan;
    if (Date.now() > deadline) throw new Error(`content script never reported for ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface TabScanRecord {
  url: string;
  frames: Record<string, { total: number; byCategory: Record<string, number> }>;
}

async function readTabScan(
  worker: Worker,
  url: string,
): Promise<(TabScanRecord & { tabId: number }) | undefined> {
  // Found through the background's own records: reading tab URLs would need the tabs permission.
  return worker.evaluate(async (tabUrl) => {
    const all = await chrome.storage.session.get(null);
    for (const [key, value] of Object.entries(all)) {
      const scan = value as TabScanRecord;
      if (key.startsWith('tabScan:') && scan.url === tabUrl) {
        return { ...scan, tabId: Number(key.slice('tabScan:'.length)) };
      }
    }
    return undefined;
  }, url);
}

/** Registers a browser for the current test file; screenshots every failing test's pages. */
export function useExtension(): { get: () => ExtensionSession } {
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach((ctx) => {
    ctx.onTestFailed(async () => {
      if (!session) return;
      mkdirSync(RESULTS_DIR, { recursive: true });
      const slug = ctx.task.name.replace(/[^\w\u4e00-\u9fff-]+/g, '_').slice(0, 80);
      let i = 0;
      for (const page of session.context.pages()) {
        await page
          .screenshot({ path: join(RESULTS_DIR, `${slug}-${i++}.png`), fullPage: false })
          .catch(() => undefined);
      }
    });
  });
  return {
    get: () => {
      if (!session) throw new Error('extension session not started');
      return session;
    },
  };
}

/** Moves the pointer to the middle of the `occurrence`-th occurrence of `text` in the page. */
export async function hoverText(page: Page, text: string, occurrence = 0): Promise<void> {
  const point = await textPoint(page, text, occurrence);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/**
 * In the page: viewport coordinates of the middle of an occurrence of `text` in the document's text
 * nodes, scrolled into view, or null. Self-contained, so it can also be sent as source text
 * (tests/e2e/firefox.e2e.ts).
 */
export function findTextPoint({ text, occurrence }: { text: string; occurrence: number }): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    let at = value.indexOf(text);
    while (at >= 0) {
      if (seen++ === occurrence) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      }
      at = value.indexOf(text, at + 1);
    }
  }
  return null;
}

/** Viewport coordinates of the middle of an occurrence of `text` in the document's text nodes. */
export async function textPoint(
  page: Page,
  text: string,
  occurrence = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(findTextPoint, { text, occurrence });
  if (!point) throw new Error(`text not found on page: ${text} (#${occurrence})`);
  return point;
}

/** In the page: text content of the extension's open shadow roots (custom elements named zhengfa-*). */
export function readExtensionShadowText(): string[] {
  return [...document.querySelectorAll('*')]
    .filter((el) => el.tagName.toLowerCase().startsWith('zhengfa-') && el.shadowRoot)
    .map((el) => el.shadowRoot?.textContent ?? '');
}

/** Text content of the extension's open shadow roots (readExtensionShadowText). */
export async function extensionShadowText(page: Page): Promise<string[]> {
  return page.evaluate(readExtensionShadowText);
}

/**
 * What the fixture pages must show in every browser (content.e2e.ts in Chromium, firefox.e2e.ts in
 * Firefox): the highlighted strings per highlight, in document order, and strings that must stay
 * unmarked. In news-article.html the last agency joins 最高人民…检察院 across a display:none span
 * (Range.toString includes its text; nothing of it is painted) and leaves out a visibility:hidden
 * 公安部; 政法機關 in news-traditional.html's headline is the political-legal organs collectively.
 */
export const EXPECTED_HIGHLIGHTS: Record<string, { highlights: Record<string, string[]>; never: string[] }> = {
  'news-article.html': {
    highlights: {
      'zhengfa-agency': ['中央政法工作会议', '最高人民检察院', '最高人民法院', '公安部', '司法部', '最高人民（隐藏的插入语）检察院'],
      'zhengfa-crime': ['电信网络诈骗犯罪', '扫黑除恶', '枫桥经验', '跨境赌博'],
      'zhengfa-livelihood': ['公益诉讼', '食品安全'],
      'zhengfa-business': ['企业合规', '民营经济'],
    },
    // Look-alikes, hidden text, form fields and script text.
    never: ['公安部门', '越南公安部', '美国司法部', '最高检', '最高立减', '辛苦'],
  },
  'news-traditional.html': {
    highlights: {
      'zhengfa-agency': ['政法機關', '最高人民檢察院', '公安部'],
      'zhengfa-crime': ['電信網絡詐騙犯罪', '掃黑除惡'],
    },
    never: ['最高法院', '律政司'],
  },
};

/** Asserts `h` (readHighlights) is what EXPECTED_HIGHLIGHTS[fixture] says. */
export function expectFixtureHighlights(fixture: string, h: Record<string, string[]>): void {
  const expected = EXPECTED_HIGHLIGHTS[fixture]!;
  for (const [name, texts] of Object.entries(expected.highlights)) expect(h[name], name).toEqual(texts);
  const all = Object.values(h).flat().join('|');
  for (const never of expected.never) expect(all).not.toContain(never);
}

/**
 * In the page: the CSS Custom Highlight registry as highlight name → highlighted strings in
 * document order. Ranges inside shadow roots are ordered by their shadow host's position (comparing
 * boundary points across trees throws). Self-contained, so it can also be sent as source text
 * (tests/e2e/firefox.ts).
 */
export function readHighlights(): Record<string, string[]> {
  const anchor = (node: Node): Node => {
    let n = node;
    while (n.getRootNode() instanceof ShadowRoot) n = (n.getRootNode() as ShadowRoot).host;
    return n;
  };
  // The extension paints StaticRanges (entrypoints/content/ranges.ts): read them as live Ranges.
  const live = (r: AbstractRange): Range => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  };
  const out: Record<string, string[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    const ranges = ([...highlight] as AbstractRange[]).map(live);
    ranges.sort((a, b) => {
      const x = anchor(a.startContainer);
      const y = anchor(b.startContainer);
      if (x === y) return a.compareBoundaryPoints(Range.START_TO_START, b);
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    out[name] = ranges.map(String);
  });
  return out;
}

/** The page's highlights (readHighlights). */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(readHighlights);
}

/**
 * The page's own DOM changes, timed in the page: 300 paragraphs inserted at the top of the article
 * and removed again; the median over `rounds`. The document updates every live Range on each
 * change, so a page holding many live Ranges makes this slow (static highlights do not).
 */
export function timePageMutations(page: Page, rounds = 1): Promise<number> {
  return page.evaluate((rounds) => {
    const article = document.getElementById('article') ?? document.body;
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      for (let k = 0; k < 300; k++) {
        const p = document.createElement('p');
        p.textContent = '新的段落';
        article.insertBefore(p, article.firstChild);
        p.remove();
      }
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[times.length >> 1]!;
  }, rounds);
}

/**
 * Sends a typed-protocol message to a tab's content script (top frame) from the service worker, in
 * @webext-core/messaging's wire format, and returns the handler's answer.
 */
export async function sendToTab<T>(
  session: ExtensionSession,
  target: Page | number,
  type: string,
  data: unknown,
): Promise<T> {
  const tabId = typeof target === 'number' ? target : (await waitForScanned(session, target)).tabId;
  const worker = await session.serviceWorker();
  const reply = await worker.evaluate(
    ({ tabId, type, data }) =>
      new Promise<{ res?: unknown; err?: unknown } | undefined>((resolve) =>
        chrome.tabs.sendMessage(tabId, { id: Date.now(), type, data, timestamp: Date.now() }, { frameId: 0 }, resolve),
      ),
    { tabId, type, data },
  );
  if (!reply || reply.err) throw new Error(`${type} failed: ${JSON.stringify(reply)}`);
  return reply.res as T;
}

/**
 * axe-core's violations on `page`, one line each. Evaluated through the DevTools protocol: extension
 * pages forbid inline script tags (CSP script-src 'self'), which DevTools evaluation is not subject to.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: { target: unknown }[] }[] };
    const result = await (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}

/**
 * Saves a README screenshot to docs/screenshots/<name> — only with UPDATE_SCREENSHOTS=1, so
 * ordinary test runs leave the working tree clean.
 */
export async function saveReadmeScreenshot(
  target: Pick<Page, 'screenshot'>,
  name: string,
  options: Parameters<Page['screenshot']>[0] = {},
): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await target.screenshot({ ...options, path: join(SCREENSHOTS_DIR, name) });
}

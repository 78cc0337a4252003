/**
 * Page-annotation cost in real Chromium with the built extension (npm run bench:browser):
 *
 * - a ~20k-character article: the content script's main-thread time for annotating it;
 * - a ~2M-character page: the longest task while the extension scans it (PerformanceObserver
 *   'longtask', registered before load), the time until every highlight is in, and mark.js 8.11.1
 *   highlighting the same aliases on the same page (`separateWordSearch: false, acrossElements:
 *   true`), run with the extension switched off for the host, as the baseline;
 * - the content script's gzipped size.
 *
 * The content script reports its own timings as `performance.measure` entries named `zhengfa:*`
 * (the isolated world and the page share the document's performance timeline; checked below).
 *
 * Reuses the built extension when E2E_REUSE_BUILD=1 (or --reuse), otherwise builds it first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { dataset } from '../data/index.ts';
import { EXTENSION_DIR, ROOT, launchExtension, waitForScanned, type ExtensionSession } from '../tests/e2e/harness.ts';

const BUDGET = { articleMs: 10, longTaskMs: 50, allHighlightsMs: 1000, markjsRatio: 10, bundleKb: 60 };

// Sentences in the project's own words, shaped like news copy; a few hold agencies and terms.
const SENTENCES = [
  '在刚刚闭幕的中央政法工作会议上，与会代表围绕如何遏制电信网络诈骗犯罪展开讨论。',
  '最高人民<a href="#">检察院</a>在会后表示，今年要把公益诉讼办案重心放到群众身边的食品安全问题上。',
  '最高人民法院提出，要把新时代“枫桥经验”用到基层治理中去。',
  '公安部则强调，对跨境赌博要继续保持高压，并加强国际执法合作。',
  '司法部有关负责人称，今年将稳步扩大涉案<em>企业合规</em>改革的试点范围。',
  '春节前后，各地客流明显回升，铁路部门增开了多趟临时列车，方便旅客出行。',
  '一些地方的公安部门近日开展了联合巡查，越南公安部代表团本周也来访交流。',
  '专家认为，稳就业需要多方合力，既要扩大岗位供给，也要做好职业技能培训。',
  '记者走访发现，不少社区已经建起了调解室，邻里纠纷往往在家门口就能得到化解。',
  '天气方面，未来三天北方大部地区气温回升，南方仍有小到中雨，请注意出行安全。',
  '据了解，这项工作从去年下半年开始试点，目前已经覆盖了十多个城市的上百个街道。',
  '有受访者说，过去办一件事要跑好几个窗口，现在在手机上就能提交材料、查询进度。',
  '业内人士指出，相关配套细则仍在制定之中，具体实施时间将另行公布。',
  '当天上午，现场秩序井然，志愿者在入口处为前来咨询的群众发放宣传资料。',
  '统计数据显示，去年全年受理的相关申请数量同比增长约两成，办理时限明显缩短。',
  '多位基层干部表示，接下来将结合本地实际，把各项措施落细落实。',
  '在另一场座谈会上，几位企业代表就融资难、回款慢等问题提出了意见和建议。',
  '该负责人还提醒，市民接到陌生来电要求转账时，务必先核实对方身份。',
]; // about 12 mentions per 1,000 characters, the density of the dev corpus's political-legal news

function paragraph(i: number): string {
  const parts: string[] = [];
  for (let k = 0; k < 4; k++) parts.push(SENTENCES[(i * 3 + k * 7) % SENTENCES.length]!);
  return `<div class="para-wrap"><p>${parts.join('')}</p></div>`;
}

/** A news-like page of about `chars` characters of text, with layout wrappers and a sidebar. */
function newsPage(chars: number, extraHead = ''): string {
  const body: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p = paragraph(i);
    body.push(p);
    length += p.replace(/<[^>]+>/g, '').length;
    if (i % 25 === 24) body.push('<div class="ad">广告　新春特惠：家电以旧换新</div>');
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准测试页面</title>
<style>body{margin:0;font:16px/1.8 "Noto Sans CJK SC",sans-serif;color:#333;background:#fff}
.layout{max-width:900px;margin:0 auto;padding:16px}.ad{border:1px dashed #bbb;color:#777;font-size:13px}</style>
${extraHead}</head><body><header><nav><a href="#">首页</a> <a href="#">法治</a></nav></header>
<div class="layout"><div class="main"><article id="article">${body.join('\n')}</article></div></div></body></html>`;
}

/** Long tasks and the extension's measures, collected from before the page's first script. */
const OBSERVE_LONG_TASKS = `<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
</script>`;

interface Measure {
  startTime: number;
  duration: number;
  detail: Record<string, number> | null;
}

async function waitForMeasure(page: Page, name: string, timeout = 30_000): Promise<Measure> {
  const handle = await page.waitForFunction(
    (name) => {
      const entry = performance.getEntriesByName(name, 'measure')[0] as PerformanceMeasure | undefined;
      return entry ? { startTime: entry.startTime, duration: entry.duration, detail: entry.detail } : null;
    },
    name,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as Measure;
}

async function setNeverOn(session: ExtensionSession, hosts: string[]): Promise<void> {
  const worker = await session.serviceWorker();
  await worker.evaluate(
    (neverOn) => chrome.storage.sync.set({ siteRules: { alwaysOn: [], neverOn }, siteRules$: { v: 2 } }),
    hosts,
  );
}

function aliases(): string[] {
  const all = [...dataset.agencies, ...dataset.terms].flatMap((entry) => entry.aliases.map((a) => a.text));
  return [...new Set(all)];
}

interface ArticleRun {
  mainThreadMs: number;
  buildMs: number;
  mentions: number;
  chars: number;
  walkMs: number;
  coreMs: number;
  domMs: number;
}

async function benchArticle(session: ExtensionSession): Promise<ArticleRun> {
  session.server.route('/bench-article.html', newsPage(20_000));
  const runs: ArticleRun[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await session.context.newPage();
    await page.goto(`${session.server.baseUrl}/bench-article.html?run=${i}`);
    const main = await waitForMeasure(page, 'zhengfa:main-thread');
    const build = await waitForMeasure(page, 'zhengfa:build');
    const d = main.detail!;
    runs.push({ mainThreadMs: main.duration, buildMs: build.duration, mentions: d.mentions!, chars: d.chars!, walkMs: d.walkMs!, coreMs: d.coreMs!, domMs: d.domMs! });
    await page.close();
  }
  runs.sort((a, b) => a.mainThreadMs - b.mainThreadMs);
  return runs[Math.floor(runs.length / 2)]!; // median
}

async function benchLongPage(session: ExtensionSession) {
  session.server.route('/bench-long.html', newsPage(2_000_000, OBSERVE_LONG_TASKS));
  const page = await session.context.newPage();
  await page.goto(`${session.server.baseUrl}/bench-long.html`, { timeout: 60_000 });
  const scan = await waitForMeasure(page, 'zhengfa:scan', 60_000);
  await waitForScanned(session, page, 60_000);
  await page.waitForTimeout(300); // let trailing long-task entries arrive
  const result = await page.evaluate((scanStart) => {
    const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks;
    const during = tasks.filter((t) => t.start + t.duration >= scanStart);
    let highlighted = 0;
    CSS.highlights.forEach((h) => (highlighted += (h as Highlight).size));
    return {
      longTasksDuringScan: during.map((t) => Math.round(t.duration)),
      longTasksBeforeScan: tasks.filter((t) => t.start + t.duration < scanStart).map((t) => Math.round(t.duration)),
      highlighted,
      chars: document.body.textContent!.length,
    };
  }, scan.startTime);
  const timeline = await page.evaluate((scanStart) =>
    performance.getEntriesByType('mark').filter((m) => m.name.startsWith('zhengfa:')).map((m) => `${m.name.slice(8)}@${Math.round(m.startTime - scanStart)}`).join(' '), scan.startTime);
  if (process.argv.includes('--verbose')) console.log(`2M page timeline (ms after scan start): ${timeline}`);
  await page.close();
  return { scan, ...result };
}

async function benchMarkJs(session: ExtensionSession, timeoutMs = 300_000) {
  const markJs = readFileSync(join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js'), 'utf8');
  session.server.route('/mark.min.js', markJs, 'text/javascript; charset=utf-8');
  session.server.route('/bench-long-markjs.html', newsPage(2_000_000, '<script src="/mark.min.js"></script>'));
  await setNeverOn(session, ['127.0.0.1']);
  try {
    const page = await session.context.newPage();
    await page.goto(`${session.server.baseUrl}/bench-long-markjs.html`, { timeout: 60_000 });
    page.setDefaultTimeout(timeoutMs);
    return await page.evaluate(
      ({ keywords, timeoutMs }) =>
        new Promise<{ ms: number; marks: number; finished: boolean }>((resolve) => {
          const start = performance.now();
          const timer = setTimeout(() => resolve({ ms: performance.now() - start, marks: -1, finished: false }), timeoutMs);
          const MarkCtor = (window as unknown as { Mark: new (el: Element) => { mark: (k: string[], o: object) => void } }).Mark;
          new MarkCtor(document.getElementById('article')!).mark(keywords, {
            separateWordSearch: false,
            acrossElements: true,
            done: (marks: number) => {
              clearTimeout(timer);
              resolve({ ms: performance.now() - start, marks, finished: true });
            },
          });
        }),
      { keywords: aliases(), timeoutMs },
    );
  } finally {
    await setNeverOn(session, []);
  }
}

function bundleKb(): number {
  const file = join(EXTENSION_DIR, 'content-scripts', 'content.js');
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

async function main(): Promise<void> {
  const reuse = process.env.E2E_REUSE_BUILD === '1' || process.argv.includes('--reuse');
  if (!reuse || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const session = await launchExtension();
  try {
    const article = await benchArticle(session);
    const long = await benchLongPage(session);
    const markjs = process.argv.includes('--skip-markjs') ? { ms: NaN, marks: 0, finished: false } : await benchMarkJs(session);
    const size = bundleKb();
    const allInMs = long.scan.duration;
    const longest = Math.max(0, ...long.longTasksDuringScan);
    const ratio = markjs.ms / allInMs;
    const rows: Array<[string, string, string, boolean]> = [
      ['20k article: annotation main-thread time', `${article.mainThreadMs.toFixed(1)} ms (${article.chars} chars, ${article.mentions} mentions; automaton build ${article.buildMs.toFixed(1)} ms once per page; walk ${article.walkMs.toFixed(1)}, core ${article.coreMs.toFixed(1)}, ranges+highlights ${article.domMs.toFixed(1)})`, `≤ ${BUDGET.articleMs} ms`, article.mainThreadMs <= BUDGET.articleMs],
      ['2M page: longest task during the scan', long.longTasksDuringScan.length ? `${longest} ms (${long.longTasksDuringScan.length} long tasks: ${long.longTasksDuringScan.join(', ')})` : 'none over 50 ms', `≤ ${BUDGET.longTaskMs} ms`, longest <= BUDGET.longTaskMs],
      ['2M page: longest extension slice', `${(long.scan.detail!.longestSliceMs ?? 0).toFixed(1)} ms over ${long.scan.detail!.slices} slices`, '—', true],
      ['2M page: all highlights in', `${allInMs.toFixed(0)} ms (${long.chars} chars, ${long.highlighted} highlights, main thread ${(long.scan.detail!.mainThreadMs ?? 0).toFixed(0)} ms: walk ${(long.scan.detail!.walkMs ?? 0).toFixed(0)}, core ${(long.scan.detail!.coreMs ?? 0).toFixed(0)}, ranges+highlights ${(long.scan.detail!.domMs ?? 0).toFixed(0)}; yielded to the page ${(long.scan.detail!.yieldedMs ?? 0).toFixed(0)} ms)`, `≤ ${BUDGET.allHighlightsMs} ms`, allInMs <= BUDGET.allHighlightsMs],
      ['2M page: mark.js 8.11.1, same aliases', markjs.finished ? `${markjs.ms.toFixed(0)} ms (${markjs.marks} marks) → ${ratio.toFixed(1)}× slower` : `did not finish in ${(markjs.ms / 1000).toFixed(0)} s → > ${ratio.toFixed(1)}× slower`, `≥ ${BUDGET.markjsRatio}×`, ratio >= BUDGET.markjsRatio],
      ['content script bundle', `${size.toFixed(1)} KB gzipped`, `≤ ${BUDGET.bundleKb} KB`, size <= BUDGET.bundleKb],
    ];
    if (long.longTasksBeforeScan.length) {
      console.log(`(page's own long tasks before the scan started — parsing/layout of the 2M page: ${long.longTasksBeforeScan.join(', ')} ms)`);
    }
    for (const [what, value, budget, ok] of rows) console.log(`${ok ? 'ok  ' : 'OVER'}  ${what}: ${value}  [budget ${budget}]`);
    if (rows.some((row) => !row[3])) process.exitCode = 1;
  } finally {
    await session.close();
  }
}

await main();

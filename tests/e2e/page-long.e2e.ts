/**
 * A 2M-character news page: the extension must never hold the main thread for a long task while
 * it scans, must get every highlight in, and what is on screen must light up first.
 * (npm run bench:browser reports the same figures against their budgets.)
 */
import { describe, expect, it } from 'vitest';
import { timePageMutations, useExtension, waitForScanned } from './harness.ts';
import { OBSERVE_LONG_TASKS, newsPage } from '../fixtures/news-generator.ts';

describe('a 2M-character page', () => {
  const ext = useExtension();

  it('is scanned in slices with no long task, every mention highlighted', async () => {
    const session = ext.get();
    session.server.route('/long.html', newsPage(2_000_000, OBSERVE_LONG_TASKS));
    const page = await session.context.newPage();
    await page.goto(`${session.server.baseUrl}/long.html`, { timeout: 60_000 });
    const scan = await page
      .waitForFunction(
        () => {
          const entry = performance.getEntriesByName('zhengfa:scan', 'measure')[0] as PerformanceMeasure | undefined;
          return entry ? { start: entry.startTime, duration: entry.duration, detail: entry.detail } : null;
        },
        undefined,
        { timeout: 30_000, polling: 100 },
      )
      .then((handle) => handle.jsonValue());
    const report = await waitForScanned(session, page, 30_000);
    await page.waitForTimeout(200);
    const result = await page.evaluate((scanStart) => {
      const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks;
      let highlighted = 0;
      CSS.highlights.forEach((h) => (highlighted += (h as Highlight).size));
      return {
        longTasks: tasks.filter((t) => t.start + t.duration >= scanStart).map((t) => Math.round(t.duration)),
        highlighted,
        chars: document.body.textContent!.length,
      };
    }, scan!.start);
    expect(result.chars).toBeGreaterThan(2_000_000);
    expect(result.longTasks).toEqual([]);
    expect(scan!.detail.longestSliceMs).toBeLessThan(50);
    // The background scanned in WebAssembly: the manifest's CSP allows it ('wasm-unsafe-eval') and
    // this Chromium has the JS string builtins (else it scans in JavaScript, about 1.5× slower).
    expect(scan!.detail.scanEngine).toBe('wasm');
    expect(result.highlighted).toBe(scan!.detail.mentions);
    expect(report.frames['0']!.total).toBe(scan!.detail.mentions);
    // Generous here (shared CI machines); bench:browser holds it to the 1 s budget.
    expect(scan!.duration).toBeLessThan(3000);
    // The page's own DOM changes stay fast with 30 000 highlights in it: the document updates every
    // live Range on each change (4.5 s for these 300 paragraphs when the highlights were live
    // Ranges, 0.4-0.9 ms now, as without the extension).
    const mutationsMs = await timePageMutations(page);
    expect(mutationsMs).toBeLessThan(200);
    await page.close();
  });

  it('highlights what is on screen first', async () => {
    const session = ext.get();
    // The page scrolls itself to its middle before the content script starts, then watches every
    // frame for the first highlight on screen, noting whether the whole scan was already done.
    const watch = `<script>
      document.addEventListener('DOMContentLoaded', () => {
        window.scrollTo(0, document.documentElement.scrollHeight / 2);
        const tick = () => {
          const h = CSS.highlights.get('zhengfa-agency');
          if (h) for (const r of h) {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            const b = range.getBoundingClientRect();
            if (b.bottom > 0 && b.top < innerHeight) {
              window.__firstVisible = { done: performance.getEntriesByName('zhengfa:scan').length > 0, y: scrollY, size: h.size };
              return;
            }
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    </script>`;
    session.server.route('/long-middle.html', newsPage(2_000_000, watch));
    const page = await session.context.newPage();
    await page.goto(`${session.server.baseUrl}/long-middle.html`, { timeout: 60_000 });
    const first = await page
      .waitForFunction(() => (window as unknown as { __firstVisible?: { done: boolean; y: number; size: number } }).__firstVisible ?? null, undefined, { timeout: 30_000 })
      .then((handle) => handle.jsonValue());
    await page.waitForFunction(() => performance.getEntriesByName('zhengfa:scan').length > 0, undefined, { timeout: 30_000 });
    const total = await page.evaluate(() => (CSS.highlights.get('zhengfa-agency') as Highlight).size);
    expect(first!.y).toBeGreaterThan(100_000);
    expect(first!.done).toBe(false);
    // At the first hand-over only the visible part was in: a small share of the page's mentions.
    expect(first!.size).toBeLessThan(total / 4);
    await page.close();
  });
});

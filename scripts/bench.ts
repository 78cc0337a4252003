/**
 * Throughput of the matching core against two baselines, in the same run (tinybench).
 *
 *   npm run bench [-- --quick]
 *
 * Text: realistic Chinese news text (the dev corpus, simplified + traditional + mixed with pinyin
 * annotations, and the seed article at ../shared), repeated to ~1M and ~10M characters. Without
 * ../shared, text is generated from the dataset's aliases and filler CJK, and the output says so.
 *
 * Tasks, from the like-for-like comparison to everything a caller can ask for:
 *  - core scan (the target's comparison): the matcher alone, on the same aliases and exclusions as
 *    the RegExp; the bench checks first that both find exactly the same spans;
 *  - core records: annotator.records(text), as the extension's background calls it for every page
 *    (extension/find-mentions.ts) — the scan plus the resolver (exclusions, foreign readings, list
 *    items, entity and category), as start, end and entity code;
 *  - core annotate: createAnnotator(dataset, { compiled: AUTOMATON }).annotate(text), as the CLI and
 *    the eval call it — the same, as Mention objects with their text and entity fields;
 *    commitments are ranked when a mention's `commitments` is first read (hover, popup, CLI output);
 *  - annotate + rank every mention: the same, then reads every mention's commitments (what the
 *    CLI's output costs; the extension ranks only what is looked at);
 *  - RegExp: a longest-first alternation of the same folded aliases and exclusions, run on the
 *    pre-converted text (normalize(): trad→simp, width/case folding, zero-width, spaces and pinyin
 *    removed, with an offset map) — what a RegExp user has to do to get the same matches — with the
 *    offsets mapped back; the conversion is part of its time. It finds alias spans, as the scan
 *    does; it neither resolves them nor builds objects;
 *  - fuse.js naive: Fuse over the alias list, searching every 6-character window (stride 3) of a
 *    small slice; the per-character cost is extrapolated, and the output says so.
 * Plus: automaton build time (fresh annotators; cold: precompiled tables and compiled) and heap delta after building.
 *
 * Every task runs in each of several tinybench rounds (7 at 1M, 5 at 10M); each round's median is
 * compared with the RegExp of the same round, and the report gives the median over rounds, the
 * range of the per-round ratios and, for comparison, the ratio of the mean latencies.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import Fuse from 'fuse.js';
import { dataset } from '../data/index.ts';
import { createAnnotator } from '../lib/annotate.ts';
import { AUTOMATON } from '../lib/generated/automaton.ts';
import { loadAutomaton } from '../lib/automaton.ts';
import { buildLexicon } from '../lib/lexicon.ts';
import { foldString, normalize, pinyinAnnotationEnd } from '../lib/normalize.ts';
import { REPO_ROOT } from './eval.ts';

const quick = process.argv.includes('--quick');
setFlagsFromString('--expose-gc');
const SHARED = resolve(REPO_ROOT, '../shared');

function sourceText(): { text: string; origin: string } {
  const dev = join(SHARED, 'corpus/dev');
  const seed = join(SHARED, 'seed');
  if (existsSync(dev)) {
    const parts: string[] = [];
    for (const f of readdirSync(dev).filter((f) => f.endsWith('.json')).sort()) {
      parts.push((JSON.parse(readFileSync(join(dev, f), 'utf8')) as { text: string }).text);
    }
    if (existsSync(seed)) {
      for (const f of readdirSync(seed).filter((f) => f.endsWith('.txt'))) parts.push(readFileSync(join(seed, f), 'utf8'));
    }
    return { text: parts.join('\n'), origin: `dev corpus + seed article from ${SHARED}` };
  }
  // Fallback: aliases in generated filler (deterministic LCG).
  const aliases = buildLexicon(dataset).patterns;
  let seedN = 42;
  const rnd = () => ((seedN = (seedN * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let s = '';
  while (s.length < 20000) {
    const n = 20 + Math.floor(rnd() * 60);
    for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + Math.floor(rnd() * 0x5000));
    s += aliases[Math.floor(rnd() * aliases.length)] + (rnd() < 0.1 ? '\n' : '，');
  }
  return { text: s, origin: `GENERATED text (aliases + random CJK filler): ${SHARED} is absent` };
}

/** `base` repeated to exactly n characters, as one flat string (Array.join), like a page's text. */
function repeatTo(base: string, n: number): string {
  const parts: string[] = [];
  let len = 0;
  while (len + base.length + 1 <= n) {
    parts.push(base);
    len += base.length + 1;
  }
  parts.push(base.slice(0, n - len));
  return parts.join('\n');
}

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(1));

/**
 * `--cold [--compiled]`: build once in this fresh process, as the extension's background does
 * (createAnnotator with rank: false; with --compiled from lib/generated/automaton.ts), and print
 * the time (for the parent); then the ranker's index, which is built on first use.
 */
if (process.argv.includes('--cold')) {
  const compiled = process.argv.includes('--compiled') ? { compiled: AUTOMATON } : {};
  const t = performance.now();
  const a = createAnnotator(dataset, { rank: false, ...compiled });
  const buildMs = performance.now() - t;
  void a.ranker;
  console.log(JSON.stringify({ buildMs, withRankerMs: performance.now() - t }));
  process.exit(0);
}

function coldBuilds(runs: number, compiled: boolean): { build: number[]; total: number[] } {
  const build: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < runs; i++) {
    const args = [fileURLToPath(import.meta.url), '--cold', ...(compiled ? ['--compiled'] : [])];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const o = JSON.parse(r.stdout.trim()) as { buildMs: number; withRankerMs: number };
    build.push(o.buildMs);
    total.push(o.withRankerMs);
  }
  build.sort((a, b) => a - b);
  total.sort((a, b) => a - b);
  return { build, total };
}

async function main() {
  const { text: base, origin } = sourceText();
  console.log(`text: ${origin}; base ${base.length} chars`);

  // Build time and memory. The first build in a fresh process is the one a page pays for (it
  // includes the tables shared by all matchers); later builds show the steady cost.
  const gc = runInNewContext('gc') as () => void;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const built = createAnnotator(dataset);
  gc();
  const heap1 = process.memoryUsage().heapUsed;
  const builds: number[] = [];
  for (let i = 0; i < 11; i++) builds.push(createAnnotator(dataset).buildMs);
  builds.sort((a, b) => a - b);
  const cold = coldBuilds(5, false);
  const pre = coldBuilds(5, true);
  console.log(
    `automaton: ${built.patternCount} folded patterns; createAnnotator cold (fresh process, 5 runs, rank: false as in ` +
      `the extension's background): precompiled tables (lib/generated/automaton.ts) median ${pre.build[2]!.toFixed(2)} ms ` +
      `(max ${pre.build[4]!.toFixed(2)}), compiled median ${cold.build[2]!.toFixed(2)} ms (max ${cold.build[4]!.toFixed(2)}); ` +
      `+ the ranker's index on first use: ${pre.total[2]!.toFixed(2)} / ${cold.total[2]!.toFixed(2)} ms; ` +
      `warm median ${builds[5]!.toFixed(2)} ms / max ${builds[10]!.toFixed(2)} ms over 11; tables ${(built.automatonBytes / 1024).toFixed(0)} KB ` +
      `(${built.scanEngine === 'wasm' ? 'incl. the WebAssembly scan\'s memory' : 'JavaScript scan'}); ` +
      `heap delta after building (incl. shared tables) ${((heap1 - heap0) / 1024).toFixed(0)} KB`,
  );

  // Throughput with the precompiled tables, as the background and the CLI load them (the
  // same tables compileMatcher builds; tests/lib/automaton.test.ts checks they round-trip).
  const annotator = createAnnotator(dataset, { compiled: AUTOMATON });
  console.log(`scan engine: ${annotator.scanEngine} (lib/matcher.ts; WebAssembly where it runs, else JavaScript)`);
  const mentionsPer = (t: string) => annotator.annotate(t).length;
  const rankAll = (t: string) => {
    let n = 0;
    for (const m of annotator.annotate(t)) n += m.commitments.length;
    return n;
  };
  const lexicon = buildLexicon(dataset);
  const matcher = loadAutomaton(dataset, AUTOMATON).matcher;
  const alternatives = [...new Set(lexicon.patterns.map((p) => foldString(p).replace(/\s+/g, '')))]
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
  const re = new RegExp(alternatives.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const regexpAnnotate = (text: string) => {
    const norm = normalize(text, { dropSpaces: true });
    const out: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(norm.text); m; m = re.exec(norm.text)) {
      out.push(norm.map[m.index]!, norm.map[m.index + m[0].length - 1]! + 1);
    }
    return out;
  };

  // Like for like: the scan and the RegExp must find the same spans, or the ratio means nothing
  // (checked on the base text and on the 1M text, repeats and joins included). One difference by
  // design: a pinyin annotation right after a match (網(wǎng)絡(luò)) belongs to the scan's span, while
  // the RegExp's span ends at the last character it matched (normalize() dropped the annotation).
  const sameSpans = (text: string) => {
    const n = matcher.scan(text);
    const r = regexpAnnotate(text);
    for (let h = 0; h < Math.max(n, r.length / 2); h++) {
      const start = h < n ? matcher.hits[3 * h]! : -1;
      let end = h < n ? matcher.hits[3 * h + 1]! : -1;
      if (h < r.length / 2 && end > r[2 * h + 1]! && pinyinAnnotationEnd(text, r[2 * h + 1]!) === end) end = r[2 * h + 1]!;
      if (start !== (r[2 * h] ?? -1) || end !== (r[2 * h + 1] ?? -1)) {
        throw new Error(`the scan and the RegExp differ at span ${h}: ${start}–${end} vs ${r[2 * h] ?? -1}–${r[2 * h + 1] ?? -1}`);
      }
    }
    return n;
  };
  console.log(
    `check: the scan and the RegExp find the same spans: ${sameSpans(base)} on the base text, ` +
      `${sameSpans(repeatTo(base, 1_000_000))} on the 1M text`,
  );

  const sizes = quick ? [1_000_000] : [1_000_000, 10_000_000];
  const rows: string[] = [];
  const TASKS = ['core annotate', 'core records', 'rank all', 'core scan', 'RegExp+convert'] as const;
  for (const size of sizes) {
    const text = repeatTo(base, size);
    let sink = 0;
    const run: Record<(typeof TASKS)[number], () => void> = {
      'core annotate': () => (sink += annotator.annotate(text).length),
      'core records': () => (sink += annotator.records(text).length),
      'rank all': () => (sink += rankAll(text)),
      'core scan': () => (sink += matcher.scan(text)),
      'RegExp+convert': () => (sink += regexpAnnotate(text).length),
    };
    // Rounds: every task runs in every round, so a noisy spell on a shared machine hits all of them
    // alike; each round gives a median per task and a ratio to the RegExp of the same round, and the
    // report takes the median over rounds (the ratio of two means over disjoint spells swung by
    // 30-50 % between runs here).
    const rounds = quick ? 3 : size > 2e6 ? 5 : 7;
    const perRound: Record<string, number[]> = {};
    const means: Record<string, number[]> = {};
    for (let r = 0; r < rounds; r++) {
      const bench = new Bench({ time: quick ? 100 : size > 2e6 ? 300 : 200, iterations: size > 2e6 ? 2 : 5, warmupIterations: 1 });
      for (const name of TASKS) bench.add(name, run[name]);
      await bench.run();
      for (const t of bench.tasks) {
        const res = t.result as { state: string; latency?: { mean: number; p50: number } };
        if (res.state !== 'completed' || !res.latency) throw new Error(`${t.name}: ${res.state}`);
        (perRound[t.name] ??= []).push(res.latency.p50);
        (means[t.name] ??= []).push(res.latency.mean);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const ms = (name: string) => median(perRound[name]!);
    const ratio = (name: string) => median(perRound[name]!.map((t, r) => perRound['RegExp+convert']![r]! / t));
    const rxMs = ms('RegExp+convert');
    rows.push(
      `${fmt(size)} chars (${fmt(mentionsPer(text))} mentions), medians over ${rounds} rounds: RegExp+convert ${rxMs.toFixed(1)} ms ` +
        `(${fmt(size / (rxMs / 1000))} chars/s; round medians ${perRound['RegExp+convert']!.map((t) => t.toFixed(0)).join('/')})`,
    );
    const labelled = [
      ['core scan (the same spans as the RegExp)', 'core scan'],
      ['core records (+ resolution; the background)', 'core records'],
      ['core annotate (+ Mention objects; CLI, eval)', 'core annotate'],
      ['annotate + rank every mention (CLI output)', 'rank all'],
    ] as const;
    for (const [label, name] of labelled) {
      const rs = perRound[name]!.map((t, r) => perRound['RegExp+convert']![r]! / t);
      rows.push(
        `  ${label.padEnd(46)} ${fmt(size / (ms(name) / 1000)).padStart(7)} chars/s (${ms(name).toFixed(1)} ms) → ${ratio(name).toFixed(1)}× RegExp ` +
          `(rounds ${Math.min(...rs).toFixed(1)}–${Math.max(...rs).toFixed(1)}×; ratio of means ${(median(means['RegExp+convert']!) / median(means[name]!)).toFixed(1)}×)`,
      );
    }
    const target = ratio('core scan');
    rows.push(
      `  target ≥ 10× RegExp, like for like (same spans): ${target >= 10 ? 'met' : 'NOT MET'} at ${target.toFixed(1)}×; ` +
        `with resolution ${ratio('core records').toFixed(1)}×, with Mention objects ${ratio('core annotate').toFixed(1)}×`,
    );
    if (sink < 0) console.log(sink);
  }

  // fuse.js naive over sliding windows, on a small slice (extrapolated).
  const slice = base.slice(0, quick ? 1000 : 3000);
  const fuse = new Fuse(alternatives, { includeScore: true, threshold: 0.2, ignoreLocation: true });
  const t0 = performance.now();
  let found = 0;
  for (let i = 0; i + 6 <= slice.length; i += 3) found += fuse.search(slice.slice(i, i + 6)).length > 0 ? 1 : 0;
  const fuseMs = performance.now() - t0;
  const fuseCps = slice.length / (fuseMs / 1000);

  for (const r of rows) console.log(r);
  // One article-sized block, as a page sends it.
  let sinkAll = 0;
  const article = repeatTo(base, 20_000);
  const times: number[] = [];
  const ranked: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const ms = annotator.annotate(article, annotator.createContext());
    const t1 = performance.now();
    for (const m of ms) sinkAll += m.commitments.length;
    times.push(t1 - t);
    ranked.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  ranked.sort((a, b) => a - b);
  console.log(
    `20k-char article: annotate median ${times[15]!.toFixed(2)} ms, max ${times[29]!.toFixed(2)} ms; ` +
      `+ rank every mention median ${ranked[15]!.toFixed(2)} ms, max ${ranked[29]!.toFixed(2)} ms (Node; budget in Chromium 10 ms)`,
  );
  if (sinkAll < 0) console.log(sinkAll);
  console.log(
    `fuse.js naive (6-char windows, stride 3, ${alternatives.length} aliases) on a ${slice.length}-char slice: ${fuseMs.toFixed(0)} ms → ` +
      `${fmt(fuseCps)} chars/s EXTRAPOLATED (${(1_000_000 / fuseCps).toFixed(0)} s per 1M chars; ${found} windows with a hit)`,
  );
}

await main();

/**
 * Evaluates the matching core against a gold corpus (default ../shared/corpus/dev, relative to the
 * repository root; pass another directory to evaluate a held-out set).
 *
 *   npm run eval [-- DIR] [-- --quiet]
 *
 * Strict: a mention is correct when start, end, kind and canonical (mention.entity) all equal a
 * gold span's. Lenient: it overlaps a gold span of the same kind and canonical. Trap false
 * positives: mentions overlapping a gold `trap` span. Prints misses and false positives in context.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '../data/index.ts';
import type { Dataset } from '../data/schema.ts';
import { createAnnotator } from '../lib/annotate.ts';
import type { AnnotateOptions, Mention } from '../lib/annotate.ts';
import { urlRegion } from '../lib/sites.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_DIR = resolve(REPO_ROOT, '../shared/corpus/dev');

export interface GoldSpan {
  start: number;
  end: number;
  surface: string;
  kind: 'agency' | 'term' | 'trap';
  canonical: string;
}
export interface GoldDoc {
  id: string;
  script: string;
  text: string;
  gold: GoldSpan[];
  /** Where the text was published (the corpus README); its site may imply a region. */
  source?: { url?: string | null };
}

export interface KindFigures {
  gold: number;
  predicted: number;
  correct: number;
  lenientCorrect: number;
  lenientGoldFound: number;
}
export interface EvalResult {
  docs: number;
  chars: number;
  all: KindFigures;
  byKind: Record<'agency' | 'term', KindFigures>;
  trapSpans: number;
  trapFalsePositives: number;
  misses: Array<{ doc: string; gold: GoldSpan; context: string; got?: string }>;
  falsePositives: Array<{ doc: string; mention: Mention; context: string; trap: boolean }>;
}

export function loadCorpus(dir: string): GoldDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDoc);
}

const empty = (): KindFigures => ({ gold: 0, predicted: 0, correct: 0, lenientCorrect: 0, lenientGoldFound: 0 });
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function context(text: string, start: number, end: number, width = 12): string {
  const pre = text.slice(Math.max(0, start - width), start);
  const post = text.slice(end, end + width);
  return `${pre}【${text.slice(start, end)}】${post}`.replace(/\n/g, '⏎');
}

export function evaluate(docs: GoldDoc[], data: Dataset = dataset, options: AnnotateOptions = {}): EvalResult {
  const annotator = createAnnotator(data, options);
  const r: EvalResult = {
    docs: docs.length, chars: 0, all: empty(), byKind: { agency: empty(), term: empty() },
    trapSpans: 0, trapFalsePositives: 0, misses: [], falsePositives: [],
  };
  for (const doc of docs) {
    r.chars += doc.text.length;
    // Read as the extension reads the page at the source URL (a Taiwanese outlet: region 台湾).
    const mentions = annotator.annotate(doc.text, annotator.createContext({ region: urlRegion(doc.source?.url ?? undefined) }));
    const gold = doc.gold.filter((g) => g.kind !== 'trap');
    const traps = doc.gold.filter((g) => g.kind === 'trap');
    r.trapSpans += traps.length;
    const matched = new Set<GoldSpan>();
    for (const m of mentions) {
      const k = r.byKind[m.kind];
      k.predicted++;
      r.all.predicted++;
      const exact = gold.find((g) => g.start === m.start && g.end === m.end && g.kind === m.kind && g.canonical === m.entity);
      if (exact) {
        matched.add(exact);
        k.correct++;
        r.all.correct++;
      }
      if (gold.some((g) => overlaps(g, m) && g.kind === m.kind && g.canonical === m.entity)) {
        k.lenientCorrect++;
        r.all.lenientCorrect++;
      }
      const trap = traps.some((t) => overlaps(t, m));
      if (trap) r.trapFalsePositives++;
      if (!exact) r.falsePositives.push({ doc: doc.id, mention: m, context: context(doc.text, m.start, m.end), trap });
    }
    for (const g of gold) {
      const k = r.byKind[g.kind as 'agency' | 'term'];
      k.gold++;
      r.all.gold++;
      if (mentions.some((m) => overlaps(g, m) && g.kind === m.kind && g.canonical === m.entity)) {
        k.lenientGoldFound++;
        r.all.lenientGoldFound++;
      }
      if (!matched.has(g)) {
        const near = mentions.find((m) => overlaps(g, m));
        r.misses.push({
          doc: doc.id, gold: g, context: context(doc.text, g.start, g.end),
          got: near ? `${near.kind} ${JSON.stringify(near.text)} → ${near.entity}` : undefined,
        });
      }
    }
  }
  return r;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f3 = (x: number) => x.toFixed(3);

export function formatResult(r: EvalResult, verbose = true): string {
  const lines: string[] = [];
  const row = (name: string, k: KindFigures) =>
    `${name.padEnd(7)} gold ${String(k.gold).padStart(4)}  predicted ${String(k.predicted).padStart(4)}  correct ${String(k.correct).padStart(4)}  ` +
    `recall ${f3(ratio(k.correct, k.gold))}  precision ${f3(ratio(k.correct, k.predicted))}  ` +
    `lenient recall ${f3(ratio(k.lenientGoldFound, k.gold))}  lenient precision ${f3(ratio(k.lenientCorrect, k.predicted))}`;
  lines.push(`${r.docs} documents, ${r.chars} characters`);
  lines.push(row('all', r.all));
  lines.push(row('agency', r.byKind.agency));
  lines.push(row('term', r.byKind.term));
  lines.push(`trap spans ${r.trapSpans}, trap false positives ${r.trapFalsePositives}`);
  if (verbose) {
    lines.push(`misses (${r.misses.length}):`);
    for (const m of r.misses) {
      lines.push(`  ${m.doc}  ${m.gold.kind} ${m.gold.canonical}  ${m.context}${m.got ? `  (got ${m.got})` : ''}`);
    }
    lines.push(`false positives (${r.falsePositives.length}):`);
    for (const f of r.falsePositives) {
      lines.push(`  ${f.doc}  ${f.trap ? 'TRAP ' : ''}${f.mention.kind} ${f.mention.entity}  ${f.context}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const dirArg = args.find((a) => !a.startsWith('--'));
  const dir = dirArg ? resolve(dirArg) : DEV_DIR;
  if (!existsSync(dir)) {
    if (dirArg) {
      console.error(`eval: no such directory: ${dirArg}`);
      process.exit(2);
    }
    console.log(`eval: skipped — the shared corpus is not present (${dir}).`);
    process.exit(0);
  }
  if (!statSync(dir).isDirectory()) {
    console.error(`eval: not a directory: ${dir}`);
    process.exit(2);
  }
  const docs = loadCorpus(dir);
  console.log(`corpus: ${dir}`);
  console.log(formatResult(evaluate(docs), !args.includes('--quiet')));
}

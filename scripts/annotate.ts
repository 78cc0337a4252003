/**
 * Annotates text or HTML files with the matching core.
 *
 *   npm run annotate -- [--json] [--site=HOST] FILE...
 *
 * .html/.htm files are reduced to their visible text first (lib/html-text.ts; one flow per block,
 * each annotated on its own); other files are read as UTF-8 text, exactly as decoded (a BOM stays
 * in the string as U+FEFF, so offsets index the decoded text as read).
 *
 * Without --json: a readable report per file (each mention in context, counts per entity).
 * With --json: one JSON object per input file per line:
 *   {"file": "<path as given>", "mentions": [{"start", "end", "text", "kind", "entity", "category", "commitments"}]}
 * start/end are UTF-16 offsets into the file's text (for HTML: into the extracted text).
 *
 * --site=HOST: the files come from that site (news.ltn.com.tw), read as the extension reads a page
 * there: a site in a region (lib/sites.ts siteRegion: Taiwanese outlets) reads that region's bare
 * aliases as its own bodies (最高法院 is Taiwan's court there). Without it, a saved HTML page is read
 * as a page of the site its canonical link (or og:url) names.
 *
 * Errors (missing file, directory, binary or non-UTF-8 content) are reported as one line on stderr
 * each; the other files are still processed, and the exit status is 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { dataset } from '../data/index.ts';
import { createAnnotator } from '../lib/annotate.ts';
import { AUTOMATON } from '../lib/generated/automaton.ts';
import type { Mention } from '../lib/annotate.ts';
import { htmlToText, statedPageUrl } from '../lib/html-text.ts';
import { siteRegion, urlRegion } from '../lib/sites.ts';

const USAGE = 'usage: npm run annotate -- [--json] [--site=HOST] FILE...';

export class InputError extends Error {}

/** Reads a file as UTF-8 text, or throws an InputError with a one-line reason. */
export function readText(path: string): string {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`);
  }
  if (st.isDirectory()) throw new InputError('is a directory');
  if (!st.isFile()) throw new InputError('not a regular file');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read (${(e as NodeJS.ErrnoException).code})`);
  }
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
  try {
    // ignoreBOM: keep a leading BOM in the string, so offsets are into the text as read.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8');
  }
}

// The precompiled tables, as the content script loads them (compiled afresh if they are stale).
const annotator = createAnnotator(dataset, { compiled: AUTOMATON });

/**
 * `site`: the host the file comes from (--site), if given; its region (lib/sites.ts siteRegion)
 * decides how the text reads. Without it, an HTML file's stated URL (canonical link, og:url) does.
 */
export function annotateFile(path: string, site?: string): { text: string; mentions: Mention[] } {
  const raw = readText(path);
  const ext = extname(path).toLowerCase();
  const html = ext === '.html' || ext === '.htm' || ext === '.xhtml';
  const region = site !== undefined ? siteRegion(site) : html ? urlRegion(statedPageUrl(raw)) : undefined;
  if (html) {
    const { text, blocks } = htmlToText(raw);
    const ctx = annotator.createContext({ region });
    const mentions: Mention[] = [];
    for (const b of blocks) {
      for (const m of annotator.annotate(text.slice(b.start, b.end), ctx)) {
        // commitments is ranked on first read and is not an own property: copy it explicitly.
        mentions.push({ ...m, start: m.start + b.start, end: m.end + b.start, commitments: m.commitments });
      }
    }
    return { text, mentions };
  }
  return { text: raw, mentions: annotator.annotate(raw, annotator.createContext({ region })) };
}

function report(path: string, text: string, mentions: Mention[]): string {
  const lines = [`== ${path}: ${text.length} characters, ${mentions.length} mentions`];
  for (const m of mentions) {
    const pre = text.slice(Math.max(0, m.start - 10), m.start).replace(/\s/g, ' ');
    const post = text.slice(m.end, m.end + 10).replace(/\s/g, ' ');
    const first = m.commitments[0] ? `  → ${m.commitments[0]}${m.commitments.length > 1 ? ` (+${m.commitments.length - 1})` : ''}` : '';
    lines.push(`  ${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${m.kind.padEnd(6)} ${m.entity} [${m.category}]  …${pre}【${m.text}】${post}…${first}`);
  }
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(`${m.kind} ${m.entity}`, (counts.get(`${m.kind} ${m.entity}`) ?? 0) + 1);
  if (counts.size) {
    lines.push('  counts:');
    for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`    ${String(v).padStart(4)}  ${k}`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const sites = argv.filter((a) => a.startsWith('--site='));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && !a.startsWith('--site='));
  if (unknown.length) {
    console.error(`annotate: unknown option ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const site = sites.at(-1)?.slice('--site='.length);
  if (site !== undefined && !/^[a-z0-9.-]+$/i.test(site)) {
    console.error(`annotate: --site wants a host name such as news.ltn.com.tw, not "${site}"\n${USAGE}`);
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const { text, mentions } = annotateFile(file, site);
      if (json) {
        process.stdout.write(
          JSON.stringify({
            file,
            mentions: mentions.map((m) => ({
              start: m.start, end: m.end, text: m.text, kind: m.kind, entity: m.entity, category: m.category, commitments: m.commitments,
            })),
          }) + '\n',
        );
      } else {
        process.stdout.write(report(file, text, mentions) + '\n');
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      console.error(`annotate: ${file}: ${e.message}`);
      status = 1;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));

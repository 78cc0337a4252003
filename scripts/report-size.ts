// Prints the gzipped size of each built content script against the 60 KB budget, and fails the
// build when one goes over: the content script is loaded on every news page a reader opens. Also
// fails when a commitment text got into it: those belong to the background (extension/measures.ts).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataset } from '../data/index.ts';
import { ZH_TW_TEXT } from '../lib/generated/zh-tw-text.ts';

const BUDGET_BYTES = 60 * 1024;
let failed = false;
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join('.output', target, 'content-scripts');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const raw = readFileSync(join(dir, file));
    const gz = gzipSync(raw, { level: 9 }).length;
    const over = gz > BUDGET_BYTES;
    failed ||= over;
    const text = raw.toString('utf8');
    const leaked = dataset.commitments.filter((c) => text.includes(c.summary) || text.includes(c.summaryEn) || text.includes(ZH_TW_TEXT[c.summary] ?? c.summary));
    if (leaked.length > 0) {
      failed = true;
      console.log(`${target}/content-scripts/${file}: holds ${leaked.length} commitment text(s), e.g. ${leaked[0]!.id} — they belong to the background`);
    }
    console.log(
      `${target}/content-scripts/${file}: ${(raw.length / 1024).toFixed(1)} KB, ` +
        `${(gz / 1024).toFixed(1)} KB gzipped (budget 60 KB)${over ? ' — OVER BUDGET' : ''}`,
    );
  }
}
if (failed) process.exit(1);

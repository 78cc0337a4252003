// Validates the bundled commitment dataset (`npm run data:check`) and prints counts per agency,
// theme and term. Where the shared seed article is present (../shared/seed/ next to the repo), the
// paragraph references, evidence phrases and section headings are also checked against its text;
// where it is absent (e.g. CI), that part is skipped and the script says so.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '../data/index.ts';
import { articleParagraphs } from '../lib/data/paragraphs.ts';
import { formatError, validateDataset } from '../lib/data/validate.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedDir = resolve(repoRoot, '../shared/seed');

const paragraphs: Record<string, string[]> = {};
for (const source of dataset.sources) {
  const file = source.seedFile ? join(seedDir, source.seedFile) : undefined;
  if (file && existsSync(file)) {
    paragraphs[source.id] = articleParagraphs(readFileSync(file, 'utf8'));
    console.log(`source ${source.id}: checking against ${file} (${paragraphs[source.id]?.length} paragraphs)`);
  } else {
    console.log(
      `source ${source.id}: SKIPPED the article check (paragraph text, evidence, headings) — ` +
        `${file ?? 'no seedFile'} not found; paragraph numbers checked against paragraphCount only`,
    );
  }
}

const result = validateDataset(dataset, { paragraphs });

function table(title: string, rows: [string, number][]): void {
  console.log(`\n${title}`);
  // Count first: CJK labels are double-width, so padding after them would not line up.
  for (const [k, n] of rows) console.log(`  ${String(n).padStart(3)}  ${k}`);
}

const { commitments } = dataset;
table(
  'commitments per agency',
  dataset.agencies.map((a) => [`${a.id} ${a.name}`, commitments.filter((c) => c.agency === a.id).length]),
);
table(
  'commitments per theme',
  dataset.categories
    .filter((c) => c.id !== 'agency')
    .map((cat) => [`${cat.id} ${cat.label.zhCN}`, commitments.filter((c) => c.theme === cat.id).length]),
);
table(
  'commitments per term',
  dataset.terms.map((t) => [`${t.id} ${t.name}`, commitments.filter((c) => c.terms.includes(t.id)).length]),
);
const aliasCount = [...dataset.agencies, ...dataset.terms].reduce((n, e) => n + e.aliases.length, 0);
console.log(
  `\ntotal: ${dataset.sources.length} source(s), ${commitments.length} commitments ` +
    `(${commitments.filter((c) => c.kind === 'statement').length} statements), ${dataset.agencies.length} agencies, ` +
    `${dataset.terms.length} terms, ${aliasCount} aliases, ${dataset.exclusions.length} exclusions`,
);

if (!result.ok) {
  console.error(`\ndata:check FAILED with ${result.errors.length} error(s):`);
  for (const e of result.errors) console.error(`  ${formatError(e)}`);
  process.exit(1);
}
console.log('\ndata:check OK');

// `web-ext lint` on the Firefox build: fails on any error, and on any warning except Firefox's
// UNSAFE_VAR_ASSIGNMENT for `innerHTML`, which flags Preact's own dangerouslySetInnerHTML
// support in its renderer. Our code never assigns innerHTML (ESLint forbids it, see
// eslint.config.js), so that warning cannot come from us.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface LintMessage { code: string; file?: string; line?: number; message: string }
interface LintReport { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }

const sourceDir = process.argv[2] ?? join('.output', 'firefox-mv3');
const run = spawnSync(
  process.execPath,
  [join('node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '--source-dir', sourceDir, '--output', 'json'],
  { encoding: 'utf8' },
);
let report: LintReport;
try {
  report = JSON.parse(run.stdout) as LintReport;
} catch {
  console.error(`web-ext lint produced no report:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const isPreactInnerHtml = (w: LintMessage) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(w.message);
const known = report.warnings.filter(isPreactInnerHtml);
const problems = [...report.errors, ...report.warnings.filter((w) => !isPreactInnerHtml(w))];
const where = (m: LintMessage) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
for (const m of problems) console.error(`web-ext lint: ${where(m)}`);
for (const m of known) console.log(`web-ext lint (known, Preact renderer): ${where(m)}`);
console.log(
  `web-ext lint ${sourceDir}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${known.length} known), ${report.notices.length} notices`,
);
process.exit(problems.length ? 1 : 0);

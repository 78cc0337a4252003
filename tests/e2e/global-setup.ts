/**
 * Builds the Chromium extension once before the real-browser tests, so they always exercise the
 * current source. Set E2E_REUSE_BUILD=1 to reuse an existing .output/chrome-mv3 while iterating.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const manifest = join(root, '.output', 'chrome-mv3', 'manifest.json');
  if (process.env.E2E_REUSE_BUILD === '1' && existsSync(manifest)) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

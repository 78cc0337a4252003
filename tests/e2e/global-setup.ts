/**
 * Builds the Chromium and Firefox extensions once before the real-browser tests, so they always
 * exercise the current source. Set E2E_REUSE_BUILD=1 to reuse existing builds in .output while
 * iterating (`npm test` builds both first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  const builds: Array<[string, string[]]> = [
    ['chrome-mv3', ['build']],
    ['firefox-mv3', ['build', '-b', 'firefox', '--mv3']],
  ];
  for (const [dir, args] of builds) {
    if (process.env.E2E_REUSE_BUILD === '1' && existsSync(join(root, '.output', dir, 'manifest.json'))) continue;
    execFileSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}

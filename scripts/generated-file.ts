/**
 * Writes a generated file, or with --check on the command line only compares it: the
 * generators (scripts/gen-tables.ts, scripts/gen-wasm.ts) share this so `--check` behaves the
 * same for every generated file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Returns true when the file was written (it changed); with --check sets exit code 1 when stale. */
export function checkOrWrite(path: string, text: string, what: string, command: string): boolean {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${path} is stale: run ${command}`);
      process.exitCode = 1;
    } else {
      console.log(`${what} is up to date`);
    }
    return false;
  }
  if (current === text) return false;
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
  return true;
}

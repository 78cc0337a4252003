// Fails fast when an npm script runs on a Node older than the toolchain needs (WXT 0.21 and
// vitest 5 need Node >= 22). The project pins Node 24 through the `node` devDependency, which
// npm puts first on PATH for every script; landing here means that package is missing.
// Plain .mjs (not .ts): it must run, and explain itself, on the old Node too.
import { pathToFileURL } from 'node:url';

export const MIN_NODE_MAJOR = 22;

/** A one-line explanation when `version` is too old, else undefined. */
export function nodeVersionProblem(version) {
  const major = Number(version.replace(/^v/, '').split('.')[0]);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return (
    `zhengfa-lens: Node ${version} is too old (need >= ${MIN_NODE_MAJOR}). ` +
    'Run `npm ci` so the pinned Node 24 (devDependency "node") is installed, then use `npm run …` ' +
    '(npm puts node_modules/.bin first on PATH), or install Node >= 22 yourself.'
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

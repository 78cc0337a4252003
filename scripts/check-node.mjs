// Fails fast when an npm script runs on a Node older than the toolchain needs (WXT 0.21 and
// vitest 5 need Node >= 22). The project pins Node 24 through the `node` devDependency, which
// npm puts first on PATH for every script; landing here means that package is missing.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(
    `zhengfa-lens: Node ${process.versions.node} is too old (need >= 22). ` +
      'Run `npm ci` so the pinned Node 24 (devDependency "node") is installed, then use `npm run …` ' +
      '(npm puts node_modules/.bin first on PATH), or install Node >= 22 yourself.',
  );
  process.exit(1);
}

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nodeVersionProblem } from '../../scripts/check-node.mjs';

describe('Node version guard', () => {
  it('rejects Node 20 with a message that says how to fix it', () => {
    const problem = nodeVersionProblem('20.20.2');
    expect(problem).toContain('too old');
    expect(problem).toContain('npm ci');
  });

  it('accepts Node 22 and the pinned Node 24', () => {
    expect(nodeVersionProblem('22.12.0')).toBeUndefined();
    expect(nodeVersionProblem('v24.21.0')).toBeUndefined();
  });

  it.skipIf(!existsSync('/usr/bin/node') || /^v2[2-9]/.test(String(spawnSync('/usr/bin/node', ['--version']).stdout)))(
    'stops an npm script at once on the machine Node 20',
    () => {
      const run = spawnSync('/usr/bin/node', ['scripts/check-node.mjs'], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('too old');
    },
  );
});

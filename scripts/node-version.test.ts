import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from './node-version.ts';

describe('the Node the scripts need', () => {
  it('24.0 and 24.1 are refused with the reason, where they would have run the scripts as silent no-ops', () => {
    for (const v of ['24.0.0', '24.1.0', '22.18.0']) expect(nodeVersionProblem(v, 'linux-x64', '/usr/bin/node')).toMatch(/need Node 24\.2\.0 or later; this is Node .* Run the scripts through npm/);
  });
  it('24.2 and later run', () => {
    for (const v of ['24.2.0', '24.21.0', '26.1.0']) expect(nodeVersionProblem(v, 'linux-x64', '/x/node')).toBeNull();
  });
  it('on a platform the packaged Node does not serve, it says so and what to install', () => {
    expect(nodeVersionProblem('20.20.0', 'darwin-arm64', '/usr/local/bin/node')).toMatch(/runs on linux-x64 only, and this machine is darwin-arm64: install Node 24\.2\.0 or later/);
  });
  it('npm scripts run on the packaged Node, whatever Node runs npm', () => {
    const out = spawnSync('npm', ['exec', '--', 'node', '-p', 'process.versions.node'], { encoding: 'utf8' });
    expect(nodeVersionProblem(out.stdout.trim(), `${process.platform}-${process.arch}`, 'node_modules/.bin/node')).toBeNull();
  });
});

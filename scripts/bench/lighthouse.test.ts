import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIGHTHOUSE_VERSION, lighthouseCli } from './lighthouse.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const project = () => {
  const d = mkdtempSync(join(tmpdir(), 'duidu-lh-test-'));
  dirs.push(d);
  return d;
};
const touch = (file: string) => (mkdirSync(dirname(file), { recursive: true }), writeFileSync(file, ''));

describe('Lighthouse for the benchmark, on demand', () => {
  it('with none installed, installs the pinned version into the cache once and says so', () => {
    const root = project();
    const said: string[] = [];
    const installs: string[] = [];
    const install = (folder: string, spec: string) => (installs.push(spec), touch(join(folder, 'node_modules/lighthouse/cli/index.js')), true);
    const cli = lighthouseCli(root, (m) => said.push(m), install);
    expect(cli).toBe(join(root, 'node_modules/.cache/lighthouse/node_modules/lighthouse/cli/index.js'));
    expect(installs).toEqual([`lighthouse@${LIGHTHOUSE_VERSION}`]);
    expect(said.join('\n')).toMatch(/not installed with the project; installing lighthouse@/);
    expect(lighthouseCli(root, (m) => said.push(m), install)).toBe(cli);
    expect(installs).toHaveLength(1);
  });

  it('uses a Lighthouse installed in node_modules as it is', () => {
    const root = project();
    touch(join(root, 'node_modules/lighthouse/cli/index.js'));
    expect(lighthouseCli(root, () => undefined, () => false)).toBe(join(root, 'node_modules/lighthouse/cli/index.js'));
  });

  it('a failed install stops the benchmark with the command to run by hand', () => {
    expect(() => lighthouseCli(project(), () => undefined, () => false)).toThrow(/npm install --no-save lighthouse@/);
  });
});

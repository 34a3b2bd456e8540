import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const startScript = fileURLToPath(new URL('./start.ts', import.meta.url));
const site = mkdtempSync(join(tmpdir(), 'duidu-start-'));
writeFileSync(join(site, 'index.html'), '<p>home</p>');

/** `npm run serve` as a newcomer runs it; what they see on the terminal and the exit code. */
function serve(env: Record<string, string>, dir = site) {
  const run = spawnSync(process.execPath, [startScript, dir], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 15_000 });
  return { status: run.status, stderr: run.stderr, lines: run.stderr.trim().split('\n') };
}

/** A line of a stack trace, which a newcomer should never have to read for a plain mistake. */
const STACK = /^\s+at |node:internal|Error:/m;

let taken: Server;
let port: number;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((ok) => taken.listen(0, '127.0.0.1', ok));
  port = (taken.address() as { port: number }).port;
});
afterAll(() => {
  taken.close();
  rmSync(site, { recursive: true, force: true });
});

describe('npm start / npm run serve', () => {
  it('says which port is taken and how to choose another, in one line, and exits 1', () => {
    const run = serve({ PORT: String(port), HOST: '127.0.0.1' });
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.stderr).toContain(`${port}`);
    expect(run.stderr).toContain(`PORT=${port + 1} npm start`);
    expect(run.stderr).not.toMatch(STACK);
  });

  it.each(['abc', '70000', '-1', '4321.5'])('explains PORT=%s in one line', (value) => {
    const run = serve({ PORT: value });
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.stderr).toContain(`PORT=${value}`);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('explains a HOST that is not an address of this machine in one line', () => {
    const run = serve({ PORT: '0', HOST: '192.0.2.1' });
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.stderr).toContain('HOST=192.0.2.1');
    expect(run.stderr).not.toMatch(STACK);
  });

  it('says what to run when there is no built site', () => {
    const run = serve({ PORT: '0' }, join(site, 'missing'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build');
    expect(run.stderr).not.toMatch(STACK);
  });
});

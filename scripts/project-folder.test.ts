import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeProject } from './copy-project.ts';
import { printedAddress } from './serve/test-support.ts';

// A folder name with a space and Chinese characters, as on many readers' machines:
// `new URL(…).pathname` leaves both percent-encoded, so every file path built from it is wrong.
const root = fileURLToPath(new URL('..', import.meta.url));
let copy: string;
beforeAll(() => {
  copy = copyProject(root, '编辑 duidu');
});
afterAll(() => removeProject(copy));

function npm(...args: string[]) {
  return spawnSync('npm', args, { cwd: copy, encoding: 'utf8', timeout: 120_000 });
}

describe('the project in a folder named with a space and Chinese characters', () => {
  it('has such a name', () => {
    expect(copy).toMatch(/编辑 duidu/);
  });

  it('checks its content: npm run ingest -- --check', () => {
    const run = npm('run', 'ingest', '--', '--check');
    expect(run.stderr + run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  });

  it('checks its targets: npm run targets -- --check', () => {
    const run = npm('run', 'targets', '--', '--check');
    expect(run.stderr + run.stdout).toContain('up to date');
    expect(run.status).toBe(0);
  });

  it('serves its dist/: npm run serve', async () => {
    mkdirSync(join(copy, 'dist'));
    writeFileSync(join(copy, 'dist', 'index.html'), '<p>served from 编辑 duidu</p>');
    const server = spawn('npm', ['run', 'serve'], { cwd: copy, env: { ...process.env, PORT: '0' }, detached: true });
    try {
      const url = await printedAddress(server).url;
      expect(await (await fetch(`${url}/`)).text()).toBe('<p>served from 编辑 duidu</p>');
    } finally {
      // npm starts node in a process group of its own; end the group.
      process.kill(-server.pid!);
    }
  });
});

/** Every .ts/.mjs file under the project's code folders. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name) && !e.parentPath.includes('node_modules'))
    .map((e) => join(e.parentPath, e.name));
}

describe('paths from module URLs', () => {
  it('go through fileURLToPath, never URL.pathname', () => {
    const offenders = ['scripts', 'e2e', 'src']
      .flatMap((dir) => codeFiles(join(root, dir)))
      .concat(join(root, 'astro.config.mjs'))
      .filter((file) => /import\.meta\.url\)\.pathname/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});

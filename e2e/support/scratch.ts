import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** What goes into a scratch copy: the code and config, not the corpus, the build or the modules. */
const COPY = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content/themes', 'content/anchors', 'content/indicators.json'];

export interface ScratchProject {
  dir: string;
  dist: string;
  /** Runs the pipeline (`ingest`, `targets`) and `astro build` in the copy. */
  build(): void;
  /** Runs a project script in the copy (`scripts/ingest.ts --check`), returning its exit status and output. */
  run(script: string, ...args: string[]): { status: number; output: string };
  /** Rewrites one file of the copy, e.g. to remove a protection and see a check fail. */
  patch(path: string, edit: (text: string) => string): void;
  remove(): void;
}

/** A copy of the project whose sources/ holds only the given documents (sources/<id>/...). */
export function scratchProject(sources: Record<string, Record<string, string>>, regions: unknown): ScratchProject {
  const dir = mkdtempSync(join(tmpdir(), 'duidu-scratch-'));
  for (const path of COPY) if (existsSync(join(root, path))) cpSync(join(root, path), join(dir, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'regions.json'), JSON.stringify(regions));
  for (const [id, files] of Object.entries(sources)) {
    mkdirSync(join(dir, 'sources', id));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'sources', id, name), text);
  }
  // The release anchor list and the reviewed targets belong to the real corpus, not to this one.
  rmSync(join(dir, 'content', 'anchors', 'release.json'), { force: true });
  writeFileSync(join(dir, 'content', 'targets-reviewed.json'), '[]\n');
  const node = join(root, 'node_modules', '.bin', 'node');
  return {
    dir,
    dist: join(dir, 'dist'),
    build() {
      const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
      execFileSync(node, ['scripts/ingest.ts'], { cwd: dir, env, stdio: 'pipe' });
      execFileSync(node, ['scripts/targets.ts'], { cwd: dir, env, stdio: 'pipe' });
      execFileSync(node, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: dir, env, stdio: 'pipe' });
    },
    run(script, ...args) {
      const r = spawnSync(node, [script, ...args], { cwd: dir, encoding: 'utf8' });
      return { status: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
    },
    patch(path, edit) {
      const file = join(dir, path);
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

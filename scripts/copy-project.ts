/** A throwaway copy of the project (benchmarks, scratch builds in tests), so the real sources/, content/ and dist/ stay untouched. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// Build output, caches and history are not the project; node_modules is linked, not copied.
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git']);
// Astro and Vite keep caches inside node_modules (Astro's content store is
// node_modules/.astro/data-store.json). Linking node_modules whole would let a benchmark build
// overwrite the real project's cache, so each package is linked and the caches stay private.
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.cache']);

export function copyProject(from: string, label: string): string {
  const to = mkdtempSync(join(tmpdir(), `duidu-${label}-`));
  cpSync(from, to, {
    recursive: true,
    filter: (src) => {
      const top = relative(from, src).split('/')[0]!;
      return !SKIP.has(top);
    },
  });
  const modules = join(from, 'node_modules');
  mkdirSync(join(to, 'node_modules'));
  for (const entry of readdirSync(modules)) {
    if (PRIVATE_CACHES.has(entry)) continue;
    symlinkSync(join(modules, entry), join(to, 'node_modules', entry), statSync(join(modules, entry)).isDirectory() ? 'dir' : 'file');
  }
  return to;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

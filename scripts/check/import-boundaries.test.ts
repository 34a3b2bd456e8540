import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Shared code lives where both sides may import it (src/lib, src/schemas, scripts/serve); the site
// never reaches into the pipeline or the tests, and the pipeline and benchmark never into the tests.
const root = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*['"](\.[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** `file:line imports target` for each relative import of `dir`'s files that lands under one of `forbidden`. */
function crossings(dir: string, forbidden: string[]): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(dir)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const m of line.matchAll(IMPORT)) {
        const target = relative(root, resolve(dirname(file), (m[1] ?? m[2])!));
        if (forbidden.some((f) => target.startsWith(f))) out.push(`${relative(root, file)}:${i + 1} imports ${target}`);
      }
    });
  }
  return out;
}

describe('shared code has one home', () => {
  it('the site imports nothing from the pipeline, the benchmark or the tests', () => {
    expect(crossings('src', ['scripts/', 'e2e/'])).toEqual([]);
  });

  it('the pipeline and the benchmark import nothing from the browser tests', () => {
    expect(crossings('scripts', ['e2e/'])).toEqual([]);
  });
});

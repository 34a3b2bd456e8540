import { openSync, readSync, closeSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGzippedByPagefind, startsAsGzip } from '../scripts/serve/compression.ts';
import { distDir, requireDist } from './support/site.ts';

/** The first two bytes of a file. */
function head(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const bytes = new Uint8Array(2);
    return bytes.subarray(0, readSync(fd, bytes, 0, 2, 0));
  } finally {
    closeSync(fd);
  }
}

describe('the files the server labels gzip', () => {
  it("are exactly the search bundles' files that are gzip streams", () => {
    requireDist();
    const bundles = readdirSync(distDir).filter((name) => name.startsWith('pagefind'));
    expect(bundles.length).toBeGreaterThan(0);
    const files = bundles.flatMap((b) => readdirSync(join(distDir, b), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)));
    const mislabelled = files.filter((f) => isGzippedByPagefind(f) !== startsAsGzip(head(f))).map((f) => relative(distDir, f));
    expect(mislabelled).toEqual([]);
    // The index itself is among them, so the list is not vacuous.
    expect(files.filter((f) => f.endsWith('.pf_index')).length).toBeGreaterThan(0);
  });
});

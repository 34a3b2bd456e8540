import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from './index.ts';
import { fixtureNames, fixtureRegions, fixturesDir, readFixture } from './test-support.ts';

// One folder a defect class: text.txt (+ meta.json, corrections.json) in, expected.mdx out.
// UPDATE_GOLDEN=1 rewrites the expectations; review the diff before committing it.
describe('golden fixtures: source text → MDX', () => {
  for (const name of fixtureNames()) {
    it(name, () => {
      const { mdx } = ingestDocument(readFixture(name), fixtureRegions);
      const expectedFile = join(fixturesDir, name, 'expected.mdx');
      if (process.env['UPDATE_GOLDEN']) writeFileSync(expectedFile, mdx);
      expect(existsSync(expectedFile), `${name}/expected.mdx is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(mdx).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftMessage } from '../check/drift.ts';
import { ingestDocument } from './index.ts';
import { fixtureNames, fixtureRegions, fixturesDir, readFixture } from './test-support.ts';

const fixtureDrift = {
  regenerate: 'UPDATE_GOLDEN=1 npx vitest run scripts/ingest/golden.test.ts',
  invariants: ['scripts/ingest/corpus.test.ts', 'scripts/ingest/errors.test.ts', 'scripts/ingest/numbering.test.ts', 'scripts/ingest/normalize-text.test.ts', 'scripts/ingest/literal.test.ts'],
};

// One folder a defect class: text.txt (+ meta.json, corrections.json) in, expected.mdx out.
// UPDATE_GOLDEN=1 rewrites an expectation that differs, and the test still fails on that run:
// a rewritten file is approved by reading its diff and running again, never by the run that wrote it.
describe('golden fixtures: source text → MDX', () => {
  for (const name of fixtureNames()) {
    it(name, () => {
      const { mdx } = ingestDocument(readFixture(name), fixtureRegions);
      const expectedFile = join(fixturesDir, name, 'expected.mdx');
      const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : undefined;
      const update = Boolean(process.env['UPDATE_GOLDEN']) && expected !== mdx;
      if (update) writeFileSync(expectedFile, mdx);
      expect(expected, `${name}/expected.mdx is missing: run with UPDATE_GOLDEN=1 and review it`).toBeDefined();
      expect(mdx, update ? `${name}/expected.mdx rewritten: read the diff, then run again without UPDATE_GOLDEN` : driftMessage(`${name}: the MDX`, fixtureDrift)).toBe(expected);
    });
  }
});

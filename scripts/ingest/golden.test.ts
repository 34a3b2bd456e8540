import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftMessage } from '../check/drift.ts';
import { ingestDocument } from './index.ts';
import { toClauseJson } from './to-clause-json.ts';
import { fixtureNames, fixtureRegions, fixturesDir, readFixture } from './test-support.ts';

const fixtureDrift = {
  regenerate: 'UPDATE_GOLDEN=1 npx vitest run scripts/ingest/golden.test.ts',
  invariants: ['scripts/ingest/corpus.test.ts', 'scripts/ingest/errors.test.ts', 'scripts/ingest/numbering.test.ts', 'scripts/ingest/normalize-text.test.ts', 'scripts/ingest/literal.test.ts'],
};

// One folder a defect class: text.txt (+ meta.json, corrections.json) in; out, what the pipeline
// writes: expected.mdx (the frontmatter) and expected.json (the clause model the page renders).
// UPDATE_GOLDEN=1 rewrites an expectation that differs, and the test still fails on that run:
// a rewritten file is approved by reading its diff and running again, never by the run that wrote it.
describe('golden fixtures: source text → frontmatter and clauses', () => {
  for (const name of fixtureNames()) {
    it(name, () => {
      const doc = ingestDocument(readFixture(name), fixtureRegions);
      const outputs = [['expected.mdx', doc.mdx], ['expected.json', toClauseJson(doc.id, doc.clauses)]] as const;
      // Every file is rewritten before the first assertion fails.
      const checks = outputs.map(([file, actual]) => {
        const expectedFile = join(fixturesDir, name, file);
        const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : undefined;
        const update = Boolean(process.env['UPDATE_GOLDEN']) && expected !== actual;
        if (update) writeFileSync(expectedFile, actual);
        return { file, actual, expected, update };
      });
      for (const { file, actual, expected, update } of checks) {
        expect(expected, `${name}/${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBeDefined();
        expect(actual, update ? `${name}/${file} rewritten: read the diff, then run again without UPDATE_GOLDEN` : driftMessage(`${name}: ${file}`, fixtureDrift)).toBe(expected);
      }
    });
  }
});

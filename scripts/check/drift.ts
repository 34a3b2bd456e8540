/**
 * What to say when committed content differs from what the pipeline makes. Regenerating
 * approves whatever the code now does, bugs included, so the message sends the reader to the
 * tests that state what must hold first.
 */
export interface DriftCheck {
  /** The command that rewrites the content, e.g. `npm run ingest`. */
  regenerate: string;
  /** Test files that state what must hold whatever the content. */
  invariants: readonly string[];
}

export const ingestDrift: DriftCheck = {
  regenerate: 'npm run ingest',
  invariants: [
    'scripts/ingest/corpus.test.ts',
    'scripts/ingest/golden.test.ts',
    'scripts/ingest/errors.test.ts',
    'scripts/link/golden.test.ts',
    'scripts/link/measure.test.ts',
    'e2e/fidelity.test.ts',
  ],
};

export const targetsDrift: DriftCheck = {
  regenerate: 'npm run targets',
  invariants: [
    'scripts/targets/extract.test.ts (all but the content comparison)',
    'scripts/targets/gaps.test.ts',
    'scripts/targets/numbers.test.ts',
    'scripts/targets/years.test.ts',
    'e2e/charts.test.ts',
  ],
};

export function driftMessage(what: string, check: DriftCheck): string {
  return [
    `${what} differs from what the pipeline makes.`,
    `First run the tests that state what must hold, whatever the content: ${check.invariants.join(', ')}.`,
    `If they fail, fix the code. Only if the change is intended, run \`${check.regenerate}\`, read the diff and commit it.`,
  ].join(' ');
}

export const commitmentsDrift: DriftCheck = {
  regenerate: 'npm run commitments',
  invariants: ['scripts/commitments/code-clause.test.ts', 'scripts/commitments/judged.test.ts'],
};

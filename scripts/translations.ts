/**
 * `npm run translations`: the report of every translation, clause by clause (what is missing,
 * stale, short of a figure or a glossary term, or still Chinese), with counts.
 * `npm run translations -- --check`: exit 1 when a translation has any finding. A document with
 * no translation is listed (the English edition shows it in Chinese) and does not fail.
 */
import { fileURLToPath } from 'node:url';
import { SourceError } from './ingest/errors.ts';
import { findingLines, readGlossary, translationReports } from './translations/load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function main(): number {
  const check = process.argv.includes('--check');
  let reports;
  try {
    reports = translationReports(root);
  } catch (e) {
    if (e instanceof SourceError || e instanceof Error) {
      console.error(`translations: ${e.message}`);
      return 1;
    }
    throw e;
  }
  let failing = 0;
  for (const r of reports) {
    if (!r.translation) {
      console.log(`translations: ${r.id}: no translation; its ${r.clauses.length} clauses show in Chinese only in the English edition`);
      continue;
    }
    const lines = findingLines(r);
    failing += lines.length;
    for (const line of lines) console.error(line);
    console.log(`translations: ${r.id}: ${r.translation.translated} of ${r.clauses.length} clauses, ${r.translation.words} words, ${lines.length} findings`);
  }
  console.log(`translations: glossary of ${readGlossary(root).length} terms`);
  if (check && failing) {
    console.error(`translations --check: ${failing} findings (listed above, by clause)`);
    return 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = main();

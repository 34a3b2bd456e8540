/**
 * `npm run commitments`: content/clauses → content/commitments/<document>.json (validated by
 * src/schemas/commitment.ts): every clause's commitment strength and policy instrument, with the
 * words that decided them, and the dated commitments that carry no number.
 * `npm run commitments -- --check`: exit 1 when the committed files differ from what the rules make.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentCommitments } from '../src/schemas/commitment.ts';
import { commitmentsDrift, driftMessage } from './check/drift.ts';
import { codeDocument } from './commitments/code-document.ts';
import { SourceError } from './ingest/errors.ts';
import { loadCorpus, repoRoot } from './targets/load.ts';

const outDir = join(repoRoot, 'content/commitments');

/** One clause a line, so a change to one clause's coding is a one-line diff. */
export function formatCommitments(d: DocumentCommitments): string {
  const clauses = Object.entries(d.clauses).map(([id, c]) => `  ${JSON.stringify(id)}: ${JSON.stringify(c)}`);
  const dated = d.dated.map((x) => `  ${JSON.stringify(x)}`);
  return `{\n "document": ${JSON.stringify(d.document)},\n "clauses": {\n${clauses.join(',\n')}\n },\n "dated": [\n${dated.join(',\n')}\n ]\n}\n`;
}

function main(): number {
  let files: Map<string, string>;
  let counts: string;
  try {
    const { docs } = loadCorpus();
    const coded = docs.map((d) => DocumentCommitments.parse(codeDocument(d)));
    files = new Map(coded.map((d) => [`${d.document}.json`, formatCommitments(d)]));
    const all = coded.flatMap((d) => Object.values(d.clauses));
    const n = (s: string) => all.filter((c) => c.strength === s).length;
    counts = `${all.length} clauses (${n('binding')} binding, ${n('directive')} directive, ${n('encouraging')} encouraging, ${n('aspirational')} aspirational, ${n('none')} none), ${coded.reduce((k, d) => k + d.dated.length, 0)} dated commitments without a number`;
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`commitments: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const existing = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.json')) : [];
  const stale = existing.filter((f) => !files.has(f));
  const changed = [...files].filter(([f, text]) => !existing.includes(f) || readFileSync(join(outDir, f), 'utf8') !== text).map(([f]) => f);
  if (process.argv.includes('--check')) {
    if (changed.length || stale.length) {
      console.error(`commitments --check: ${driftMessage(`content/commitments/ (${[...changed, ...stale].join(', ')})`, commitmentsDrift)}`);
      return 1;
    }
    console.log(`commitments --check: ${files.size} files up to date, ${counts}`);
    return 0;
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of changed) writeFileSync(join(outDir, f), files.get(f)!);
  for (const f of stale) rmSync(join(outDir, f));
  console.log(`commitments: ${counts}; ${files.size} files, ${changed.length} written, ${stale.length} removed`);
  return 0;
}

if (import.meta.main) process.exitCode = main();

/**
 * `npm run align`: content/clauses + content/links (themes) + content/targets.json
 * → content/alignments/<document>.json (aligned clauses with their evidence).
 * `npm run align -- --check`: exit 1 when the committed files differ from what the aligner makes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { DocumentAlignments } from '../src/schemas/alignment.ts';
import { Clauses } from '../src/schemas/clause.ts';
import { DocumentLinks } from '../src/schemas/links.ts';
import { TargetRecords } from '../src/schemas/target.ts';
import { SourceError } from './ingest/errors.ts';
import { parseJsonFile } from './ingest/read-meta.ts';
import { alignCorpus, type AlignDocument } from './link/align-corpus.ts';
import { loadThemes } from './ingest.ts';
import { createSegmenter } from './link/segment.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const ClauseFile = z.strictObject({ document: z.string(), clauses: Clauses });

/** Reads what the aligner needs from content/. */
export function loadAlignInput(base = root): AlignDocument[] {
  const read = (rel: string) => readFileSync(join(base, rel), 'utf8');
  const ids = readdirSync(join(base, 'content/clauses'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const targets = parseJsonFile(TargetRecords, read('content/targets.json'), 'content/targets.json');
  return ids.map((id) => {
    const { clauses } = parseJsonFile(ClauseFile, read(`content/clauses/${id}.json`), `content/clauses/${id}.json`);
    const links = parseJsonFile(DocumentLinks, read(`content/links/${id}.json`), `content/links/${id}.json`);
    const indicators = new Map<string, string[]>();
    for (const t of targets) if (t.document === id) indicators.set(t.clause, [...new Set([...(indicators.get(t.clause) ?? []), t.indicator])]);
    return { id, clauses, themes: new Map(Object.entries(links.clauses).map(([c, e]) => [c, e.themes.map((t) => t.theme)])), indicators };
  });
}

/** The segmenter the aligner uses: jieba taught every theme term. */
export function alignSegmenter(base = root) {
  return createSegmenter(loadThemes(join(base, 'content/themes')).flatMap((t) => t.terms));
}

export function alignmentFiles(base = root): Map<string, string> {
  const out = alignCorpus(loadAlignInput(base), alignSegmenter(base));
  return new Map(out.map((d) => [`alignments/${d.document}.json`, JSON.stringify(DocumentAlignments.parse(d)) + '\n']));
}

function main(): number {
  let files: Map<string, string>;
  try {
    files = alignmentFiles();
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`align: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const dir = join(root, 'content/alignments');
  const owned = existsSync(dir) ? readdirSync(dir).map((f) => `alignments/${f}`) : [];
  const stale = owned.filter((f) => !files.has(f));
  const changed = [...files].filter(([p, text]) => !existsSync(join(root, 'content', p)) || readFileSync(join(root, 'content', p), 'utf8') !== text);
  const pairs = [...files.values()].reduce((n, t) => n + (t.match(/"clause":/g)?.length ?? 0), 0) / 2;
  if (process.argv.includes('--check')) {
    for (const [p] of changed) console.error(`align --check: content/${p} differs from what the aligner produces`);
    for (const p of stale) console.error(`align --check: content/${p} has no document`);
    if (changed.length || stale.length) {
      console.error('if the change is intended (new content, new themes or targets, a calibrated aligner), run `npm run align` and commit the result; if not, the aligned-pairs gate (scripts/link/align-golden.test.ts) says what broke');
      return 1;
    }
    console.log(`align --check: ${files.size} files up to date, ${pairs} aligned pairs`);
    return 0;
  }
  mkdirSync(dir, { recursive: true });
  for (const p of stale) rmSync(join(root, 'content', p));
  for (const [p, text] of changed) writeFileSync(join(root, 'content', p), text);
  console.log(`align: ${files.size} files, ${changed.length} written, ${stale.length} removed, ${pairs} aligned pairs`);
  return 0;
}

if (import.meta.main) process.exitCode = main();

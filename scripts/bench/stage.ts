/**
 * One pipeline stage of a benchmark, run in its own process so its peak memory can be read:
 * `node scripts/bench/stage.ts <ingest|themes|link|align>` inside a project copy. Stages hand
 * their data on through `.bench/docs.json`; reading it is not timed. Prints one JSON line.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestedDocument } from '../ingest/index.ts';
import { contentFiles, ingestAll, linkAll, loadThemes } from '../ingest.ts';
import { alignmentFiles } from '../align.ts';
import { buildThemeMatcher, matchText } from '../link/themes.ts';
import { isMain } from '../node-version.ts';

export interface StageTiming {
  /** What was timed. */
  name: string;
  ms: number;
}

export interface StageReport {
  stage: string;
  timings: StageTiming[];
  /** Peak resident memory of the stage's process, KB (process.resourceUsage().maxRSS). */
  maxRssKb: number;
  counts: Record<string, number>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const stateFile = join(root, '.bench', 'docs.json');

function timed<T>(name: string, timings: StageTiming[], run: () => T): T {
  const t0 = performance.now();
  const out = run();
  timings.push({ name, ms: performance.now() - t0 });
  return out;
}

const readDocs = (): IngestedDocument[] => JSON.parse(readFileSync(stateFile, 'utf8')) as IngestedDocument[];

const stages: Record<string, (timings: StageTiming[]) => Record<string, number>> = {
  ingest(timings) {
    const docs = timed('ingest', timings, () => ingestAll(join(root, 'sources')));
    mkdirSync(join(root, '.bench'), { recursive: true });
    writeFileSync(stateFile, JSON.stringify(docs));
    return { documents: docs.length, clauses: docs.reduce((n, d) => n + d.clauses.length, 0) };
  },
  themes(timings) {
    const docs = readDocs();
    const matches = timed('themes', timings, () => {
      const match = buildThemeMatcher(loadThemes());
      return docs.reduce((n, d) => n + d.clauses.reduce((m, c) => m + match(matchText(c)).length, 0), 0);
    });
    return { themes: loadThemes().length, matches };
  },
  link(timings) {
    const docs = readDocs();
    const linked = timed('link', timings, () => linkAll(docs, loadThemes()));
    const written = timed('write content', timings, () => {
      const files = contentFiles(docs, linked);
      // The pipeline owns these; clear them so the content is exactly this corpus's.
      for (const sub of ['plans', 'clauses', 'links']) rmSync(join(root, 'content', sub), { recursive: true, force: true });
      for (const [path, text] of files) {
        mkdirSync(join(root, 'content', path, '..'), { recursive: true });
        writeFileSync(join(root, 'content', path), text);
      }
      return files.size;
    });
    return { files: written };
  },
  align(timings) {
    // What `npm run align` writes, by the same function; the build then reads it as on the real site.
    const files = timed('align', timings, () => alignmentFiles(root));
    const bytes = timed('write alignments', timings, () => {
      rmSync(join(root, 'content', 'alignments'), { recursive: true, force: true });
      mkdirSync(join(root, 'content', 'alignments'), { recursive: true });
      let total = 0;
      for (const [path, text] of files) {
        writeFileSync(join(root, 'content', path), text);
        total += Buffer.byteLength(text);
      }
      return total;
    });
    const pairs = [...files.values()].reduce((n, t) => n + (t.match(/"clause":/g)?.length ?? 0), 0) / 2;
    return { files: files.size, pairs, bytes };
  },
};

function main(): void {
  const name = process.argv[2] ?? '';
  const stage = stages[name];
  if (!stage) throw new Error(`unknown stage "${name}"; one of ${Object.keys(stages).join(', ')}`);
  const timings: StageTiming[] = [];
  const counts = stage(timings);
  const report: StageReport = { stage: name, timings, maxRssKb: process.resourceUsage().maxRSS, counts };
  console.log(JSON.stringify(report));
}

if (isMain(import.meta)) main();

/** Reads what the target rules need from the repository: metadata, clauses, link table, reviewed entries. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { Clauses } from '../../src/schemas/clause.ts';
import { DocumentMeta } from '../../src/schemas/document.ts';
import { Indicators, ReviewedTargets, type Indicator, type ReviewedEntry } from '../../src/schemas/target.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';
import type { SourceDocument } from './source.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const ClauseFile = z.strictObject({ document: z.string(), clauses: Clauses });

export interface Corpus {
  docs: SourceDocument[];
  indicators: Indicator[];
  reviewed: ReviewedEntry[];
}

export function loadCorpus(root = repoRoot): Corpus {
  const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
  const ids = readdirSync(join(root, 'content/clauses'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const docs = ids.map((id) => {
    const meta = parseJsonFile(DocumentMeta, read(`sources/${id}/meta.json`), `sources/${id}/meta.json`);
    const file = parseJsonFile(ClauseFile, read(`content/clauses/${id}.json`), `content/clauses/${id}.json`);
    return { id, meta, clauses: file.clauses };
  });
  const indicators = parseJsonFile(Indicators, read('content/indicators.json'), 'content/indicators.json');
  const reviewedPath = 'content/targets-reviewed.json';
  const reviewed = existsSync(join(root, reviewedPath)) ? parseJsonFile(ReviewedTargets, read(reviewedPath), reviewedPath) : [];
  return { docs, indicators, reviewed };
}

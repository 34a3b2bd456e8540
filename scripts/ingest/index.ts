import type { Clause } from '../../src/schemas/clause.ts';
import type { DocumentMeta } from '../../src/schemas/document.ts';
import type { PlanFrontmatter } from '../../src/schemas/plan.ts';
import type { Region } from '../../src/schemas/regions.ts';
import { applyCorrections } from './apply-corrections.ts';
import { toEditorialNotes } from './notes.ts';
import { readCorrections, readMeta } from './read-meta.ts';
import { toSourceLines } from './source-lines.ts';
import { toClauses } from './structure.ts';
import { toBlocks } from './to-blocks.ts';
import { toMdx } from './to-mdx.ts';

/** One document's files as read from `sources/<id>/`. */
export interface SourceFiles {
  id: string;
  /** `sources/<id>`, used in error messages. */
  dir: string;
  text: string;
  meta: string;
  corrections?: string | undefined;
}

export interface IngestedDocument {
  id: string;
  meta: DocumentMeta;
  frontmatter: PlanFrontmatter;
  clauses: Clause[];
  mdx: string;
}

/**
 * The whole ingest of one document: read → correct → blocks → clauses → notes → MDX.
 * Pure: files in, text out.
 */
export function ingestDocument(files: SourceFiles, regions: readonly Region[]): IngestedDocument {
  const textFile = `${files.dir}/text.txt`;
  const meta = readMeta(files.meta, `${files.dir}/meta.json`, regions);
  const corrections = readCorrections(files.corrections, `${files.dir}/corrections.json`);
  const lines = applyCorrections(toSourceLines(files.text), corrections, `${files.dir}/corrections.json`);
  const { blocks, rules } = toBlocks(lines, meta.layout, textFile);
  const located = toClauses(blocks, meta.layout, textFile);
  const notes = toEditorialNotes(corrections, rules, located);
  const clauses: Clause[] = located.map(({ lines: _lines, ...c }) => c);
  const { layout: _layout, ...rest } = meta;
  const frontmatter: PlanFrontmatter = { ...rest, notes };
  return { id: files.id, meta, frontmatter, clauses, mdx: toMdx(frontmatter, clauses) };
}

import type { Clause } from '../../src/schemas/clause.ts';
import type { DocumentMeta } from '../../src/schemas/document.ts';
import type { PlanFrontmatter } from '../../src/schemas/plan.ts';
import type { Region } from '../../src/schemas/regions.ts';
import { applyCorrections } from './apply-corrections.ts';
import { checkText } from './check-text.ts';
import { toEditorialNotes } from './notes.ts';
import { correctionLines, readCorrections, readMeta } from './read-meta.ts';
import { resolveHints } from './resolve-hints.ts';
import { ingestReviewItems } from './review-items.ts';
import type { ReviewFinding } from './review.ts';
import { toSourceLines } from './source-lines.ts';
import { toClauses } from './structure.ts';
import { toTitles } from './titles.ts';
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
  /**
   * What an editor may want to check: read one way where another was possible (theme items are
   * added once themes are linked, see `themeItems`).
   */
  review: ReviewFinding[];
}

/**
 * The whole ingest of one document: read → check → correct → hints → blocks → clauses → notes → MDX
 * frontmatter (the clauses are written as they are, see `toClauseJson`).
 * Pure: files in, text out.
 */
export function ingestDocument(files: SourceFiles, regions: readonly Region[]): IngestedDocument {
  const textFile = `${files.dir}/text.txt`;
  const metaFile = `${files.dir}/meta.json`;
  const { meta, region } = readMeta(files.meta, metaFile, regions);
  const corrections = readCorrections(files.corrections, `${files.dir}/corrections.json`);
  const lines = applyCorrections(checkText(toSourceLines(files.text), textFile), corrections, `${files.dir}/corrections.json`, correctionLines(files.corrections, corrections));
  const layout = resolveHints(lines, meta.layout, { meta: metaFile, metaText: files.meta, text: textFile });
  const { blocks, rules } = toBlocks(lines, layout, textFile);
  const located = toClauses(blocks, layout, textFile, meta.title === 'unknown' ? undefined : meta.title);
  const notes = toEditorialNotes(corrections, rules, located);
  const clauses: Clause[] = located.map(({ lines: _lines, ...c }) => c);
  const { layout: _layout, ...rest } = meta;
  const frontmatter: PlanFrontmatter = { ...rest, ...toTitles(meta, region), notes };
  const review = ingestReviewItems({ file: textFile, lines, layout, clauses: located, rules });
  return { id: files.id, meta, frontmatter, clauses, mdx: toMdx(frontmatter), review };
}

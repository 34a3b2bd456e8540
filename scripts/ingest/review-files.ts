/**
 * `sources/<id>/review.json` at the edges: each stage reconciles its own items with the file,
 * prints what an editor must read, and writes the file, or (with `--check`) fails while an item
 * waits for a verdict. Shared by `npm run ingest` and `npm run targets`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReviewFile, type ReviewStage } from '../../src/schemas/review.ts';
import { parseJsonFile } from './read-meta.ts';
import { formatDropped, formatFinding, formatReviewFile, howToResolve, reconcileReview, summarize, unresolved, type Reconciled, type ReviewFinding } from './review.ts';

/** How many unresolved items `--check` names before it says how many more there are. */
const NAMED = 5;

export interface DocumentReview {
  /** `sources/<id>/review.json` */
  reviewFile: string;
  reconciled: Reconciled;
  /** The file as it should now read, and whether the one on disk differs. */
  text: string;
  changed: boolean;
}

/** Reconciles one stage's findings with every document's review.json under `root`. */
export function reviewDocuments(root: string, stage: ReviewStage, found: ReadonlyMap<string, readonly ReviewFinding[]>): DocumentReview[] {
  return [...found].map(([document, findings]) => {
    const reviewFile = `sources/${document}/review.json`;
    const path = join(root, reviewFile);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    const previous = current === undefined ? undefined : parseJsonFile(ReviewFile, current, reviewFile);
    const reconciled = reconcileReview(document, previous, stage, findings);
    const text = formatReviewFile(reconciled.file);
    return { reviewFile, reconciled, text, changed: text !== current };
  });
}

/**
 * `--check`: the messages of a failure (empty when every item has a verdict and every file is
 * current). Names the first few items with file:line and how to resolve them.
 */
export function checkReview(command: string, reviews: readonly DocumentReview[]): string[] {
  const errors = reviews.filter((r) => r.changed).map((r) => `${command}: ${r.reviewFile} is not current: run npm run ${command.split(' ')[0]} and read what it prints`);
  const waiting = reviews.flatMap((r) => unresolved(r.reconciled).map((u) => ({ ...u, reviewFile: r.reviewFile })));
  if (waiting.length === 0) return errors;
  errors.push(`${command}: ${waiting.length} review ${waiting.length === 1 ? 'item waits' : 'items wait'} for an editor:`);
  for (const w of waiting.slice(0, NAMED)) {
    const state = w.item.status === 'fixed' ? 'marked fixed, but still arises' : 'open';
    errors.push(`  ${formatFinding(w.finding)} [${state}; key "${w.item.key}" in ${w.reviewFile}]`);
  }
  if (waiting.length > NAMED) errors.push(`  … and ${waiting.length - NAMED} more`);
  errors.push(`  ${howToResolve('sources/<id>/review.json')}`);
  return errors;
}

/**
 * A run without `--check`: writes each file, and returns what to print: every unresolved item
 * (all of them with `all`), what was dropped, and a line per document.
 */
export function writeReview(root: string, stage: ReviewStage, reviews: readonly DocumentReview[], all = false): string[] {
  const lines: string[] = [];
  for (const r of reviews) {
    const shown = all ? r.reconciled.items : unresolved(r.reconciled);
    for (const s of shown) lines.push(`${formatFinding(s.finding)} [${s.item.status}]`);
    for (const d of r.reconciled.dropped) lines.push(formatDropped(r.reviewFile, d));
    if (r.reconciled.items.length || r.reconciled.dropped.length) lines.push(summarize(r.reviewFile, stage, r.reconciled));
    if (r.changed) writeFileSync(join(root, r.reviewFile), r.text);
  }
  const open = reviews.reduce((n, r) => n + unresolved(r.reconciled).length, 0);
  if (open) lines.push(`${open} review items wait for an editor (--check fails until then): ${howToResolve('sources/<id>/review.json')}`);
  return lines;
}

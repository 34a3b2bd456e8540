/**
 * `npm run targets`: content/clauses + content/indicators.json + content/targets-reviewed.json
 * → content/targets.json (validated by src/schemas/target.ts): targets, outcomes and baselines,
 * with the checks of figures a document states against each other.
 * Both print every candidate target the rules left unread (gaps.ts), with its clause and offsets;
 * each is an item of the review report (sources/<id>/review.json).
 * `npm run targets -- --check`: exit 1 when the committed file differs from what the rules produce,
 * or a figure the rules did not read waits for an editor in sources/<id>/review.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TargetRecords, type TargetRecord } from '../src/schemas/target.ts';
import { driftMessage, targetsDrift } from './check/drift.ts';
import { SourceError } from './ingest/errors.ts';
import { checkReview, reviewDocuments, writeReview, type DocumentReview } from './ingest/review-files.ts';
import { targetReviewItems } from './targets/review-items.ts';
import { extractTargets } from './targets/extract.ts';
import { findGaps, formatGap } from './targets/gaps.ts';
import { loadCorpus, repoRoot } from './targets/load.ts';
import { isMain } from './node-version.ts';

export const targetsFile = join(repoRoot, 'content/targets.json');

/** The file's text: one record a line, so a change to one target is a one-line diff. */
export function formatTargets(records: readonly TargetRecord[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

function main(): number {
  let text: string;
  let counts: string;
  let gaps: string[];
  let reviews: DocumentReview[];
  try {
    const { docs, indicators, reviewed } = loadCorpus();
    const { records, exclusions, problems } = extractTargets(docs, indicators, reviewed);
    for (const p of problems) console.error(`targets: ${p}`);
    if (problems.length) return 1;
    // Parse, not just check: the schema's key order is the file's key order.
    const parsed = TargetRecords.parse(records);
    for (const r of parsed) {
      const clause = docs.find((d) => d.id === r.document)?.clauses.find((c) => c.id === r.clause);
      if (!clause?.text.includes(r.quote)) throw new Error(`${r.id}: quote is not in ${r.document}#${r.clause}`);
    }
    text = formatTargets(parsed);
    const unread = findGaps(docs, parsed, exclusions);
    gaps = unread.map(formatGap);
    reviews = reviewDocuments(repoRoot, 'targets', targetReviewItems(docs, unread));
    const n = (kind: string) => parsed.filter((r) => r.kind === kind).length;
    const disagreements = new Set(parsed.flatMap((r) => r.checks.filter((c) => !c.agrees).map((c) => c.id))).size;
    counts = `${parsed.length} records (${n('target')} targets, ${n('outcome')} outcomes, ${n('baseline')} baselines; ${disagreements} figures disagree)`;
  } catch (e) {
    if (e instanceof SourceError) {
      console.error(`targets: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const current = existsSync(targetsFile) ? readFileSync(targetsFile, 'utf8') : undefined;
  if (gaps.length) {
    console.error(`targets: ${gaps.length} candidate target(s) not read — add a term to content/indicators.json, a record or an exclusion with its reason to content/targets-reviewed.json, or accept the item in the document's review.json:`);
    for (const g of gaps) console.error(`  ${g}`);
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`targets --check: ${driftMessage('content/targets.json', targetsDrift)}`);
      return 1;
    }
    const review = checkReview('targets --check', reviews);
    for (const line of review) console.error(line);
    if (review.length) return 1;
    console.log(`targets --check: content/targets.json up to date, ${counts}`);
    return 0;
  }
  if (current !== text) writeFileSync(targetsFile, text);
  for (const line of writeReview(repoRoot, 'targets', reviews, process.argv.includes('--review'))) console.log(line);
  console.log(`targets: ${counts}${current === text ? ', unchanged' : ', written to content/targets.json'}`);
  return 0;
}

if (isMain(import.meta)) process.exitCode = main();

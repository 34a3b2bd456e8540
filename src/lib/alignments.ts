import { DocumentAlignments } from '../schemas/alignment.ts';
import { AlignedGolden } from '../schemas/aligned-golden.ts';
import golden from '../../content/alignments-golden.json';
import redirectsJson from '../../content/anchors/redirects.json';
import { AnchorRedirects } from '../schemas/anchors.ts';
import { currentRef } from './anchor-redirects.ts';
import { contentDir, readPlanFile } from './content-files.ts';

const redirects = AnchorRedirects.parse(redirectsJson);

/** Per plan: clause → its evidence and aligned clauses (content/alignments, written by `npm run align`). */
export type AlignmentMap = ReadonlyMap<string, DocumentAlignments['clauses']>;

/**
 * One plan's alignments, read when a page needs them and not kept: together they are the largest
 * part of the content, and each page needs a plan or a few. A file read again is not checked again
 * (the schema only checks). A plan without a file has no aligned clauses.
 */
export function planAlignments(plan: string): DocumentAlignments['clauses'] {
  return readPlanFile('alignments', plan, DocumentAlignments, contentDir(), { once: true })?.clauses ?? {};
}

/** The alignments of the given plans, by plan. */
export function alignmentsOf(plans: readonly string[]): AlignmentMap {
  return new Map(plans.map((p) => [p, planAlignments(p)]));
}

/** Editors' judged pairs, which the compare page applies over the aligner as the pipeline does. */
export const judgements = AlignedGolden.parse(golden).pairs.map(({ a, b, aligned }) => ({ a: currentRef(a, redirects), b: currentRef(b, redirects), aligned }));

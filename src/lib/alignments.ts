import { getCollection } from 'astro:content';
import type { DocumentAlignments } from '../schemas/alignment.ts';
import { AlignedGolden } from '../schemas/aligned-golden.ts';
import golden from '../../content/alignments-golden.json';
import redirectsJson from '../../content/anchors/redirects.json';
import { AnchorRedirects } from '../schemas/anchors.ts';
import { currentRef } from './anchor-redirects.ts';

const redirects = AnchorRedirects.parse(redirectsJson);

/** Per plan: clause → its evidence and aligned clauses (content/alignments, written by `npm run align`). */
export type AlignmentMap = ReadonlyMap<string, DocumentAlignments['clauses']>;

let loaded: Promise<AlignmentMap> | undefined;

/** The alignments of every plan that has them; a plan without a file has no aligned clauses. */
export function getAlignments(): Promise<AlignmentMap> {
  loaded ??= getCollection('alignments').then((entries) => new Map(entries.map((e) => [e.data.document, e.data.clauses])));
  return loaded;
}

/** Editors' judged pairs, which the compare page applies over the aligner as the pipeline does. */
export const judgements = AlignedGolden.parse(golden).pairs.map(({ a, b, aligned }) => ({ a: currentRef(a, redirects), b: currentRef(b, redirects), aligned }));

import { getCollection } from 'astro:content';
import type { DocumentAlignments } from '../schemas/alignment.ts';
import { AlignedGolden } from '../schemas/aligned-golden.ts';
import golden from '../../content/alignments-golden.json';

/** Plan id → its clauses' evidence and aligned clauses (content/alignments). */
export async function getAlignments(): Promise<Map<string, DocumentAlignments['clauses']>> {
  const entries = await getCollection('alignments');
  return new Map(entries.map((e) => [e.data.document, e.data.clauses]));
}

/** Editors' judged pairs, which the compare page applies over the aligner as the pipeline does. */
export const judgements = AlignedGolden.parse(golden).pairs.map(({ a, b, aligned }) => ({ a, b, aligned }));

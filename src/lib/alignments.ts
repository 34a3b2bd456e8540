import { getCollection } from 'astro:content';
import type { DocumentAlignments } from '../schemas/alignment.ts';

/** Plan id → its clauses' evidence and aligned clauses (content/alignments). */
export async function getAlignments(): Promise<Map<string, DocumentAlignments['clauses']>> {
  const entries = await getCollection('alignments');
  return new Map(entries.map((e) => [e.data.document, e.data.clauses]));
}

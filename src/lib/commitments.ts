import { getCollection } from 'astro:content';
import type { DocumentCommitments } from '../schemas/commitment.ts';

/** Per plan: clause → its commitment coding (content/commitments, written by `npm run commitments`). */
export type CommitmentMap = ReadonlyMap<string, DocumentCommitments>;

let loaded: Promise<CommitmentMap> | undefined;

export function getCommitments(): Promise<CommitmentMap> {
  loaded ??= getCollection('commitments').then((entries) => new Map(entries.map((e) => [e.data.document, e.data])));
  return loaded;
}

/** `npm run themes:suggest`: candidate terms shared by two or more regions that no theme covers yet. */
import { ingestAll, loadThemes } from './ingest.ts';
import { suggestTerms } from './link/suggest-terms.ts';

const limit = Number(process.argv[2] ?? 40);
const docs = ingestAll();
const candidates = suggestTerms(
  docs.map((d) => ({ document: d.id, region: d.meta.region, texts: d.clauses.map((c) => c.text) })),
  loadThemes(),
);
console.log(`${candidates.length} candidate terms; the first ${Math.min(limit, candidates.length)} by regions, documents and count:`);
for (const c of candidates.slice(0, limit)) console.log(`${c.term}\t${c.regions.join(',')}\t${c.documents} documents\t${c.count}×`);

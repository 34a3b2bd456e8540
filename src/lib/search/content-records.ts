/**
 * The search records read straight from content/ (frontmatter, clause model, links, themes), the
 * files `astro build` reads too: the index can then be built beside the site instead of after it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DocumentClauses } from '../../schemas/clause.ts';
import { readJsonFile, readPlanFile } from '../content-files.ts';
import { DocumentLinks } from '../../schemas/links.ts';
import { PlanFrontmatter } from '../../schemas/plan.ts';
import { Theme } from '../../schemas/theme.ts';
import { sortKey } from '../format.ts';
import { regionById } from '../regions.ts';
import { toSearchRecords, type RecordInput, type SearchRecord } from './records.ts';

const filesIn = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ id: f.slice(0, -ext.length), file: join(dir, f) }));

/** Every clause as a search record, from the content folder; plans in the order the site lists them. */
export function readSearchRecords(contentDir: string): SearchRecord[] {
  const themes = new Map(filesIn(join(contentDir, 'themes'), '.json').map(({ file }) => readJsonFile(file, Theme)).map((t) => [t.id, t]));
  const docs: RecordInput[] = filesIn(join(contentDir, 'plans'), '.mdx').map(({ id, file }) => {
    const meta = readJsonFile(file, PlanFrontmatter, (text) => parseFrontmatter(text).frontmatter);
    const model = readPlanFile('clauses', id, DocumentClauses, contentDir);
    if (!model) throw new Error(`${join(contentDir, 'clauses', `${id}.json`)}: missing: the plan ${file} has no clause model (npm run ingest writes it)`);
    // A plan the link stage found no theme in may have no file.
    const links = readPlanFile('links', id, DocumentLinks, contentDir)?.clauses ?? {};
    const clauses = model.clauses;
    return { id, meta, clauses, links, regionName: regionById(meta.region).name };
  });
  docs.sort((a, b) => sortKey(a.meta).localeCompare(sortKey(b.meta)) || a.id.localeCompare(b.id));
  return toSearchRecords(docs, themes);
}

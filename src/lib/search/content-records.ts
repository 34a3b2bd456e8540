/**
 * The search records read straight from content/ (frontmatter, clause model, links, themes), the
 * files `astro build` reads too: the index can then be built beside the site instead of after it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { Clauses } from '../../schemas/clause.ts';
import { DocumentLinks } from '../../schemas/links.ts';
import { PlanFrontmatter } from '../../schemas/plan.ts';
import { Theme } from '../../schemas/theme.ts';
import { sortKey } from '../format.ts';
import { regionById } from '../regions.ts';
import { toSearchRecords, type RecordInput, type SearchRecord } from './records.ts';

const ClauseFile = z.strictObject({ document: z.string(), clauses: Clauses });

/** Parses one content file with its schema; an error names the file and what is wrong. */
function readFile<T>(file: string, schema: z.ZodType<T>, parse: (text: string) => unknown = JSON.parse): T {
  const text = readFileSync(file, 'utf8');
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return result.data;
}

const filesIn = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ id: f.slice(0, -ext.length), file: join(dir, f) }));

/** Every clause as a search record, from the content folder; plans in the order the site lists them. */
export function readSearchRecords(contentDir: string): SearchRecord[] {
  const themes = new Map(filesIn(join(contentDir, 'themes'), '.json').map(({ file }) => readFile(file, Theme)).map((t) => [t.id, t]));
  const docs: RecordInput[] = filesIn(join(contentDir, 'plans'), '.mdx').map(({ id, file }) => {
    const meta = readFile(file, PlanFrontmatter, (text) => parseFrontmatter(text).frontmatter);
    const clausesFile = join(contentDir, 'clauses', `${id}.json`);
    const { document, clauses } = readFile(clausesFile, ClauseFile);
    if (document !== id) throw new Error(`${clausesFile}: "document" is "${document}", not "${id}"`);
    const linksFile = join(contentDir, 'links', `${id}.json`);
    // A plan the link stage found no theme in may have no file.
    const links = existsSync(linksFile) ? readFile(linksFile, DocumentLinks).clauses : {};
    return { id, meta, clauses, links, regionName: regionById(meta.region).name };
  });
  docs.sort((a, b) => sortKey(a.meta).localeCompare(sortKey(b.meta)) || a.id.localeCompare(b.id));
  return toSearchRecords(docs, themes);
}

/** The committed documents, read as the site reads them: for tests of citations over every document. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Clauses } from '../../schemas/clause.ts';
import { PlanFrontmatter } from '../../schemas/plan.ts';

const content = fileURLToPath(new URL('../../../content/', import.meta.url));

/** Frontmatter of a plan's MDX: JSON values one key a line, as the pipeline writes them. */
export function frontmatterOf(id: string) {
  const mdx = readFileSync(join(content, 'plans', `${id}.mdx`), 'utf8');
  const head = /^---\n([\s\S]*?)\n---/.exec(mdx)![1]!;
  return PlanFrontmatter.parse(Object.fromEntries(head.split('\n').map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 1))])));
}
export const clausesOf = (id: string) => Clauses.parse(JSON.parse(readFileSync(join(content, 'clauses', `${id}.json`), 'utf8')).clauses);
export const documentIds = readdirSync(join(content, 'plans')).map((f) => f.replace(/\.mdx$/, ''));

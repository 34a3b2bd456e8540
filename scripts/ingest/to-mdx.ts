import type { PlanFrontmatter } from '../../src/schemas/plan.ts';
import { toJsonLiteral } from './literal.ts';

/**
 * Writes a plan's MDX: its typed frontmatter, strings as escaped literals (see literal.ts). The
 * body stays empty: the plan page renders the text from the clause model
 * (content/clauses/<id>.json) through one component, so the build does not parse a Markdown
 * element a clause.
 */
export function toMdx(frontmatter: PlanFrontmatter): string {
  const head = Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${toJsonLiteral(value)}`)
    .join('\n');
  return `---\n${head}\n---\n`;
}

import type { Clause } from '../../src/schemas/clause.ts';
import type { PlanFrontmatter } from '../../src/schemas/plan.ts';
import { toJsLiteral, toJsonLiteral } from './literal.ts';

/**
 * Writes a plan as MDX: typed frontmatter, then one component a clause. All text goes in as
 * string literals (see literal.ts); tables become GFM tables whose cells are literals too.
 */
export function toMdx(frontmatter: PlanFrontmatter, clauses: readonly Clause[]): string {
  const head = Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${toJsonLiteral(value)}`)
    .join('\n');
  const body: string[] = [];
  const children = new Map<string, Clause[]>();
  for (const c of clauses) {
    if (c.kind === 'row' && c.parent) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);
  }
  let inList = false;
  let group: number | undefined;
  for (const c of clauses) {
    if (c.kind === 'row') continue;
    // Lists printed apart stay apart: a new group closes the list before it.
    if (inList && (c.kind !== 'list-item' || c.group !== group)) body.push('</List>', '');
    if (c.kind === 'list-item' && (!inList || c.group !== group)) body.push('<List>');
    inList = c.kind === 'list-item';
    group = c.group;
    if (c.kind === 'table') {
      body.push(tableToMdx(c, children.get(c.id) ?? []), '');
    } else {
      body.push(clauseToMdx(c) + (inList ? '' : '\n'));
    }
  }
  if (inList) body.push('</List>', '');
  return `---\n${head}\n---\n\n${body.join('\n').replace(/\n+$/, '')}\n`;
}

function props(c: Clause): string {
  const parts = [`id="${c.id}"`, `kind="${c.kind}"`, `label={${toJsLiteral(c.label)}}`];
  if (c.number) parts.push(`number={${toJsLiteral(c.number)}}`);
  if (c.heading) parts.push(`heading={${toJsLiteral(c.heading)}}`);
  return parts.join(' ');
}

function clauseToMdx(c: Clause): string {
  return `<Clause ${props(c)} text={${toJsLiteral(c.text)}} />`;
}

function tableToMdx(table: Clause, rows: readonly Clause[]): string {
  const header = table.cells ?? [];
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [
    `<Table ${props(table)}>`,
    '',
    line(header.map((h) => `{${toJsLiteral(h)}}`)),
    line(header.map(() => '---')),
    ...rows.map((r) =>
      line((r.cells ?? []).map((cell, i) => (i === 0 ? `<Row id="${r.id}" label={${toJsLiteral(r.label)}}>{${toJsLiteral(cell)}}</Row>` : `{${toJsLiteral(cell)}}`))),
    ),
    '',
    '</Table>',
  ].join('\n');
}

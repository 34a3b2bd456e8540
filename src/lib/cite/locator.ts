import type { Clause } from '../../schemas/clause.ts';
import { numberToChinese } from '../../../scripts/ingest/numbering.ts';

/** A clause's place in its document in citation Chinese: `第三部分（五）`, `第四部分（二）第9条`. */
export function clauseLocator(clauses: readonly Clause[], id: string): string {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const chain: Clause[] = [];
  for (let c = byId.get(id); c; c = c.parent ? byId.get(c.parent) : undefined) chain.unshift(c);
  if (!chain.length) throw new Error(`no clause "${id}"`);
  return chain.map((c) => stepOf(c, byId)).join('');
}

function ordinalIn(c: Clause, prefix: string): number {
  return Number(new RegExp(`${prefix}(\\d+)$`).exec(c.id)?.[1] ?? 0);
}

function stepOf(c: Clause, byId: Map<string, Clause>): string {
  switch (c.kind) {
    case 'part':
      return `第${numberToChinese(ordinalIn(c, 'p'))}部分`;
    case 'section':
      return `（${numberToChinese(ordinalIn(c, 's'))}）`;
    case 'item':
      return `第${ordinalIn(c, 'i')}条`;
    case 'lead':
      return `第${ordinalIn(c, 'd')}项`;
    case 'paragraph':
      return c.id.startsWith('notice') && !c.id.includes('-q') ? c.label.replace(/^.*·/, '') : `第${ordinalIn(c, 'q') || 1}段`;
    case 'table':
      return `表${ordinalIn(c, 't')}`;
    case 'row':
      return `第${ordinalIn(c, 'r')}行`;
    case 'list-item':
      return `第${ordinalIn(c, 'l')}项`;
    case 'heading':
      return `“${c.label}”部分`;
    case 'notice':
      return '印发通知';
    case 'title':
      return '标题';
    default:
      return byId.has(c.id) ? c.label.replace(/^.*·/, '') : '';
  }
}

import type { Clause } from '../../schemas/clause.ts';
import { numberToChinese } from '../text/chinese-numerals.ts';

/**
 * Every clause's place in its document in citation Chinese (`第三部分（五）`, `第四部分（二）第9条（1）①`),
 * in one pass: a parent comes before its children, so each locator extends its parent's.
 */
export function clauseLocators(clauses: readonly Clause[]): Map<string, string> {
  const locators = new Map<string, string>();
  for (const c of clauses) locators.set(c.id, (c.parent ? (locators.get(c.parent) ?? '') : '') + stepOf(c));
  return locators;
}

/** One clause's locator; for many, build them all at once with {@link clauseLocators}. */
export function clauseLocator(clauses: readonly Clause[], id: string): string {
  const locator = clauseLocators(clauses).get(id);
  if (locator === undefined) throw new Error(`no clause "${id}"`);
  return locator;
}

function ordinalIn(c: Clause, prefix: string): number {
  return Number(new RegExp(`${prefix}(\\d+)$`).exec(c.id)?.[1] ?? 0);
}

function stepOf(c: Clause): string {
  switch (c.kind) {
    case 'part':
      return `第${numberToChinese(ordinalIn(c, 'p'))}部分`;
    case 'section':
      return `（${numberToChinese(ordinalIn(c, 's'))}）`;
    case 'chapter':
    case 'article':
      return c.number;
    case 'item':
      return `第${ordinalIn(c, 'i')}条`;
    case 'subitem':
      // As printed, brackets made full-width and the stop dropped: （1）, ①, A, （a）.
      return c.number.replace(/\(/g, '（').replace(/\)/g, '）').replace(/[.．、]$/, '');
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
      return c.label.replace(/^.*·/, '');
  }
}

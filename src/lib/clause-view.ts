import type { Clause, ClauseKind } from '../schemas/clause.ts';

/** The heading level a clause is shown at when it is only a heading; undefined for body text. */
export function headingLevel(kind: ClauseKind): 2 | 3 | 4 | undefined {
  switch (kind) {
    case 'title':
    case 'notice':
    case 'chapter':
    case 'part':
    case 'heading':
      return 2;
    case 'article':
    case 'section':
      return 3;
    case 'item':
    case 'subitem':
    case 'lead':
      return 4;
    default:
      return undefined;
  }
}

/** Splits a clause's text into what is shown as number, heading and body. */
export function splitClauseText(text: string, number = '', heading = ''): { number: string; heading: string; body: string } {
  if (!text.startsWith(number + heading)) throw new Error(`clause text does not start with "${number}${heading}"`);
  return { number, heading, body: text.slice(number.length + heading.length) };
}

/**
 * The text a clause is matched and searched on: its text, and for a table its header cells too.
 * Theme spans are offsets into this string.
 */
export function clauseMatchText(c: Pick<Clause, 'kind' | 'text' | 'cells'>): string {
  return c.kind === 'table' && c.cells ? `${c.text}\n${c.cells.join(' ')}` : c.text;
}

/**
 * Marks inside a formatted citation that the page turns into markup: the URL and access date it
 * completes for the reader, and italics. Never written to a file or a data export.
 */
export const URL_SLOT = '\u0000url\u0000';
export const DATE_SLOT = '\u0000date\u0000';
export const ITALIC_START = '\u0000i\u0000';
export const ITALIC_END = '\u0000/i\u0000';

export type SlotPart = { kind: 'text' | 'italic'; text: string } | { kind: 'url' | 'date'; text: '' };

/** Splits a formatted citation at its marks, for markup that shows the URL, date and italics. */
export function splitSlots(text: string): SlotPart[] {
  const parts: SlotPart[] = [];
  let italic = false;
  for (const p of text.split(/(\u0000url\u0000|\u0000date\u0000|\u0000i\u0000|\u0000\/i\u0000)/)) {
    if (p === ITALIC_START || p === ITALIC_END) italic = p === ITALIC_START;
    else if (p === URL_SLOT) parts.push({ kind: 'url', text: '' });
    else if (p === DATE_SLOT) parts.push({ kind: 'date', text: '' });
    else if (p !== '') parts.push({ kind: italic ? 'italic' : 'text', text: p });
  }
  return parts;
}

/**
 * Marks inside a formatted citation that the page turns into markup: the URL and access date it
 * completes for the reader, and italics. Never written to a file or a data export.
 */
export const URL_SLOT = '\u0000url\u0000';
export const DATE_SLOT = '\u0000date\u0000';
export const ITALIC_START = '\u0000i\u0000';
export const ITALIC_END = '\u0000/i\u0000';

export type SlotPart = { kind: 'text' | 'italic'; text: string } | { kind: 'url' | 'date'; text: '' };

/** A part of a citation as a page shows it: the slots, and the cited place marked for the page's script. */
export type CitePart = SlotPart | { kind: 'locator'; text: string };

/**
 * Marks the cited place (引文位置) in a citation's parts: its last occurrence before the access
 * date, where GB/T 7714 puts it (`…[R/OL]. 第四部分（二）第9条[date]`, `…[R/OL]. 印发通知(2019-05-30)[date]`,
 * `…[N/OL]. 2024-05-01(第2段)[date]`). A plan page's script reads it there for a clause's exports,
 * so no attribute repeats it on every clause. Parts are returned unchanged when it is not found.
 */
export function markLocator(parts: readonly SlotPart[], locator: string): CitePart[] {
  const date = parts.findIndex((p) => p.kind === 'date');
  for (let i = (date < 0 ? parts.length : date) - 1; locator && i >= 0; i--) {
    const p = parts[i]!;
    const at = p.kind === 'text' ? p.text.lastIndexOf(locator) : -1;
    if (at < 0) continue;
    const marked: CitePart[] = [{ kind: 'text', text: p.text.slice(0, at) }, { kind: 'locator', text: locator }, { kind: 'text', text: p.text.slice(at + locator.length) }];
    return [...parts.slice(0, i), ...marked.filter((m) => m.text !== ''), ...parts.slice(i + 1)];
  }
  return [...parts];
}

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

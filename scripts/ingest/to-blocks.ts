import type { DeclaredBlock } from '../../src/schemas/document.ts';
import { SourceError } from './errors.ts';
import { endsSentence, normalizeSpaces } from './normalize-text.ts';
import { isHeadingOnly, readNumbering } from './numbering.ts';
import { declaredAt, type ResolvedBlock, type ResolvedLayout } from './resolve-hints.ts';
import type { SourceLine } from './source-lines.ts';

export type TextRole = DeclaredBlock['as'];

/** A run of text with one role: a paragraph, a heading, a title line … */
export interface TextBlock {
  type: 'text';
  role: TextRole;
  text: string;
  /** Source lines it was read from, in reading order. */
  lines: number[];
  id?: string | undefined;
  label?: string | undefined;
  /** A declared heading's level (see `DeclaredBlock.level`). */
  level?: number | undefined;
  /** Declared by a layout hint: its role is the editor's, so an opening number is text. */
  declared?: boolean;
}

export interface TableRow {
  cells: string[];
  line: number;
}

/** A table delivered one cell a line; the first row is the header. */
export interface TableBlock {
  type: 'table';
  caption: string;
  captionLine: number;
  header: TableRow;
  rows: TableRow[];
  lines: number[];
}

/** A bulleted list (`- ◆ …`), one item a bullet, or several where a correction joined them. */
export interface ListBlock {
  type: 'list';
  /** `lines`: the item's bullets as printed (one, or more after a `join-items` correction). */
  items: { text: string; line: number; lines: number[] }[];
  lines: number[];
}

export type Block = TextBlock | TableBlock | ListBlock;

/** Markup of the extraction removed from the text, reported to readers as editorial rules. */
export type RuleKind = 'bookmark' | 'heading-marker' | 'list-marker' | 'joined-paragraph';
export interface RuleUse {
  rule: RuleKind;
  lines: number[];
}

export interface BlocksResult {
  blocks: Block[];
  rules: RuleUse[];
}

const BOOKMARK = /\[bookmark: [^\]]*\]/g;
const TABLE_CELL = /^\t/;

class RuleLog {
  private readonly byRule = new Map<RuleKind, Set<number>>();
  add(rule: RuleKind, line: number): void {
    const lines = this.byRule.get(rule) ?? new Set<number>();
    lines.add(line);
    this.byRule.set(rule, lines);
  }
  list(): RuleUse[] {
    return [...this.byRule].map(([rule, lines]) => ({ rule, lines: [...lines] }));
  }
}

/** Lines of text with `[bookmark: …]` markers taken out (Word extraction residue). */
function stripBookmarks(l: SourceLine, log: RuleLog): SourceLine {
  if (!l.text.includes('[bookmark:')) return l;
  log.add('bookmark', l.line);
  return { line: l.line, text: l.text.replace(BOOKMARK, '') };
}

function joinText(parts: readonly string[], layout: ResolvedLayout): string {
  const joiner = layout.spacing === 'typographic' ? ' ' : '';
  return normalizeSpaces(parts.map((p) => normalizeSpaces(p, layout.spacing)).join(joiner), layout.spacing);
}

/**
 * Takes the lines of a declared block starting at `i` (all following lines in its range,
 * blank lines skipped) and returns the block and the index after it.
 */
function takeDeclared(lines: readonly SourceLine[], i: number, decl: ResolvedBlock, layout: ResolvedLayout, file: string, log: RuleLog): [TextBlock, number] {
  const taken: SourceLine[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const l = stripBookmarks(lines[j]!, log);
    if (l.text.trim() === '') continue;
    if (!decl.lines.includes(l.line)) break;
    taken.push(l);
  }
  if (decl.as === 'heading' && (!decl.id || !decl.label)) {
    throw new SourceError(file, taken[0]?.line, 'a declared heading needs an "id" and a "label" in meta.json layout.blocks');
  }
  if (decl.id && (!decl.label || !['heading', 'paragraph'].includes(decl.as))) {
    throw new SourceError(file, taken[0]?.line, `an "id" in meta.json layout.blocks needs a "label", and only a heading or a paragraph takes one (this block is "${decl.as}")`);
  }
  const text = joinText(
    taken.map((l) => l.text.replace(/^#{1,6} /, '')),
    layout,
  );
  return [{ type: 'text', role: decl.as, text, lines: taken.map((l) => l.line), id: decl.id, label: decl.label, level: decl.level, declared: true }, j];
}

function readTable(lines: readonly SourceLine[], i: number, caption: TextBlock | undefined, file: string): [TableBlock, number] {
  const rows: TableRow[] = [];
  let current: TableRow | undefined;
  let j = i;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (TABLE_CELL.test(l.text)) {
      current ??= { cells: [], line: l.line };
      current.cells.push(normalizeSpaces(l.text, 'extraction'));
    } else if (l.text.trim() === '') {
      if (current) rows.push(current);
      current = undefined;
    } else break;
  }
  if (current) rows.push(current);
  const [header, ...body] = rows;
  if (!header) throw new SourceError(file, lines[i]?.line, 'table has no rows');
  if (!caption) throw new SourceError(file, header.line, 'table has no caption: the line before a table names it');
  for (const row of body) {
    if (row.cells.length !== header.cells.length) {
      throw new SourceError(file, row.line, `table row has ${row.cells.length} cells, header has ${header.cells.length}`);
    }
  }
  const table: TableBlock = {
    type: 'table',
    caption: caption.text,
    captionLine: caption.lines[0]!,
    header,
    rows: body,
    lines: [caption.lines[0]!, ...rows.map((r) => r.line)],
  };
  return [table, j];
}

/** One paragraph a line (Word and web text), tables one tab-prefixed cell a line. */
function lineParagraphs(lines: readonly SourceLine[], layout: ResolvedLayout, file: string, log: RuleLog): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = stripBookmarks(lines[i]!, log);
    const decl = declaredAt(layout, l.line);
    if (l.text.trim() === '') {
      i++;
    } else if (decl) {
      const [block, next] = takeDeclared(lines, i, decl, layout, file, log);
      blocks.push(block);
      i = next;
    } else if (TABLE_CELL.test(l.text)) {
      const prev = blocks.at(-1);
      const caption = prev?.type === 'text' && prev.role === 'paragraph' ? prev : undefined;
      if (caption) blocks.pop();
      const [table, next] = readTable(lines, i, caption, file);
      blocks.push(table);
      i = next;
    } else {
      const text = normalizeSpaces(l.text, layout.spacing);
      const prev = blocks.at(-1);
      // A paragraph broken mid-sentence by extraction continues on the next line.
      if (
        prev?.type === 'text' &&
        prev.role === 'paragraph' &&
        !endsSentence(prev.text) &&
        !isHeadingOnly(prev.text) &&
        !readNumbering(text) &&
        lines[i - 1]?.text.trim() !== ''
      ) {
        prev.text += text;
        prev.lines.push(l.line);
        log.add('joined-paragraph', l.line);
      } else {
        blocks.push({ type: 'text', role: 'paragraph', text, lines: [l.line] });
      }
      i++;
    }
  }
  return blocks;
}

export const HARD_FINAL = /[。！？]["”’」』）)]*$/u;
/**
 * A hard-wrapped line this close to the file's full width runs to the right margin: one
 * character short of a 40-wide line still reaches it, two short do not (to-blocks.test.ts), as
 * a line ending on a punctuation mark the typesetter pushed over stops a character early.
 */
const AT_MARGIN = 0.95;
/**
 * A numbered line narrower than this share of a full line, with no final mark, is a heading on
 * its own (`一、总体要求`); a numbered line wider than it is the first line of a paragraph.
 */
const HEADING_WIDTH = 0.8;

/** PDF text: hard-wrapped lines joined into paragraphs; numbered short lines are headings. */
function hardWrapped(lines: readonly SourceLine[], layout: ResolvedLayout, file: string, log: RuleLog): Block[] {
  const full = typicalWidth(lines);
  const blocks: Block[] = [];
  let open: TextBlock | undefined;
  const close = (): void => {
    if (open) blocks.push(open);
    open = undefined;
  };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    const decl = declaredAt(layout, l.line);
    const text = normalizeSpaces(l.text, layout.spacing);
    if (text === '') {
      i++;
      continue;
    }
    if (decl) {
      close();
      const [block, next] = takeDeclared(lines, i, decl, layout, file, log);
      blocks.push(block);
      i = next;
      continue;
    }
    if (readNumbering(text)) close();
    if (open) {
      open.text += text;
      open.lines.push(l.line);
    } else {
      open = { type: 'text', role: 'paragraph', text, lines: [l.line] };
    }
    const next = lines.slice(i + 1).find((n) => n.text.trim() !== '');
    if (HARD_FINAL.test(text)) {
      // A sentence can end exactly at the right margin mid-paragraph; the paragraph goes on
      // when the next line is full width too (a new paragraph's first line is indented).
      const runsOn =
        next !== undefined &&
        !declaredAt(layout, next.line) &&
        !readNumbering(normalizeSpaces(next.text, layout.spacing)) &&
        reachesMargin(l.text, full) &&
        reachesMargin(next.text, full);
      if (!runsOn) close();
    } else if (readNumbering(text) && visualWidth(l.text) < full * HEADING_WIDTH) {
      // A numbered line closed the paragraph before it, so it is the first line of its own.
      close(); // a short numbered line without a final mark is a heading on its own
    }
    i++;
  }
  close();
  return blocks;
}

/** Whether a hard-wrapped line runs to the right margin (within a character or so). */
export function reachesMargin(text: string, full: number): boolean {
  return visualWidth(text) >= full * AT_MARGIN;
}

/** Width on the page: CJK and full-width characters count two, ASCII one. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text.trim()) w += ch.charCodeAt(0) < 0x80 ? 1 : 2;
  return w;
}

/** The most common line width of a file: the width of its full lines. */
export function typicalWidth(lines: readonly SourceLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.text.trim()) counts.set(visualWidth(l.text), (counts.get(visualWidth(l.text)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [w, c] of counts) if (c > bestCount || (c === bestCount && w > best)) [best, bestCount] = [w, c];
  return best;
}

const LIST_MARKER = /^- (◆ ?)?/;

/** Newspaper layout: blank-line separated blocks, `#` headings and `- ◆` lists. */
function newsMarkdown(lines: readonly SourceLine[], layout: ResolvedLayout, file: string, log: RuleLog): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (l.text.trim() === '') {
      i++;
      continue;
    }
    const decl = declaredAt(layout, l.line);
    if (decl) {
      if (/^#{1,6} /.test(l.text)) log.add('heading-marker', l.line);
      const [block, next] = takeDeclared(lines, i, decl, layout, file, log);
      blocks.push(block);
      i = next;
      continue;
    }
    const group: SourceLine[] = [];
    for (; i < lines.length && lines[i]!.text.trim() !== ''; i++) group.push(lines[i]!);
    const first = group[0]!;
    const heading = /^(#{1,6}) /.exec(first.text);
    if (heading) {
      if (group.length > 1) throw new SourceError(file, group[1]!.line, 'text runs on under a markdown heading without a blank line');
      log.add('heading-marker', first.line);
      if (heading[1] === '#') {
        blocks.push({ type: 'text', role: 'title', text: joinText([first.text.slice(2)], layout), lines: [first.line] });
      } else {
        throw new SourceError(file, first.line, 'this heading has no id: declare it in meta.json layout.blocks as {"as": "heading", "id", "label"}');
      }
    } else if (group.every((g) => [g, ...(g.parts ?? [])].every((b) => LIST_MARKER.test(b.text)))) {
      const items = group.map((g) => {
        const bullets = [g, ...(g.parts ?? [])];
        for (const b of bullets) log.add('list-marker', b.line);
        return { text: joinText(bullets.map((b) => b.text.replace(LIST_MARKER, '')), layout), line: g.line, lines: bullets.map((b) => b.line) };
      });
      blocks.push({ type: 'list', items, lines: items.flatMap((it) => it.lines) });
    } else if (group.some((g) => /^- /.test(g.text))) {
      throw new SourceError(file, first.line, 'a list is mixed with other lines in one block');
    } else {
      blocks.push({ type: 'text', role: 'paragraph', text: joinText(group.map((g) => g.text), layout), lines: group.map((g) => g.line) });
    }
  }
  return blocks;
}

/** Reads the corrected lines of one source into blocks, by the source's declared format. */
export function toBlocks(lines: readonly SourceLine[], layout: ResolvedLayout, file: string): BlocksResult {
  const log = new RuleLog();
  // Only a list item takes further bullets; anywhere else the correction would lose its parts.
  const joined = lines.find((l) => l.parts?.length && !(layout.format === 'news-markdown' && [l, ...l.parts].every((b) => LIST_MARKER.test(b.text))));
  if (joined) throw new SourceError(file, joined.line, 'join-items: these lines are not all list items (`- …`); join paragraph lines with "join"');
  let blocks: Block[];
  switch (layout.format) {
    case 'line-paragraphs':
      blocks = lineParagraphs(lines, layout, file, log);
      break;
    case 'hard-wrapped':
      blocks = hardWrapped(lines, layout, file, log);
      break;
    case 'news-markdown':
      blocks = newsMarkdown(lines, layout, file, log);
      break;
  }
  return { blocks, rules: log.list() };
}

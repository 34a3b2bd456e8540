import type { Clause, ClauseKind } from '../../src/schemas/clause.ts';
import type { Layout } from '../../src/schemas/document.ts';
import { SourceError } from './errors.ts';
import { splitSentences } from './normalize-text.ts';
import { numberToChinese, readNumbering, type Numbering } from './numbering.ts';
import { isHeadingOnly, type Block, type TextBlock } from './to-blocks.ts';

/** A clause with the source lines it came from (used to attach editorial notes). */
export interface LocatedClause extends Clause {
  lines: number[];
}

interface Unit {
  clause: LocatedClause;
  /** Whether unnumbered paragraphs that follow belong to this unit. */
  takesParagraphs: boolean;
  /** Whether the unit's own text already counts as its first paragraph. */
  ownParagraph: boolean;
  counters: Map<string, number>;
}

/** Ranks of the units that nest; a unit closes every unit of the same or a lower rank. */
const RANK: Partial<Record<ClauseKind, number>> = { notice: 0, heading: 1, part: 1, section: 2, item: 3, lead: 3 };

/** Lines an editor declared as set apart from the text: id prefix, label and clause kind. */
const SET_APART = {
  docno: { prefix: 'no', name: '文号', kind: 'paragraph' },
  signature: { prefix: 'sig', name: '落款', kind: 'paragraph' },
  caption: { prefix: 'fig', name: '图片说明', kind: 'caption' },
  byline: { prefix: 'by', name: '署名', kind: 'byline' },
} as const satisfies Record<string, { prefix: string; name: string; kind: ClauseKind }>;

/** `四（二）·第1段`: a paragraph label under its parent. */
function childLabel(parent: Clause | undefined, suffix: string): string {
  return parent ? `${parent.label}·${suffix}` : suffix;
}

export class StructureBuilder {
  private readonly clauses: LocatedClause[] = [];
  private readonly stack: Unit[] = [];
  private readonly rootCounters = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private readonly file: string;
  private readonly layout: Layout;

  constructor(file: string, layout: Layout) {
    this.file = file;
    this.layout = layout;
  }

  private top(): Unit | undefined {
    return this.stack.at(-1);
  }

  private next(counterKey: string, unit: Unit | undefined): number {
    const counters = unit ? unit.counters : this.rootCounters;
    const n = (counters.get(counterKey) ?? 0) + 1;
    counters.set(counterKey, n);
    return n;
  }

  private emit(c: LocatedClause): LocatedClause {
    const first = this.ids.get(c.id);
    if (first !== undefined) {
      throw new SourceError(this.file, c.line, `duplicate clause id "${c.id}" (first at line ${first}): check the numbering`);
    }
    this.ids.set(c.id, c.line);
    this.clauses.push(c);
    return c;
  }

  /** Closes units down to (not including) the first whose rank is below `rank`. */
  private closeTo(rank: number): void {
    while (this.stack.length > 0 && (RANK[this.top()!.clause.kind] ?? 9) >= rank) this.stack.pop();
  }

  private open(clause: LocatedClause, takesParagraphs: boolean, ownParagraph: boolean): void {
    this.stack.push({ clause, takesParagraphs, ownParagraph, counters: new Map() });
  }

  /** The innermost unit of one of the given kinds. */
  private nearest(kinds: readonly ClauseKind[]): Unit | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (kinds.includes(this.stack[i]!.clause.kind)) return this.stack[i];
    return undefined;
  }

  private insideNotice(line: number): boolean {
    const n = this.layout.notice;
    return n !== undefined && line >= n[0] && line <= n[1];
  }

  add(block: Block): void {
    const line = block.lines[0]!;
    if (!this.insideNotice(line) && this.stack[0]?.clause.kind === 'notice') this.stack.length = 0;
    if (block.type === 'table') return this.addTable(block);
    if (block.type === 'list') {
      const parent = this.top();
      for (const item of block.items) {
        const k = this.next('l', parent);
        this.emit(this.make('list-item', `l${k}`, childLabel(parent?.clause, `第${k}项`), parent, '', '', item.text, [item.line]));
      }
      return;
    }
    switch (block.role) {
      case 'title':
        this.stack.length = 0;
        this.emit(this.make('title', 'title', '标题', undefined, '', block.text, block.text, block.lines));
        return;
      case 'masthead': {
        const k = this.next('m', undefined);
        this.emit(this.make('masthead', `m${k}`, `页眉${k}`, undefined, '', '', block.text, block.lines));
        return;
      }
      case 'notice-title': {
        this.stack.length = 0;
        const c = this.emit(this.make('notice', 'notice', '通知', undefined, '', block.text, block.text, block.lines));
        this.open(c, true, false);
        return;
      }
      case 'heading': {
        this.closeTo(RANK.heading!);
        const c = this.emit(this.make('heading', block.id!, block.label!, undefined, '', block.text, block.text, block.lines, true));
        this.open(c, true, false);
        return;
      }
      case 'docno':
      case 'signature':
      case 'caption':
      case 'byline': {
        const parent = this.top();
        const { prefix, name, kind } = SET_APART[block.role];
        const k = this.next(prefix, parent);
        this.emit(this.make(kind, `${prefix}${k}`, childLabel(parent?.clause, `${name}${k}`), parent, '', '', block.text, block.lines));
        return;
      }
      case 'paragraph':
        return this.addParagraph(block);
    }
  }

  private make(
    kind: ClauseKind,
    localId: string,
    label: string,
    parent: Unit | undefined,
    number: string,
    heading: string,
    text: string,
    lines: number[],
    absoluteId = false,
  ): LocatedClause {
    const id = absoluteId || !parent ? localId : `${parent.clause.id}-${localId}`;
    return { id, label, kind, parent: parent?.clause.id ?? null, number, heading, text, line: lines[0]!, lines };
  }

  private addParagraph(block: TextBlock): void {
    const numbering = this.insideNotice(block.lines[0]!) ? undefined : readNumbering(block.text);
    if (!numbering) {
      // An inline lead-in (——目标。正文) does not take the paragraphs after it.
      while (this.top() && !this.top()!.takesParagraphs) this.stack.pop();
      const parent = this.top();
      const k = this.next('q', parent) + (parent?.ownParagraph ? 1 : 0);
      this.emit(this.make('paragraph', `q${k}`, childLabel(parent?.clause, `第${k}段`), parent, '', '', block.text, block.lines));
      return;
    }
    this.addNumbered(block, numbering);
  }

  private addNumbered(block: TextBlock, n: Numbering): void {
    const line = block.lines[0]!;
    const rest = block.text.slice(n.printed.length);
    const headingOnly = isHeadingOnly(block.text);
    const heading = headingOnly ? rest : splitSentences(rest)[0]!;
    let kind: ClauseKind;
    let parent: Unit | undefined;
    let localId: string;
    let label: string;
    switch (n.kind) {
      case 'part':
        this.stack.length = 0;
        kind = 'part';
        parent = undefined;
        localId = `p${n.value}`;
        label = numberToChinese(n.value);
        break;
      case 'section':
        this.closeTo(RANK.section!);
        kind = 'section';
        parent = this.layout.continuousSections ? undefined : this.nearest(['part', 'heading']);
        localId = `s${n.value}`;
        label = `${parent ? parent.clause.label : ''}（${numberToChinese(n.value)}）`;
        break;
      case 'item':
        this.closeTo(RANK.item!);
        kind = 'item';
        parent = this.nearest(['section', 'part', 'heading']);
        localId = `i${n.value}`;
        label = `${parent ? parent.clause.label : ''}${n.value}`;
        break;
      case 'lead': {
        this.closeTo(RANK.lead!);
        kind = 'lead';
        parent = this.nearest(['section', 'part', 'heading']);
        const k = this.next('d', parent);
        localId = `d${k}`;
        label = `${parent ? parent.clause.label : ''}——${k}`;
        break;
      }
    }
    if (!Number.isFinite(n.value)) throw new SourceError(this.file, line, `cannot read the number in "${n.printed}"`);
    const clause = this.emit(this.make(kind, localId, label, parent, n.printed, heading, block.text, block.lines));
    // A section whose number runs on across parts still sits under its part for reading order.
    if (kind === 'section' && this.layout.continuousSections) {
      clause.parent = this.nearest(['part'])?.clause.id ?? null;
    }
    this.open(clause, kind !== 'lead' || headingOnly, !headingOnly);
  }

  private addTable(block: Extract<Block, { type: 'table' }>): void {
    // Tables belong to the section or part they stand in, not to the last item before them.
    while (this.top() && (this.top()!.clause.kind === 'item' || this.top()!.clause.kind === 'lead')) this.stack.pop();
    const parent = this.top();
    const k = this.next('t', parent);
    const table = this.emit({
      ...this.make('table', `t${k}`, childLabel(parent?.clause, `表${k}`), parent, '', block.caption, block.caption, block.lines),
      cells: block.header.cells,
    });
    const tableUnit: Unit = { clause: table, takesParagraphs: false, ownParagraph: false, counters: new Map() };
    block.rows.forEach((row, i) => {
      // The table's own 序号 column numbers its rows where it has one.
      const own = /^\d+$/.test(row.cells[0] ?? '') ? Number(row.cells[0]) : i + 1;
      this.emit({
        ...this.make('row', `r${own}`, `${table.label}·第${own}行`, tableUnit, '', '', row.cells.join(' '), [row.line]),
        cells: row.cells,
      });
    });
  }

  result(): LocatedClause[] {
    return this.clauses;
  }
}

/** Recovers the clause tree from blocks: numbering, inline headings, parents, ids and labels. */
export function toClauses(blocks: readonly Block[], layout: Layout, file: string): LocatedClause[] {
  const builder = new StructureBuilder(file, layout);
  for (const b of blocks) builder.add(b);
  return builder.result();
}

import type { Clause, ClauseKind } from '../../src/schemas/clause.ts';
import { foldForMatching } from '../../src/lib/text/simplify.ts';
import { SourceError } from './errors.ts';
import { Nesting } from './nesting.ts';
import { splitSentences } from './normalize-text.ts';
import { isHeadingOnly, isReadable, readNumbering, STYLES, type StyledNumbering } from './numbering.ts';
import type { ResolvedLayout } from './resolve-hints.ts';
import type { Block, TextBlock } from './to-blocks.ts';

/** A clause with the source lines it came from (used to attach editorial notes). */
export interface LocatedClause extends Clause {
  lines: number[];
}

interface Unit {
  clause: LocatedClause;
  /** Units close every open unit of the same or a greater rank: -1 a notice, 0 a heading above all numbering, 1 the top level. */
  rank: number;
  /** Whether unnumbered paragraphs that follow belong to this unit. */
  takesParagraphs: boolean;
  /** Whether the unit's own text already counts as its first paragraph. */
  ownParagraph: boolean;
  counters: Map<string, number>;
  /** A unit with no clause of its own (a notice without a printed title): it lends its id to its children. */
  virtual?: boolean;
}

const NOTICE_RANK = -1;
/** Units a table or a lead-in after them does not belong to. */
const ITEM_KINDS: ReadonlySet<ClauseKind> = new Set(['item', 'subitem', 'article', 'lead']);
/** Headers of a table's own numbering column. */
const SERIAL_HEADERS: ReadonlySet<string> = new Set(['序号', '编号']);
/** `——` lead-ins are bullets, not a level: any numbered unit closes them. */
const LEAD_RANK = Infinity;

/** Lines an editor declared as set apart from the text: id prefix, label and clause kind. */
const SET_APART = {
  docno: { prefix: 'no', name: '文号', kind: 'paragraph' },
  signature: { prefix: 'sig', name: '落款', kind: 'paragraph' },
} as const satisfies Record<string, { prefix: string; name: string; kind: ClauseKind }>;

/**
 * Lines that belong to the whole document, not to the section they follow: photo captions and
 * bylines (a page's furniture, wherever the layout put them), closing lines and the list of
 * attachments. They are numbered across the document and leave the open units open.
 */
const DOCUMENT_LEVEL = {
  caption: { prefix: 'fig', name: '图片说明', kind: 'caption' },
  byline: { prefix: 'by', name: '署名', kind: 'byline' },
  closing: { prefix: 'end', name: '结尾', kind: 'closing' },
  attachment: { prefix: 'att', name: '附件目录', kind: 'attachment' },
} as const satisfies Record<string, { prefix: string; name: string; kind: ClauseKind }>;

/** The documents a closing line speaks of: `本方案自印发之日起施行`, `本规划由市教委负责解释`. */
const CLOSING = /^本(?:方案|规划|计划|意见|办法|细则|规定|措施|通知|纲要)(?:自|从|由)[^。]*?(?:施行|实施|执行|解释)/;
/** `附件：…`, `附件1：…`, `附件：1.…`: the list of attachments, not an attachment's own heading. */
const ATTACHMENT_LIST = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]./;

/** Which document-level line a paragraph is, by its words; undefined for the plan's own text. */
export function documentLineKind(text: string): 'closing' | 'attachment' | undefined {
  if (CLOSING.test(text)) return 'closing';
  if (ATTACHMENT_LIST.test(text)) return 'attachment';
  return undefined;
}

/**
 * Principles printed as two parallel four-character phrases (`立足当前，着眼长远。`) open their
 * paragraph as an inline heading.
 */
export function parallelHeading(text: string): string | undefined {
  return /^\p{Script=Han}{4}[，,]\p{Script=Han}{4}。/u.exec(text)?.[0];
}

/** `到2027年，…`: a paragraph that opens a dated stage of the plan's goals. */
function stageYear(text: string): string | undefined {
  return /^到(\d{4})年/.exec(foldForMatching(text))?.[1];
}

/**
 * Paragraphs opening a dated stage (`到2027年，…`) that hold the `——` lead-ins right after them:
 * where one unit sets goals for several years, the lead-ins between two stages are the goals of
 * the first, not of the unit. Returns the indices of such paragraphs in `blocks`.
 */
export function stageParagraphs(blocks: readonly Block[]): Set<number> {
  const isPlain = (b: Block | undefined): b is TextBlock => b?.type === 'text' && b.role === 'paragraph' && (b.declared === true || readNumbering(b.text) === undefined);
  const isLead = (b: Block | undefined) => b?.type === 'text' && b.role === 'paragraph' && !b.declared && readNumbering(b.text)?.style === 'lead';
  const stages = new Set<number>();
  blocks.forEach((b, i) => {
    const year = isPlain(b) ? stageYear(b.text) : undefined;
    if (!year || !isLead(blocks[i + 1])) return;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (isLead(next)) continue;
      if (!isPlain(next)) return;
      const other = stageYear(next.text);
      if (other && other !== year) return void stages.add(i);
    }
  });
  return stages;
}

/** `四（二）·第1段`: a paragraph label under its parent. */
function childLabel(parent: Clause | undefined, suffix: string): string {
  return parent ? `${parent.label}·${suffix}` : suffix;
}

/**
 * `四（二）` + `3` → `四（二）3`. Where the two would run together into another number
 * (`2` + `1`, `三` + `二`, `A` + `b`), a stop keeps them apart: `2.1`.
 */
export function joinLabel(parent: string, segment: string): string {
  const last = parent.at(-1) ?? '';
  const first = segment[0] ?? '';
  const cn = /[一二三四五六七八九十百]/;
  if (/[0-9A-Za-z]/.test(last) && /[0-9A-Za-z]/.test(first)) return `${parent}.${segment}`;
  if (cn.test(last) && cn.test(first)) return `${parent}·${segment}`;
  return parent + segment;
}

export class StructureBuilder {
  private readonly clauses: LocatedClause[] = [];
  private readonly stack: Unit[] = [];
  private readonly rootCounters = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private readonly file: string;
  private readonly layout: ResolvedLayout;
  private readonly nesting: Nesting;
  /** The document's own title (meta.json), by which framing names it. */
  private readonly title: string | undefined;
  /** Blocks that hold the lead-ins after them (see `stageParagraphs`). */
  private readonly stages: ReadonlySet<Block>;

  constructor(file: string, layout: ResolvedLayout, title?: string, stages: ReadonlySet<Block> = new Set()) {
    this.file = file;
    this.layout = layout;
    this.nesting = new Nesting(layout.numbering);
    this.title = title;
    this.stages = stages;
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
    while (this.stack.length > 0 && this.top()!.rank >= rank) this.stack.pop();
  }

  /** Closes the units that do not take the paragraphs after them (an inline lead-in). */
  private closeToParagraphTaker(): void {
    while (this.top() && !this.top()!.takesParagraphs) this.stack.pop();
  }

  private open(clause: LocatedClause, rank: number, takesParagraphs: boolean, ownParagraph: boolean): void {
    this.stack.push({ clause, rank, takesParagraphs, ownParagraph, counters: new Map() });
  }

  private insideNotice(line: number): boolean {
    return this.layout.notice?.lines.has(line) ?? false;
  }

  add(block: Block): void {
    const line = block.lines[0]!;
    const notice = this.stack[0]?.rank === NOTICE_RANK;
    if (!this.insideNotice(line) && notice) this.stack.length = 0;
    if (this.insideNotice(line) && !notice && this.layout.notice?.printedTitle === false) this.openUntitledNotice(line);
    if (block.type === 'table') return this.addTable(block);
    if (block.type === 'list') {
      const parent = this.top();
      const group = this.next('g', parent);
      for (const item of block.items) {
        // Items are numbered by their printed bullets, so joining bullets into one item moves no
        // other item's anchor: the joined item is 第14–16项 and the next is still l17.
        const k = this.next('l', parent);
        let last = k;
        for (let b = 1; b < item.lines.length; b++) last = this.next('l', parent);
        const label = last > k ? `第${k}–${last}项` : `第${k}项`;
        this.emit({ ...this.make('list-item', `l${k}`, childLabel(parent?.clause, label), parent, '', '', item.text, item.lines), group });
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
        this.open(c, NOTICE_RANK, true, false);
        return;
      }
      case 'heading': {
        const rank = this.nesting.headingRank(block.level);
        this.closeTo(rank);
        const c = this.emit(this.make('heading', block.id!, block.label!, this.top(), '', block.text, block.text, block.lines, true));
        this.open(c, rank, true, false);
        return;
      }
      case 'docno':
      case 'signature': {
        const parent = this.top();
        const { prefix, name, kind } = SET_APART[block.role];
        const k = this.next(prefix, parent);
        this.emit(this.make(kind, `${prefix}${k}`, childLabel(parent?.clause, `${name}${k}`), parent, '', '', block.text, block.lines));
        return;
      }
      case 'caption':
      case 'byline':
      case 'closing':
        return this.addDocumentLine(block.role, block);
      case 'framing':
        return this.addFraming(block);
      case 'paragraph':
        return this.addParagraph(block);
    }
  }

  private addDocumentLine(role: keyof typeof DOCUMENT_LEVEL, block: TextBlock): void {
    const { prefix, name, kind } = DOCUMENT_LEVEL[role];
    const k = this.next(prefix, undefined);
    this.emit(this.make(kind, `${prefix}${k}`, `${name}${k}`, undefined, '', '', block.text, block.lines));
  }

  /**
   * The publisher's framing keeps the paragraph number it would have had, so the plan's own
   * paragraphs after it keep their anchors.
   */
  private addFraming(block: TextBlock): void {
    this.closeToParagraphTaker();
    const parent = this.top();
    const k = this.next('q', parent) + (parent?.ownParagraph ? 1 : 0);
    this.emit(this.make('framing', `q${k}`, childLabel(parent?.clause, `第${k}段`), parent, '', '', block.text, block.lines));
  }

  /** Framing by rule: before the plan's first unit, a paragraph that reports the issuing of the document by its own title. */
  private isFraming(text: string): boolean {
    const title = this.title;
    if (!title || this.clauses.some((c) => c.number !== '' || c.kind === 'heading')) return false;
    // Folded alike, so a text in traditional characters or full-width brackets names its title too.
    return foldForMatching(text).includes(foldForMatching(`《${title}》`)) && /印发|發布|发布|印發|主要內容如下|主要内容如下|全文如下|摘要如下/.test(text);
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
    const parentId = parent && !parent.virtual ? parent.clause.id : null;
    return { id, label, kind, parent: parentId, number, heading, text, line: lines[0]!, lines };
  }

  /** A notice without a printed title still holds its paragraphs, under `notice-…` ids. */
  private openUntitledNotice(line: number): void {
    this.stack.length = 0;
    const clause = this.make('notice', 'notice', '通知', undefined, '', '', '', [line]);
    this.stack.push({ clause, rank: NOTICE_RANK, takesParagraphs: true, ownParagraph: false, counters: new Map(), virtual: true });
  }

  private addParagraph(block: TextBlock): void {
    const numbering = this.insideNotice(block.lines[0]!) || block.declared ? undefined : readNumbering(block.text);
    if (!numbering) {
      const outsideNotice = !this.insideNotice(block.lines[0]!);
      const documentLine = outsideNotice && !block.declared ? documentLineKind(block.text) : undefined;
      if (documentLine) return this.addDocumentLine(documentLine, block);
      if (outsideNotice && !block.declared && this.isFraming(block.text)) return this.addFraming(block);
      // A declared level files the paragraph under the unit open at that level (a summing-up of all of 二、).
      if (block.level !== undefined) this.closeTo(block.level);
      this.closeToParagraphTaker();
      const parent = this.top();
      // A paragraph added after a release takes a declared id and no number, so the
      // paragraphs after it keep the anchors they were released under.
      if (block.id) return void this.emit(this.make('paragraph', block.id, block.label!, parent, '', '', block.text, block.lines, true));
      const k = this.next('q', parent) + (parent?.ownParagraph ? 1 : 0);
      const heading = outsideNotice ? (parallelHeading(block.text) ?? '') : '';
      const clause = this.emit(this.make('paragraph', `q${k}`, childLabel(parent?.clause, `第${k}段`), parent, '', heading, block.text, block.lines));
      // A dated stage holds the lead-ins after it; the next paragraph closes it.
      if (this.stages.has(block)) this.open(clause, LEAD_RANK, false, true);
      return;
    }
    if (numbering.style === 'lead') return this.addLead(block);
    this.addNumbered(block, numbering);
  }

  /** The first sentence of a numbered paragraph, or all of it when it is only a heading. */
  private headingOf(block: TextBlock, printed: string): { heading: string; headingOnly: boolean } {
    const rest = block.text.slice(printed.length);
    const headingOnly = isHeadingOnly(block.text);
    return { heading: headingOnly ? rest : splitSentences(rest)[0]!, headingOnly };
  }

  /** Closes items and lead-ins: tables and lead-ins belong to the section or part they stand in, not to the last item before them. */
  private closeItems(): void {
    while (this.top() && ITEM_KINDS.has(this.top()!.clause.kind)) this.stack.pop();
  }

  /** A `——` lead-in: a bullet in the section or part it stands in, numbered by its place there. */
  private addLead(block: TextBlock): void {
    this.closeItems();
    const parent = this.top();
    const { heading, headingOnly } = this.headingOf(block, '——');
    const k = this.next('d', parent);
    const label = `${parent ? parent.clause.label : ''}——${k}`;
    const clause = this.emit(this.make('lead', `d${k}`, label, parent, '——', heading, block.text, block.lines));
    // An inline lead-in (——目标。正文) does not take the paragraphs after it.
    this.open(clause, LEAD_RANK, headingOnly, !headingOnly);
  }

  private addNumbered(block: TextBlock, n: StyledNumbering): void {
    const line = block.lines[0]!;
    if (!isReadable(n)) throw new SourceError(this.file, line, `cannot read the number in "${n.printed}"`);
    const def = STYLES[n.style];
    const rank = this.nesting.rankOf(n.style, n.printed, this.file, line);
    this.closeTo(rank);
    const parent = this.top();
    const continuous = def.continuous === true || (n.style === 'section' && this.layout.continuousSections);
    const segment = def.segment(n.value, n.printed);
    const label = parent && !continuous ? joinLabel(parent.clause.label, segment) : segment;
    const { heading, headingOnly } = def.kind === 'article' ? { heading: '', headingOnly: false } : this.headingOf(block, n.printed);
    const clause = this.emit(this.make(def.kind, `${def.prefix}${n.value}`, label, continuous ? undefined : parent, n.printed, heading, block.text, block.lines));
    // A unit numbered on across its parents still sits under its parent for reading order.
    if (continuous && parent && !parent.virtual) clause.parent = parent.clause.id;
    this.open(clause, rank, true, !headingOnly);
  }

  private addTable(block: Extract<Block, { type: 'table' }>): void {
    this.closeItems();
    const parent = this.top();
    const k = this.next('t', parent);
    const table = this.emit({
      ...this.make('table', `t${k}`, childLabel(parent?.clause, `表${k}`), parent, '', block.caption, block.caption, block.lines),
      cells: block.header.cells,
    });
    const tableUnit: Unit = { clause: table, rank: Infinity, takesParagraphs: false, ownParagraph: false, counters: new Map() };
    // The table's own 序号 column numbers its rows where it has one; a first column of years or
    // figures under another header is data, not the rows' numbers.
    const numbered = SERIAL_HEADERS.has(block.header.cells[0] ?? '');
    block.rows.forEach((row, i) => {
      const own = numbered && /^\d+$/.test(row.cells[0] ?? '') ? Number(row.cells[0]) : i + 1;
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
export function toClauses(blocks: readonly Block[], layout: ResolvedLayout, file: string, title?: string): LocatedClause[] {
  const stages = new Set([...stageParagraphs(blocks)].map((i) => blocks[i]!));
  const builder = new StructureBuilder(file, layout, title, stages);
  for (const b of blocks) builder.add(b);
  return builder.result();
}

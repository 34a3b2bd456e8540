/**
 * Layout hints name their text (`"match": "统筹联动"`, `"from"`/`"to"`, a pattern); this stage
 * finds the lines they name, so an edit elsewhere in the text never moves a hint. A hint that
 * matches nothing, matches more than once, or overlaps another is an error naming the hint.
 */
import type { DeclaredBlock, Layout, NoticeHint } from '../../src/schemas/document.ts';
import { lineOfJsonKey, SourceError } from './errors.ts';
import type { SourceLine } from './source-lines.ts';

/** A declared block with the source lines it covers, in reading order. */
export type ResolvedBlock = Omit<DeclaredBlock, 'match' | 'from' | 'to' | 'pattern' | 'every' | 'occurrence' | 'lines'> & { lines: number[] };

/** The layout with every hint turned into the lines it covers. */
export type ResolvedLayout = Omit<Layout, 'notice' | 'blocks'> & {
  notice?: { lines: ReadonlySet<number>; printedTitle: boolean } | undefined;
  blocks: ResolvedBlock[];
};

/** Where the editor wrote the hints, for error messages. */
export interface HintFiles {
  /** `sources/<id>/meta.json` and its text, to name the line of a hint. */
  meta: string;
  metaText: string;
  /** `sources/<id>/text.txt`. */
  text: string;
}

type Anchor = Pick<DeclaredBlock, 'match' | 'from' | 'to' | 'pattern' | 'every' | 'occurrence'>;

const BOOKMARK = /\[bookmark: [^\]]*\]/g;

/** A line as hints see it: markup the reader never sees taken out, and no spaces at all. */
export function lineKey(text: string): string {
  return text.replace(BOOKMARK, '').replace(/^\s*#{1,6} /, '').replace(/\s+/g, '');
}

/** The text of the document as one string of line keys, with where each line starts. */
class FlatText {
  readonly text: string;
  readonly lines: SourceLine[];
  private readonly starts: number[];

  constructor(lines: readonly SourceLine[]) {
    this.lines = lines.filter((l) => lineKey(l.text) !== '');
    this.starts = [];
    let text = '';
    for (const l of this.lines) {
      this.starts.push(text.length);
      text += lineKey(l.text);
    }
    this.text = text;
  }

  /** Index of the line starting at `offset`, or -1. */
  lineStartingAt(offset: number): number {
    const i = this.lineAt(offset);
    return this.starts[i] === offset ? i : -1;
  }

  /** Index of the line holding the character at `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  endsLine(offset: number): boolean {
    const i = this.lineAt(offset - 1);
    return (this.starts[i + 1] ?? this.text.length) === offset;
  }

  /** Offsets where `quoted` occurs at the start of a line. */
  atLineStarts(quoted: string): number[] {
    const out: number[] = [];
    for (let at = this.text.indexOf(quoted); at >= 0; at = this.text.indexOf(quoted, at + 1)) {
      if (this.lineStartingAt(at) >= 0) out.push(at);
    }
    return out;
  }

  span(from: number, to: number): number[] {
    return this.lines.slice(from, to + 1).map((l) => l.line);
  }
}

/** `{"match": "统筹联动"}`: how a hint named its text, for messages. */
function describeAnchor(a: Anchor): string {
  const shown = Object.entries({ match: a.match, from: a.from, to: a.to, pattern: a.pattern, occurrence: a.occurrence }).filter(([, v]) => v !== undefined);
  return `{${shown.map(([k, v]) => `"${k}": ${JSON.stringify(v)}`).join(', ')}}`;
}

class HintResolver {
  private readonly flat: FlatText;
  private readonly files: HintFiles;

  constructor(lines: readonly SourceLine[], files: HintFiles) {
    this.flat = new FlatText(lines);
    this.files = files;
  }

  fail(path: readonly (string | number)[], anchor: Anchor, message: string): never {
    const name = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
    throw new SourceError(this.files.meta, lineOfJsonKey(this.files.metaText, path), `${name} ${describeAnchor(anchor)} ${message}`);
  }

  /** The runs of lines a hint covers: one run, or one a line for `every`. */
  resolve(path: readonly (string | number)[], a: Anchor): number[][] {
    const flat = this.flat;
    const textFile = this.files.text;
    const once = (found: number[][], what: string): number[][] => {
      if (found.length === 0) this.fail(path, a, `matches nothing ${what} in ${textFile}`);
      const lines = `${textFile}:${found.map((r) => r[0]).join(', ')}`;
      if (a.occurrence !== undefined) {
        if (found.length < a.occurrence) this.fail(path, a, `matches only ${found.length} times (${lines})`);
        return [found[a.occurrence - 1]!];
      }
      if (found.length > 1) this.fail(path, a, `matches ${found.length} times (${lines}): quote more of the text, or add "occurrence"`);
      return found;
    };
    if (a.pattern !== undefined) {
      let re: RegExp;
      try {
        re = new RegExp(a.pattern, 'u');
      } catch (e) {
        return this.fail(path, a, `is not a valid regular expression (${(e as Error).message})`);
      }
      const found = flat.lines.filter((l) => re.test(lineKey(l.text))).map((l) => [l.line]);
      if (a.every && found.length > 0) return found;
      return once(found, 'on any line');
    }
    const opening = lineKey(a.match ?? a.from!);
    const starts = flat.atLineStarts(opening);
    const runs = starts.map((at) => flat.span(flat.lineAt(at), flat.lineAt(at + opening.length - 1)));
    if (a.match !== undefined) return once(runs, 'at the start of a line');
    const start = starts[runs.indexOf(once(runs, 'at the start of a line')[0]!)]!;
    const closing = lineKey(a.to!);
    for (let at = flat.text.indexOf(closing, start); at >= 0; at = flat.text.indexOf(closing, at + 1)) {
      if (flat.endsLine(at + closing.length)) return [flat.span(flat.lineAt(start), flat.lineAt(at + closing.length - 1))];
    }
    return this.fail(path, a, `finds no line ending with its "to" text from ${textFile}:${flat.lines[flat.lineAt(start)]!.line} on`);
  }
}

function withoutAnchor<T extends Anchor & { lines?: unknown }>(hint: T): Omit<T, keyof Anchor | 'lines'> {
  const { match: _m, from: _f, to: _t, pattern: _p, every: _e, occurrence: _o, lines: _l, ...rest } = hint;
  return rest;
}

/** Finds the lines every hint of a layout names, and checks that no two hints share a line. */
export function resolveHints(lines: readonly SourceLine[], layout: Layout, files: HintFiles): ResolvedLayout {
  const resolver = new HintResolver(lines, files);
  const owner = new Map<number, number>();
  const blocks: ResolvedBlock[] = [];
  layout.blocks.forEach((hint, k) => {
    for (const run of resolver.resolve(['layout', 'blocks', k], hint)) {
      for (const line of run) {
        const other = owner.get(line);
        if (other !== undefined && other !== k) {
          resolver.fail(['layout', 'blocks', k], hint, `overlaps layout.blocks[${other}] ${describeAnchor(layout.blocks[other]!)} at ${files.text}:${line}`);
        }
        owner.set(line, k);
      }
      blocks.push({ ...withoutAnchor(hint), lines: run });
    }
  });
  const notice = layout.notice ? resolveNotice(resolver, layout.notice, blocks) : undefined;
  const { notice: _notice, blocks: _blocks, ...rest } = layout;
  return { ...rest, notice, blocks };
}

function resolveNotice(resolver: HintResolver, hint: NoticeHint, blocks: readonly ResolvedBlock[]): ResolvedLayout['notice'] {
  const lines = new Set(resolver.resolve(['layout', 'notice'], hint)[0]);
  const titles = blocks.filter((b) => b.as === 'notice-title');
  const inside = titles.filter((b) => lines.has(b.lines[0]!));
  if (hint.printedTitle && inside.length === 0) {
    resolver.fail(['layout', 'notice'], hint, 'has no "notice-title" block inside it: declare its title, or set "printedTitle": false');
  }
  if (!hint.printedTitle && titles.length > 0) {
    resolver.fail(['layout', 'notice'], hint, 'says "printedTitle": false, but a "notice-title" block is declared');
  }
  return { lines, printedTitle: hint.printedTitle };
}

/** The declared block covering a source line, if any. */
export function declaredAt(layout: ResolvedLayout, line: number): ResolvedBlock | undefined {
  return layout.blocks.find((b) => b.lines.includes(line));
}

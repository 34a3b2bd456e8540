/**
 * The ingest's review items: where it read the text one way by rule and a reader could read it
 * another (lines joined, numbering read as text, markup removed, themes matched only in a cited
 * title or a page header). Pure.
 */
import type { Clause } from '../../src/schemas/clause.ts';
import type { DocumentLinks } from '../../src/schemas/links.ts';
import type { Theme } from '../../src/schemas/theme.ts';
import { clauseMatchText } from '../../src/lib/clause-view.ts';
import { findInlineEnumerations } from './enumerations.ts';
import { normalizeSpaces } from './normalize-text.ts';
import { readNumbering } from './numbering.ts';
import { declaredAt, type ResolvedLayout } from './resolve-hints.ts';
import { reviewKey, uniqueKeys, type ReviewFinding } from './review.ts';
import { withParts, type SourceLine } from './source-lines.ts';
import type { LocatedClause } from './structure.ts';
import { HARD_FINAL, reachesMargin, typicalWidth, type RuleUse } from './to-blocks.ts';
import { citedTitles } from '../../src/lib/text/cited-titles.ts';

/** What the ingest stage knows of one document when it looks for review items. */
export interface ReviewInput {
  /** `sources/<id>/text.txt` */
  file: string;
  /** The lines as corrected, as the blocks were read from. */
  lines: readonly SourceLine[];
  layout: ResolvedLayout;
  clauses: readonly LocatedClause[];
  rules: readonly RuleUse[];
}

type Found = Omit<ReviewFinding, 'key' | 'stage' | 'file'>;

function finding(file: string, f: Found, keyText = f.text): ReviewFinding {
  return { key: reviewKey(f.kind, f.clause, keyText), stage: 'ingest', file, ...f };
}

const SEAM = 8;
/** A paragraph's first line is indented two characters, so it ends at the margin while shorter. */
const INDENT = 4;
const squash = (text: string) => text.replace(/\s+/g, '');

/** `进一步加⏎快我区教育`: the end of one line and the start of the next. */
function seam(before: string, after: string): string {
  return `${[...squash(before)].slice(-SEAM).join('')}⏎${[...squash(after)].slice(0, SEAM).join('')}`;
}

/** Clause kinds whose lines were read as running text (not tables, lists or rows). */
const NOT_RUNNING_TEXT: ReadonlySet<Clause['kind']> = new Set(['table', 'row', 'list-item']);

/**
 * Paragraphs made of several source lines. In hard-wrapped text a line that runs to the margin
 * without a final mark obviously goes on; only joins across a line that looks like a paragraph
 * end (short of the margin, or ending a sentence) are items. In other formats every join is one:
 * the source broke the line itself.
 */
export function joinedLineItems(input: ReviewInput): ReviewFinding[] {
  const byLine = new Map(withParts(input.lines).map((l) => [l.line, l.text]));
  const full = typicalWidth(input.lines);
  const hardWrapped = input.layout.format === 'hard-wrapped';
  const out: ReviewFinding[] = [];
  for (const c of input.clauses) {
    if (c.lines.length < 2 || NOT_RUNNING_TEXT.has(c.kind) || declaredAt(input.layout, c.lines[0]!)) continue;
    const pairs = c.lines.slice(1).map((next, i) => [byLine.get(c.lines[i]!) ?? '', byLine.get(next) ?? ''] as const);
    const disputed = hardWrapped
      ? pairs.filter(([before], i) => HARD_FINAL.test(normalizeSpaces(before, input.layout.spacing)) || !reachesMargin(before, full - (i === 0 ? INDENT : 0)))
      : pairs;
    if (disputed.length === 0) continue;
    const why = hardWrapped
      ? 'where a line ends short of the margin or ends a sentence, the text runs on in the next line'
      : input.layout.format === 'line-paragraphs'
        ? 'a line that ends mid-sentence (no final mark) continues on the next'
        : 'lines with no blank line between them are one paragraph';
    out.push(
      finding(input.file, {
        kind: 'joined-lines',
        clause: c.id,
        label: c.label,
        line: c.line,
        text: disputed.map(([a, b]) => seam(a, b)).join(' … '),
        decision: `joined ${c.lines.length} lines into ${c.id} (${c.label}): ${why}`,
      }),
    );
  }
  return out;
}

/**
 * Openings that look like numbering no style reads: `一.`, `1)`, `Ⅱ、`, `第一节`, `第二部分`.
 * An editor should know they stayed text, and say so or declare the structure.
 */
const NEAR_NUMBERING = /^(?:[一二三四五六七八九十]+[.．,，]|[0-9０-９]{1,2}[)）](?![0-9０-９])|[\u2160-\u217f]+[、.．]?|第[一二三四五六七八九十百0-9]+(?:节|部分|款|篇))/u;

/** Why a clause that opens like numbering has no number of its own. */
function whyText(c: LocatedClause, layout: ResolvedLayout): string {
  const declared = declaredAt(layout, c.lines[0]!);
  if (declared) return `declared "${declared.as}" in meta.json, so its opening is text`;
  if (layout.notice?.lines.has(c.lines[0]!)) return 'inside the covering notice, where numbering is text';
  return 'no numbering style reads it';
}

/** Clauses that open like numbering but were read as text. */
export function numberingAsTextItems(input: ReviewInput): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  for (const c of input.clauses) {
    if (c.number !== '' || NOT_RUNNING_TEXT.has(c.kind) || c.kind === 'masthead') continue;
    const printed = readNumbering(c.text)?.printed ?? NEAR_NUMBERING.exec(c.text)?.[0];
    if (printed === undefined) continue;
    out.push(
      finding(
        input.file,
        {
          kind: 'numbering-as-text',
          clause: c.id,
          label: c.label,
          line: c.line,
          text: [...c.text].slice(0, 24).join(''),
          decision: `“${printed}” opens ${c.id} (${c.label}) but was not read as a number: ${whyText(c, input.layout)}`,
        },
        printed,
      ),
    );
  }
  return out;
}

const RULE_MARKUP: Record<Exclude<RuleUse['rule'], 'joined-paragraph'>, { markup: (line: string) => string[]; what: string }> = {
  bookmark: { markup: (l) => l.match(/\[bookmark: [^\]]*\]/g) ?? [], what: 'Word bookmark markers “[bookmark: …]”' },
  'heading-marker': { markup: (l) => [/^#{1,6} /.exec(l)?.[0].trim() ?? ''], what: 'heading markers “#” (shown as headings)' },
  'list-marker': { markup: (l) => [/^- (◆ ?)?/.exec(l)?.[0].trim() ?? ''], what: 'list markers “- ◆” (shown as a list)' },
};

/** `p1, p1-s1, … annex`: the clauses a rule touched, the first few by id. */
function clauseList(clauses: readonly LocatedClause[]): string {
  const shown = clauses.slice(0, 6).map((c) => c.id);
  return clauses.length > shown.length ? `${shown.join(', ')} … ${clauses.at(-1)!.id}` : shown.join(', ');
}

/**
 * Markup removed by rule: one item a rule and document, naming the markup taken out and the
 * clauses it stood in, so a marker that was really text is seen. The rule is one decision, so
 * it gets one verdict.
 */
export function markupItems(input: ReviewInput): ReviewFinding[] {
  const byLine = new Map(withParts(input.lines).map((l) => [l.line, l.text]));
  const out: ReviewFinding[] = [];
  for (const use of input.rules) {
    if (use.rule === 'joined-paragraph') continue;
    const rule = RULE_MARKUP[use.rule];
    const lines = new Set(use.lines);
    const clauses = input.clauses.filter((c) => c.lines.some((l) => lines.has(l)));
    const first = clauses[0];
    if (!first) continue;
    const removed = [...new Set(use.lines.flatMap((l) => rule.markup(byLine.get(l) ?? '')))];
    const where = clauses.length > 1 ? `${clauses.length} clauses (${clauseList(clauses)})` : `${first.id} (${first.label})`;
    out.push(
      finding(
        input.file,
        {
          kind: 'markup-removed',
          clause: first.id,
          label: first.label,
          line: first.line,
          text: removed.length > 3 ? `${removed.slice(0, 3).join(' ')} …` : removed.join(' '),
          decision: `removed ${use.lines.length === 1 ? rule.what : `${use.lines.length} × ${rule.what}`} from ${where}`,
        },
        use.rule,
      ),
    );
  }
  return out;
}

/** Every review item of the ingest for one document, before themes are linked. */
export function ingestReviewItems(input: ReviewInput): ReviewFinding[] {
  return uniqueKeys([
    ...joinedLineItems(input),
    ...numberingAsTextItems(input),
    ...findInlineEnumerations(input.clauses, input.file),
    ...markupItems(input),
  ]);
}


/**
 * Theme links a reader may dispute: a page header on a theme, and a clause on a theme only
 * because a title it cites names it (`根据《…教育国际化…》`), which is a mention, not the subject.
 */
export function themeItems(file: string, clauses: readonly Clause[], links: DocumentLinks, themes: readonly Theme[]): ReviewFinding[] {
  const names = new Map(themes.map((t) => [t.id, t.name]));
  const out: ReviewFinding[] = [];
  for (const c of clauses) {
    const text = clauseMatchText(c);
    for (const link of links.clauses[c.id]?.themes ?? []) {
      const terms = [...new Set(link.spans.map(([s, e]) => text.slice(s, e)))].join('”, “');
      const theme = `${link.theme} (${names.get(link.theme) ?? link.theme})`;
      if (c.kind === 'masthead') {
        out.push(
          finding(file, {
            kind: 'theme-in-header',
            clause: c.id,
            label: c.label,
            line: c.line,
            text: `${terms}`,
            decision: `page header ${c.id} (${c.label}) linked to theme ${theme} by “${terms}”`,
          }, link.theme),
        );
        continue;
      }
      // A broader theme's link repeats its narrower theme's reading: the item is made once, there.
      if (link.via) continue;
      const titles = citedTitles(text);
      const inside = link.spans.map(([s, e]) => titles.find(([ts, te]) => ts <= s && e <= te));
      if (inside.some((t) => t === undefined)) {
        if (link.role !== 'mention') continue;
        const listed = link.spans.filter((_, k) => inside[k] === undefined).map(([s, e]) => text.slice(s, e));
        out.push(
          finding(file, {
            kind: 'theme-in-list',
            clause: c.id,
            label: c.label,
            line: c.line,
            text: [...new Set(listed)].join('、'),
            decision: `${c.id} (${c.label}) mentions theme ${theme}: “${terms}” is only an example in a list closed by 等, so the clause is not read as about it`,
          }, `${link.theme}:${[...new Set(listed)].join('、')}`),
        );
        continue;
      }
      const cited = [...new Set(inside.map((t) => text.slice(t![0], t![1])))];
      out.push(
        finding(file, {
          kind: 'theme-in-citation',
          clause: c.id,
          label: c.label,
          line: c.line,
          text: cited.join(''),
          decision: `${c.id} (${c.label}) linked to theme ${theme} only by “${terms}” inside a cited title`,
        }, `${link.theme}:${cited.join('')}`),
      );
    }
  }
  return uniqueKeys(out);
}

import type { Correction, EditorialNote } from '../../src/schemas/corrections.ts';
import type { LocatedClause } from './structure.ts';
import type { RuleKind, RuleUse } from './to-blocks.ts';

const span = ([a, b]: readonly [number, number]) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function linesOf(c: Correction): number[] {
  switch (c.op) {
    case 'move':
    case 'join-items':
      return span(c.lines);
    case 'join':
      return [c.onto, c.line];
    case 'replace':
      return [c.line];
  }
}

function describe(c: Correction): { zh: string; en: string } {
  switch (c.op) {
    case 'move':
      return {
        zh: `原第${c.lines[0]}–${c.lines[1]}行移至原第${c.before}行之前`,
        en: `Lines ${c.lines[0]}–${c.lines[1]} moved before line ${c.before}`,
      };
    case 'join':
      return { zh: `原第${c.line}行接在原第${c.onto}行末尾`, en: `Line ${c.line} joined to the end of line ${c.onto}` };
    case 'join-items':
      return {
        zh: `原第${c.lines[0]}–${c.lines[1]}行的列表项合为一项`,
        en: `The list items on lines ${c.lines[0]}–${c.lines[1]} read as one item`,
      };
    case 'replace':
      return {
        zh: `原第${c.line}行“${c.find}”改为“${c.replace}”`,
        en: `Line ${c.line}: “${c.find}” changed to “${c.replace}”`,
      };
  }
}

const RULES: Record<RuleKind, { zh: string; en: string }> = {
  bookmark: { zh: '删去 Word 导出时留下的书签标记“[bookmark: …]”', en: 'Word bookmark markers “[bookmark: …]” left by extraction removed' },
  'heading-marker': { zh: '删去标题前的排版符号“#”，改以标题样式显示', en: 'Heading markers “#” removed; shown as headings' },
  'list-marker': { zh: '删去列表项前的排版符号“- ◆”，改以列表样式显示', en: 'List markers “- ◆” removed; shown as a list' },
  'joined-paragraph': {
    zh: '提取时在句中断开的段落接回原段（仅合并换行，未改文字）',
    en: 'Paragraphs broken mid-sentence by extraction joined back (line breaks only, no text changed)',
  },
};

function clausesOn(lines: readonly number[], clauses: readonly LocatedClause[]): string[] {
  const wanted = new Set(lines);
  return clauses.filter((c) => c.lines.some((l) => wanted.has(l))).map((c) => c.id);
}

/** Every change beyond whitespace, as notes for readers: recorded corrections first, then rules. */
export function toEditorialNotes(
  corrections: readonly Correction[],
  rules: readonly RuleUse[],
  clauses: readonly LocatedClause[],
): EditorialNote[] {
  const fromCorrections = corrections.map((c): EditorialNote => {
    const what = describe(c);
    const lines = linesOf(c);
    return {
      kind: 'correction',
      text: `${what.zh}：${c.reason}`,
      textEn: `${what.en}: ${c.reasonEn}`,
      lines,
      clauses: clausesOn(lines, clauses),
    };
  });
  const fromRules = rules.map(
    (r): EditorialNote => ({
      kind: 'rule',
      text: `${RULES[r.rule].zh}（${r.lines.length}处）`,
      textEn: `${RULES[r.rule].en} (${r.lines.length} ${r.lines.length === 1 ? 'place' : 'places'})`,
      lines: r.lines,
      clauses: clausesOn(r.lines, clauses),
    }),
  );
  return [...fromCorrections, ...fromRules];
}

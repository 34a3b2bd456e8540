import { describe, expect, it } from 'vitest';
import type { ResolvedLayout } from './resolve-hints.ts';
import { toSourceLines } from './source-lines.ts';
import { reachesMargin, toBlocks, typicalWidth, visualWidth, type Block } from './to-blocks.ts';

const layout = (format: ResolvedLayout['format']): ResolvedLayout => ({ format, spacing: 'extraction', continuousSections: false, blocks: [] });
const read = (format: ResolvedLayout['format'], text: string) => toBlocks(toSourceLines(text), layout(format), 'text.txt');
const texts = (blocks: readonly Block[]) => blocks.map((b) => (b.type === 'text' ? b.text : b.type));

describe('one paragraph a line', () => {
  it('continues a paragraph broken mid-sentence on the next line, and says so', () => {
    const { blocks, rules } = read('line-paragraphs', '推进教育对外开放，\n提升国际化水平。\n加强交流。\n');
    expect(texts(blocks)).toEqual(['推进教育对外开放，提升国际化水平。', '加强交流。']);
    expect(rules).toEqual([{ rule: 'joined-paragraph', lines: [2] }]);
  });
  it('never joins across a blank line, a numbered line, or after a heading', () => {
    expect(texts(read('line-paragraphs', '推进教育对外开放，\n\n提升国际化水平。\n').blocks)).toEqual(['推进教育对外开放，', '提升国际化水平。']);
    expect(texts(read('line-paragraphs', '推进教育对外开放，\n（一）提升国际化水平。\n').blocks)).toEqual(['推进教育对外开放，', '（一）提升国际化水平。']);
    expect(texts(read('line-paragraphs', '一、总体要求\n坚持开放。\n').blocks)).toEqual(['一、总体要求', '坚持开放。']);
  });
  it('reads a table a cell a line: the line before names it, the first row is its header', () => {
    const { blocks } = read('line-paragraphs', '表1主要指标\n\t指标\n\t2025年\n\n\t姊妹学校\n\t400\n\n\t留学生\n\t3000\n正文。\n');
    const table = blocks[0]!;
    expect(table.type).toBe('table');
    if (table.type !== 'table') return;
    expect(table.caption).toBe('表1主要指标');
    expect(table.header.cells).toEqual(['指标', '2025年']);
    expect(table.rows.map((r) => r.cells)).toEqual([['姊妹学校', '400'], ['留学生', '3000']]);
    expect(table.lines).toEqual([1, 2, 5, 8]);
    expect(texts(blocks.slice(1))).toEqual(['正文。']);
  });
  it('refuses a table row with a cell missing, naming its line, and a table with no caption', () => {
    expect(() => read('line-paragraphs', '表1\n\t指标\n\t2025年\n\n\t姊妹学校\n')).toThrow('text.txt:5: table row has 1 cells, header has 2');
    expect(() => read('line-paragraphs', '\t指标\n\t2025年\n')).toThrow('table has no caption');
  });
});

describe('hard-wrapped lines', () => {
  // Full lines are 20 characters (width 40); a paragraph's last line is shorter.
  const full = '甲'.repeat(20);
  it('joins the lines of a paragraph and starts a new one after a short line ending a sentence', () => {
    const { blocks } = read('hard-wrapped', `${full}\n${full}\n乙乙乙。\n${full}\n丙丙。\n`);
    expect(texts(blocks)).toEqual([`${full}${full}乙乙乙。`, `${full}丙丙。`]);
  });
  it('runs a paragraph on past a sentence that ends at the right margin when the next line is full too', () => {
    const atMargin = `${'乙'.repeat(19)}。`;
    expect(texts(read('hard-wrapped', `${full}\n${atMargin}\n${full}\n丙。\n`).blocks)).toEqual([`${full}${atMargin}${full}丙。`]);
  });
  it('ends the paragraph at a sentence two characters short of the margin', () => {
    const short = `${'乙'.repeat(17)}。`; // width 36 of 40: 0.9 of a full line
    expect(texts(read('hard-wrapped', `${full}\n${short}\n${full}\n丙。\n`).blocks)).toEqual([`${full}${short}`, `${full}丙。`]);
  });
  it('makes a short numbered line without a final mark a heading of its own', () => {
    expect(texts(read('hard-wrapped', `${full}\n一、总体要求\n${full}\n丙。\n`).blocks)).toEqual([full, '一、总体要求', `${full}丙。`]);
  });
  it('reads a numbered line of most of a full line, without a final mark, as the first line of its paragraph', () => {
    const opening = `一、${'乙'.repeat(15)}`; // width 34 of 40: past 0.8 of a full line
    expect(texts(read('hard-wrapped', `${full}\n${opening}\n丙。\n${full}\n`).blocks)).toEqual([full, `${opening}丙。`, full]);
    const heading = `一、${'乙'.repeat(13)}`; // width 30: under 0.8
    expect(texts(read('hard-wrapped', `${full}\n${heading}\n丙。\n${full}\n`).blocks)).toEqual([full, heading, '丙。', full]);
  });
  it('measures width as a page does: CJK two, ASCII one, the commonest width taken as full', () => {
    expect(visualWidth(' 教育ab ')).toBe(6);
    expect(typicalWidth(toSourceLines(`${full}\n${full}\n短\n\n`))).toBe(40);
    expect(reachesMargin('甲'.repeat(19), 40)).toBe(true);
    expect(reachesMargin('甲'.repeat(18), 40)).toBe(false);
  });
});

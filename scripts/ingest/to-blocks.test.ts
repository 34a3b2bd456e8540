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

describe('blank lines', () => {
  // Extraction leaves lines of spaces (full-width ones too) where a page had nothing.
  const blank = '　　';
  it('a line of spaces is blank: no paragraph of its own, and no paragraph joined across it', () => {
    expect(texts(read('line-paragraphs', `推进教育对外开放，\n${blank}\n提升国际化水平。\n`).blocks)).toEqual(['推进教育对外开放，', '提升国际化水平。']);
    expect(texts(read('line-paragraphs', `加强交流。\n${blank}\n扩大合作。\n`).blocks)).toEqual(['加强交流。', '扩大合作。']);
    expect(texts(read('news-markdown', `加强交流。\n${blank}\n扩大合作。\n`).blocks)).toEqual(['加强交流。', '扩大合作。']);
  });
  it('a table goes on past a line of spaces between its rows', () => {
    const { blocks } = read('line-paragraphs', `表1主要指标\n\t指标\n\t2025年\n${blank}\n\t姊妹学校\n\t400\n`);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.type === 'table' && blocks[0].rows.map((r) => r.cells)).toEqual([['姊妹学校', '400']]);
  });
  it('a page break (a line of spaces) inside a hard-wrapped paragraph does not end it', () => {
    const full = '甲'.repeat(20);
    const atMargin = `${'乙'.repeat(19)}。`;
    expect(texts(read('hard-wrapped', `${full}\n${atMargin}\n${blank}\n${full}\n丙。\n`).blocks)).toEqual([`${full}${atMargin}${full}丙。`]);
  });
  it('lines of spaces do not count towards the full width of a hard-wrapped file', () => {
    expect(typicalWidth(toSourceLines(`${'甲'.repeat(20)}\n${'甲'.repeat(20)}\n${blank}\n${blank}\n${blank}\n`))).toBe(40);
  });
});

describe('the full width of a hard-wrapped file', () => {
  it('is the commonest width, and of two as common the wider', () => {
    expect(typicalWidth(toSourceLines('甲甲甲\n甲甲甲\n甲甲甲甲\n'))).toBe(6);
    expect(typicalWidth(toSourceLines('甲甲甲甲\n甲甲甲\n'))).toBe(8);
    expect(typicalWidth(toSourceLines('甲甲甲\n甲甲甲甲\n'))).toBe(8);
  });
});

describe('where a hard-wrapped paragraph ends', () => {
  const full = '甲'.repeat(20);
  it('only at a sentence mark that ends the line, closing quotes and brackets included', () => {
    const midLine = `${'乙'.repeat(9)}。${'乙'.repeat(8)}`; // a full stop inside a short line
    expect(texts(read('hard-wrapped', `${full}\n${midLine}\n丙。\n`).blocks)).toEqual([`${full}${midLine}丙。`]);
    expect(texts(read('hard-wrapped', `${full}\n他说：“开放。”\n丙。\n`).blocks)).toEqual([`${full}他说：“开放。”`, '丙。']);
  });
  it('reads a numbered line of exactly 0.8 of a full line, without a final mark, as the first line of its paragraph', () => {
    const opening = `一、${'乙'.repeat(14)}`; // width 32 of 40
    expect(texts(read('hard-wrapped', `${full}\n${opening}\n丙。\n${full}\n`).blocks)).toEqual([full, `${opening}丙。`, full]);
  });
  it('ends the open paragraph before a declared block, keeping reading order', () => {
    const l: ResolvedLayout = { ...layout('hard-wrapped'), blocks: [{ as: 'heading', id: 'zhuanlan', label: '专栏', lines: [2] }] };
    const { blocks } = toBlocks(toSourceLines(`${full}\n专栏\n丙。\n`), l, 'text.txt');
    expect(texts(blocks)).toEqual([full, '专栏', '丙。']);
  });
});

describe('tables', () => {
  it('are named by the paragraph before them, not by a heading', () => {
    const l: ResolvedLayout = { ...layout('line-paragraphs'), blocks: [{ as: 'heading', id: 'zhibiao', label: '指标', lines: [1] }] };
    expect(() => toBlocks(toSourceLines('主要指标\n\t指标\n\t2025年\n'), l, 'text.txt')).toThrow('text.txt:2: table has no caption');
  });
  it('start only at a line that opens with a tab: a tab inside a line is text', () => {
    expect(texts(read('line-paragraphs', '项目\t数量。\n').blocks)).toEqual(['项目数量。']);
  });
});

describe('blocks an editor declared (layout.blocks)', () => {
  const declared = (format: ResolvedLayout['format'], text: string, blocks: ResolvedLayout['blocks'], spacing: ResolvedLayout['spacing'] = 'extraction') =>
    toBlocks(toSourceLines(text), { ...layout(format), spacing, blocks }, 'text.txt');

  it('take their lines across lines of spaces, joined as the spacing says', () => {
    const { blocks } = declared('line-paragraphs', '到20\n　　\n35年，建成教育强国。\n', [{ as: 'paragraph', lines: [1, 3] }]);
    expect(blocks).toEqual([{ type: 'text', role: 'paragraph', text: '到2035年，建成教育强国。', lines: [1, 3], id: undefined, label: undefined, level: undefined, declared: true }]);
  });
  it('keep their id, label and level, and lose only a markdown heading marker at the start', () => {
    const { blocks, rules } = declared('news-markdown', '## 专栏：开放\n\nC# 编程课程进校园。\n', [
      { as: 'heading', id: 'zhuanlan', label: '专栏', level: 2, lines: [1] },
      { as: 'paragraph', lines: [3] },
    ], 'typographic');
    expect(blocks).toEqual([
      { type: 'text', role: 'heading', text: '专栏：开放', lines: [1], id: 'zhuanlan', label: '专栏', level: 2, declared: true },
      { type: 'text', role: 'paragraph', text: 'C# 编程课程进校园。', lines: [3], id: undefined, label: undefined, level: undefined, declared: true },
    ]);
    expect(rules).toEqual([{ rule: 'heading-marker', lines: [1] }]);
  });
  it('refuse a heading without an id and a label, and an id on anything but a heading or a paragraph, naming the line', () => {
    const fails = (block: ResolvedLayout['blocks'][number]) => () => declared('line-paragraphs', '前言。\n专栏\n', [block]);
    expect(fails({ as: 'heading', lines: [2] })).toThrow(/^text\.txt:2: a declared heading needs an "id" and a "label" in meta\.json layout\.blocks$/);
    expect(fails({ as: 'heading', id: 'zhuanlan', lines: [2] })).toThrow('text.txt:2: a declared heading needs an "id" and a "label"');
    expect(fails({ as: 'paragraph', id: 'zhuanlan', lines: [2] })).toThrow('text.txt:2: an "id" in meta.json layout.blocks needs a "label"');
    expect(fails({ as: 'title', id: 'zhuanlan', label: '专栏', lines: [2] })).toThrow(/^text\.txt:2: an "id" .* only a heading or a paragraph takes one \(this block is "title"\)$/);
    expect(fails({ as: 'paragraph', id: 'zhuanlan', label: '专栏', lines: [2] })).not.toThrow();
  });
});

describe('newspaper markdown', () => {
  it('reads a # line as the title and a ## inside a line as text', () => {
    const { blocks } = read('news-markdown', '# 开放办学\n\n学习C# 编程。\n');
    expect(blocks).toEqual([
      { type: 'text', role: 'title', text: '开放办学', lines: [1] },
      { type: 'text', role: 'paragraph', text: '学习C#编程。', lines: [3] },
    ]);
  });
  it('refuses text run on under a heading, and a list mixed with other lines, naming the line', () => {
    expect(() => read('news-markdown', '# 开放办学\n新增学校。\n')).toThrow(/^text\.txt:2: text runs on under a markdown heading without a blank line$/);
    expect(() => read('news-markdown', '- ◆ 新建学校2所\n新增学位。\n')).toThrow(/^text\.txt:1: a list is mixed with other lines in one block$/);
    expect(() => read('news-markdown', '新增学位。\n- ◆ 新建学校2所\n')).toThrow(/^text\.txt:1: a list is mixed with other lines in one block$/);
  });
  it('reads bullets with or without ◆ and the space after it, and a dash inside a line as text', () => {
    const { blocks } = read('news-markdown', '- ◆ 新建学校2所\n- ◆新增学位900个\n- 结对学校8对\n\n2020 - 2025年成绩。\n');
    expect(blocks).toEqual([
      {
        type: 'list',
        items: [
          { text: '新建学校2所', line: 1, lines: [1] },
          { text: '新增学位900个', line: 2, lines: [2] },
          { text: '结对学校8对', line: 3, lines: [3] },
        ],
        lines: [1, 2, 3],
      },
      { type: 'text', role: 'paragraph', text: '2020 - 2025年成绩。', lines: [5] },
    ]);
  });
  it('takes further bullets (join-items) only in a newspaper list', () => {
    const joined = [{ line: 1, text: '- ◆ 新建学校', parts: [{ line: 2, text: '- ◆ 2所' }] }];
    expect(() => toBlocks(joined, layout('line-paragraphs'), 'text.txt')).toThrow(/^text\.txt:1: join-items: these lines are not all list items/);
    expect(toBlocks(joined, layout('news-markdown'), 'text.txt').blocks).toEqual([{ type: 'list', items: [{ text: '新建学校2所', line: 1, lines: [1, 2] }], lines: [1, 2] }]);
  });
});

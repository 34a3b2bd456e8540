/** What the clause tree must give a reader, whatever the document: parents, ids and row numbers. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResolvedLayout } from './resolve-hints.ts';
import { toSourceLines } from './source-lines.ts';
import { documentLineKind, parallelHeading, toClauses } from './structure.ts';
import { ingestText as ingest } from './test-support.ts';
import { toBlocks } from './to-blocks.ts';

const layout = (continuousSections: boolean): ResolvedLayout => ({ format: 'line-paragraphs', spacing: 'extraction', continuousSections, blocks: [] });
const clausesOf = (text: string, continuous = false) => {
  const l = layout(continuous);
  return toClauses(toBlocks(toSourceLines(text), l, 'text.txt').blocks, l, 'text.txt').map((c) => ({ id: c.id, parent: c.parent, label: c.label }));
};
const plan = '一、总体要求\n（一）指导思想。坚持开放。\n（二）基本原则。坚持改革。\n二、主要任务\n（三）扩大合作。推进交流。\n';

describe('sections numbered on across parts', () => {
  it('take ids and labels from their own number, yet each sits under the part it is printed in', () => {
    expect(clausesOf(plan, true)).toEqual([
      { id: 'p1', parent: null, label: '一' },
      { id: 's1', parent: 'p1', label: '（一）' },
      { id: 's2', parent: 'p1', label: '（二）' },
      { id: 'p2', parent: null, label: '二' },
      { id: 's3', parent: 'p2', label: '（三）' },
    ]);
  });
  it('sections numbered afresh in each part carry the part in id and label', () => {
    expect(clausesOf(plan).filter((c) => c.parent === 'p2')).toEqual([{ id: 'p2-s3', parent: 'p2', label: '二（三）' }]);
  });
});

describe('table rows', () => {
  const table = (cells: string[][]) => `一、指标\n表1指标\n${cells.map((row) => row.map((c) => `\t${c}\n`).join('')).join('\n')}`;
  it('are numbered from 1 in reading order when the table has no 序号 column', () => {
    const rows = clausesOf(table([['指标', '2025年'], ['姊妹学校', '400'], ['留学生', '3000']])).filter((c) => c.parent === 'p1-t1');
    expect(rows).toEqual([
      { id: 'p1-t1-r1', parent: 'p1-t1', label: '一·表1·第1行' },
      { id: 'p1-t1-r2', parent: 'p1-t1', label: '一·表1·第2行' },
    ]);
  });
  it('take the number the table’s 序号 column prints', () => {
    const rows = clausesOf(table([['序号', '指标'], ['3', '姊妹学校'], ['4', '留学生']])).filter((c) => c.parent === 'p1-t1');
    expect(rows.map((r) => r.id)).toEqual(['p1-t1-r3', 'p1-t1-r4']);
    const long = clausesOf(table([['编号', '指标'], ['11', '姊妹学校'], ['12', '留学生']])).filter((c) => c.parent === 'p1-t1');
    expect(long.map((r) => r.label)).toEqual(['一·表1·第11行', '一·表1·第12行']);
  });
  it('are numbered in reading order where the first column holds years or figures, not a 序号', () => {
    const years = clausesOf(table([['年份', '留学生'], ['2025', '3000'], ['2030', '5000']])).filter((c) => c.parent === 'p1-t1');
    expect(years.map((r) => r.label)).toEqual(['一·表1·第1行', '一·表1·第2行']);
    const figures = clausesOf(table([['序号', '指标'], ['400所', '姊妹学校'], ['第2', '留学生']])).filter((c) => c.parent === 'p1-t1');
    expect(figures.map((r) => r.id)).toEqual(['p1-t1-r1', 'p1-t1-r2']);
  });
});

describe('the committed clause trees', () => {
  const dir = new URL('../../content/clauses/', import.meta.url);
  const docs = readdirSync(dir).map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { document: string; clauses: { id: string; kind: string; parent: string | null }[] });
  it('give every clause a parent printed before it in the same document, a row a table, a section a part or heading', () => {
    for (const d of docs) {
      const seen = new Map<string, string>();
      for (const c of d.clauses) {
        if (c.parent !== null) {
          const parent = seen.get(c.parent);
          expect(parent, `${d.document}#${c.id}: parent ${c.parent} is not before it`).toBeDefined();
          if (c.kind === 'row') expect(parent, `${d.document}#${c.id}`).toBe('table');
          if (c.kind === 'section') expect(['part', 'heading', 'notice'], `${d.document}#${c.id}`).toContain(parent);
        }
        seen.set(c.id, c.kind);
      }
    }
  });
});

const tree = (text: string, layout?: Record<string, unknown>) => ingest(text, layout).map((c) => [c.id, c.label, c.parent]);
const tableLines = '表1指标\n\t指标\n\t2025年\n\n\t姊妹学校\n\t400\n';

describe('what a table or a lead-in belongs to', () => {
  it('the section it stands in, not the item or subitem before it', () => {
    const clauses = tree(`（一）扩大交流\n1.建设学校。\n（1）新建学校。\n${tableLines}——开放水平提升。\n`);
    expect(clauses.filter(([id]) => !String(id).includes('-r'))).toEqual([
      ['s1', '（一）', null],
      ['s1-i1', '（一）1', 's1'],
      ['s1-i1-b1', '（一）1（1）', 's1-i1'],
      ['s1-t1', '（一）·表1', 's1'],
      ['s1-d1', '（一）——1', 's1'],
    ]);
  });
  it('the chapter it stands in, not the article before it', () => {
    const clauses = tree(`第一章 总则\n第一条 为推进开放，制定本办法。\n${tableLines}`);
    expect(clauses.find(([id]) => String(id).endsWith('t1'))).toEqual(['c1-t1', '第一章·表1', 'c1']);
  });
  it('the document, before any unit: a table and a lead-in at the top', () => {
    expect(tree(`${tableLines}——开放水平提升。\n`).filter(([id]) => !String(id).includes('-r'))).toEqual([
      ['t1', '表1', null],
      ['d1', '——1', null],
    ]);
  });
});

describe('units numbered on across their parents', () => {
  it('articles with no chapter above them stand at the top, and their own text is their first paragraph', () => {
    expect(tree('第一条 为推进开放，制定本办法。\n本办法适用于全区学校。\n第二条 各校应当执行。\n')).toEqual([
      ['a1', '第一条', null],
      ['a1-q2', '第一条·第2段', 'a1'],
      ['a2', '第二条', null],
    ]);
  });
  it('with continuous sections, items under a section still carry it in id and label', () => {
    expect(tree('一、任务\n（一）扩大交流\n1.建设学校。\n', { continuousSections: true })).toEqual([
      ['p1', '一', null],
      ['s1', '（一）', 'p1'],
      ['s1-i1', '（一）1', 's1'],
    ]);
  });
  it('a label keeps two Chinese numbers apart: parts under a heading 专栏一', () => {
    const blocks = [{ match: '专栏一', as: 'heading', id: 'zhuanlan', label: '专栏一', level: 0 }];
    expect(tree('专栏一\n一、任务\n推进。\n', { blocks })).toEqual([
      ['zhuanlan', '专栏一', null],
      ['zhuanlan-p1', '专栏一·一', 'zhuanlan'],
      ['zhuanlan-p1-q1', '专栏一·一·第1段', 'zhuanlan-p1'],
    ]);
  });
});

describe('paragraphs an editor declared', () => {
  it('a paragraph added after a release keeps its declared id and label, and the next paragraph its number', () => {
    const blocks = [{ match: '新增：', as: 'paragraph', id: 'xinzeng', label: '新增段' }];
    const clauses = ingest('一、任务\n推进。\n新增：加强交流。\n扩大合作。\n', { blocks });
    expect(clauses.map((c) => [c.id, c.label, c.kind, c.parent, c.number, c.heading])).toEqual([
      ['p1', '一', 'part', null, '一、', '任务'],
      ['p1-q1', '一·第1段', 'paragraph', 'p1', '', ''],
      ['xinzeng', '新增段', 'paragraph', 'p1', '', ''],
      ['p1-q2', '一·第2段', 'paragraph', 'p1', '', ''],
    ]);
  });
  it('declared framing sits where a paragraph would and keeps the number it would have had', () => {
    const blocks = [{ match: '编者按', as: 'framing' }];
    const clauses = ingest('（一）扩大交流。推进合作。\n——开放。更多交流。\n编者按：以下为原文。\n', { blocks });
    expect(clauses.at(-1)).toMatchObject({ id: 's1-q2', label: '（一）·第2段', kind: 'framing', parent: 's1', number: '', heading: '' });
  });
  it('a declared closing line, 文号 and 落款 are numbered where they stand', () => {
    const blocks = [
      { match: '测试〔2020〕1号', as: 'docno' },
      { match: '测试机关', as: 'signature' },
      { match: '全文完', as: 'closing' },
    ];
    expect(tree('测试〔2020〕1号\n一、任务\n推进。\n测试机关\n全文完\n', { blocks })).toEqual([
      ['no1', '文号1', null],
      ['p1', '一', null],
      ['p1-q1', '一·第1段', 'p1'],
      ['p1-sig1', '一·落款1', 'p1'],
      ['end1', '结尾1', null],
    ]);
  });
});

describe("the publisher's framing, read by rule", () => {
  const names = '区政府近日印发了《测试文件》，主要内容如下。';
  it('may follow the title', () => {
    expect(ingest(`测试文件\n${names}\n一、任务\n`, { blocks: [{ match: '测试文件', as: 'title' }] })[1]).toMatchObject({ id: 'q1', kind: 'framing' });
  });
  it('is never read after the plan’s first unit or heading: there it is the plan’s own paragraph', () => {
    expect(ingest(`一、任务\n${names}\n`)[1]).toMatchObject({ id: 'p1-q1', kind: 'paragraph' });
    const blocks = [{ match: '专栏', as: 'heading', id: 'zhuanlan', label: '专栏' }];
    expect(ingest(`专栏\n${names}\n`, { blocks })[1]).toMatchObject({ id: 'zhuanlan-q1', kind: 'paragraph' });
  });
  it('is not read inside a covering notice, nor from a declared paragraph', () => {
    const text = `关于印发测试文件的通知\n各单位：\n现将《测试文件》印发给你们，请认真执行。\n测试文件\n一、任务\n推进。\n`;
    const notice = { notice: { from: '关于印发测试文件的通知', to: '请认真执行。' }, blocks: [{ match: '关于印发测试文件的通知', as: 'notice-title' }, { match: '测试文件', as: 'title' }] };
    expect(ingest(text, notice).map((c) => [c.id, c.kind])).toEqual([
      ['notice', 'notice'],
      ['notice-q1', 'paragraph'],
      ['notice-q2', 'paragraph'],
      ['title', 'title'],
      ['p1', 'part'],
      ['p1-q1', 'paragraph'],
    ]);
    expect(ingest(`${names}\n一、任务\n`, { blocks: [{ match: '区政府近日', as: 'paragraph' }] })[0]).toMatchObject({ id: 'q1', kind: 'paragraph' });
  });
  it('after a covering notice with no title of its own, the plan starts at the top', () => {
    const text = '各单位：\n现将方案印发给你们。\n一、任务\n推进。\n';
    expect(tree(text, { notice: { from: '各单位：', to: '现将方案印发给你们。', printedTitle: false } })).toEqual([
      ['notice-q1', '通知·第1段', null],
      ['notice-q2', '通知·第2段', null],
      ['p1', '一', null],
      ['p1-q1', '一·第1段', 'p1'],
    ]);
  });
});

describe('lines read by their words', () => {
  it('a closing line or the list of attachments only where the paragraph opens with it', () => {
    expect(documentLineKind('各区对照本规划由市级部门牵头实施的任务，制定清单。')).toBeUndefined();
    expect(documentLineKind('项目清单详见附件1：重点项目表。')).toBeUndefined();
    expect(documentLineKind('附 件 1 ：重点项目表')).toBe('attachment');
  });
  it('a parallel heading only where the paragraph opens with it', () => {
    expect(parallelHeading('我们要坚持立足当前，着眼长远。')).toBeUndefined();
  });
});

describe('dated stages', () => {
  const stageOf = (text: string, layout?: Record<string, unknown>) => ingest(`一、目标\n${text}`, layout).find((c) => c.kind === 'lead')?.parent;
  it('hold the lead-ins only when a later stage of another year follows', () => {
    expect(stageOf('到2030年，体系基本形成。\n——开放水平提升。\n继续推进。\n到2040年，全面建成。\n')).toBe('p1-q1');
    expect(stageOf('到2030年，体系基本形成。\n——开放水平提升。\n继续推进。\n')).toBe('p1');
    expect(stageOf('到2030年，体系基本形成。\n——开放水平提升。\n到2030年，全面建成。\n')).toBe('p1');
  });
  it('are read only from a paragraph that opens with the year', () => {
    expect(stageOf('我们要到2030年，体系基本形成。\n——开放水平提升。\n到2040年，全面建成。\n')).toBe('p1');
  });
  it('end at a numbered paragraph or a heading before the next stage, and go on past a declared paragraph', () => {
    expect(stageOf('到2030年，体系基本形成。\n——开放水平提升。\n（一）任务\n到2040年，全面建成。\n')).toBe('p1');
    const heading = { blocks: [{ match: '专栏', as: 'heading', id: 'zhuanlan', label: '专栏', level: 2 }] };
    expect(stageOf('到2030年，体系基本形成。\n——开放水平提升。\n专栏\n到2040年，全面建成。\n', heading)).toBe('p1');
    const declared = { blocks: [{ match: '一、二年级', as: 'paragraph' }] };
    expect(stageOf('到2030年，体系基本形成。\n——开放水平提升。\n一、二年级开设外语课。\n到2040年，全面建成。\n', declared)).toBe('p1-q1');
  });
  it('a dated paragraph that ends the document is a paragraph', () => {
    expect(tree('一、目标\n到2030年，体系基本形成。\n')).toEqual([
      ['p1', '一', null],
      ['p1-q1', '一·第1段', 'p1'],
    ]);
  });
});

/** What the clause tree must give a reader, whatever the document: parents, ids and row numbers. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResolvedLayout } from './resolve-hints.ts';
import { toSourceLines } from './source-lines.ts';
import { toClauses } from './structure.ts';
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

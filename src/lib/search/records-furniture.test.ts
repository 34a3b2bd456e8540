import { describe, expect, it } from 'vitest';
import type { Clause } from '../../schemas/clause.ts';
import { filterGroups } from './filter-options.ts';
import { furnitureClauseIds, type SearchRecord } from './records.ts';

const clause = (id: string, kind: Clause['kind'], parent: string | null, text = id): Clause => ({ id, label: id, kind, parent, number: '', heading: '', text, line: 1 });

describe('page furniture is not searched', () => {
  it('the title, the issuing notice with everything under it, mastheads and bylines', () => {
    const clauses = [
      clause('notice', 'notice', null, '关于印发《工作方案》的通知'),
      clause('notice-no1', 'paragraph', 'notice', '渝中府办〔2019〕34号'),
      clause('notice-sig1', 'paragraph', 'notice', '2019年5月30日'),
      clause('title', 'title', null),
      clause('m1', 'masthead', null),
      clause('p1', 'part', null, '一、总体要求'),
      clause('p1-q1', 'paragraph', 'p1', '招收国际学生'),
      clause('by1', 'byline', 'p1'),
    ];
    expect([...furnitureClauseIds(clauses)].sort()).toEqual(['by1', 'm1', 'notice', 'notice-no1', 'notice-sig1', 'title']);
  });
});

describe('filters drawn at build time', () => {
  const record = (doc: string, year: string, themes: string[]): SearchRecord => ({
    url: `/plans/${doc}/#x`,
    content: 'x',
    language: 'zh-cn',
    meta: { label: 'x' },
    filters: { 文件: [doc], 年份: [year], ...(themes.length ? { 主题: themes } : {}) },
    date: `${year}-01-01`,
  });
  const groups = filterGroups([record('a', '2019', ['鲁班工坊']), record('a', '2019', []), record('b', '2024', ['鲁班工坊', '友好学校'])], (key, value) => (key === 'document' ? { zh: `文件${value.toUpperCase()}`, en: `Document ${value.toUpperCase()}` } : { zh: value, en: value }));
  it('name documents by title, filter them by id, and count the clauses of each value', () => {
    expect(groups.find((g) => g.key === 'document')?.values).toEqual([
      { value: 'a', label: '文件A', labelEn: 'Document A', count: 2 },
      { value: 'b', label: '文件B', labelEn: 'Document B', count: 1 },
    ]);
    expect(groups.find((g) => g.key === 'theme')?.values.map((v) => [v.value, v.count])).toEqual([
      ['鲁班工坊', 2],
      ['友好学校', 1],
    ]);
  });
  it('list years newest first and leave out filters no record has', () => {
    expect(groups.find((g) => g.key === 'year')?.values.map((v) => v.value)).toEqual(['2024', '2019']);
    expect(groups.some((g) => g.key === 'region')).toBe(false);
  });
});

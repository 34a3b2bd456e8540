import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/clause.ts';
import { Indicator } from '../../src/schemas/target.ts';
import { clauseOf, planWithBackground } from './fixture-docs.test-data.ts';
import type { SourceDocument } from './source.ts';
import { isIndicatorTable, readIndicatorTables } from './table.ts';

const indicator = (id: string, name: string, terms: { text: string; scope?: string }[], units: string[]) =>
  Indicator.parse({ id, name, nameEn: id, group: 'opening', terms, units });
const sister = indicator('sister-schools', '姊妹学校', [{ text: '姊妹学校' }, { text: '国际姊妹学校', scope: '国际' }], ['所', '对']);
const students = indicator('international-students', '留学生', [{ text: '留学生' }], ['人', '万人']);
const indicators = [students, sister];

const HEADER = ['序号', '指标', '2020年', '2025年', '属性'];
const table = (cells = HEADER, id = 't1'): Clause => ({ ...clauseOf(id, cells.join(' '), 'table'), cells });
const row = (id: string, cells: string[], parent = 't1'): Clause => ({ ...clauseOf(id, cells.join(' '), 'row', parent), cells });
const docOf = (clauses: Clause[]): SourceDocument => ({ ...planWithBackground([], []), clauses });

describe('an indicator table', () => {
  it('is a table headed 序号, 指标, a baseline year, a target year, 属性', () => {
    expect(isIndicatorTable(table())).toBe(true);
    expect(isIndicatorTable(table(['序号', '指标', '2019年', '2035年', '属性']))).toBe(true);
  });
  it('is no other table, and no row with the same cells', () => {
    const others = [
      [...HEADER, '备注'],
      HEADER.slice(0, 4),
      ['编号', ...HEADER.slice(1)],
      ['序号', '指标名称', ...HEADER.slice(2)],
      ['序号', '指标', '2020', '2025年', '属性'],
      ['序号', '指标', '2020年', '2025年底', '属性'],
      ['序号', '指标', '至2020年', '2025年', '属性'],
      ['序号', '指标', '2020年', '2025年', '类型'],
    ];
    for (const cells of others) expect(isIndicatorTable(table(cells)), cells.join(' ')).toBe(false);
    expect(isIndicatorTable(row('r1', HEADER))).toBe(false);
    expect(isIndicatorTable(clauseOf('t1', HEADER.join(' '), 'table'))).toBe(false);
  });
});

describe('reading an indicator table', () => {
  it('makes each row a target with its baseline, years, unit and attribute, quoting the whole row', () => {
    const r1 = row('t1-r1', ['1', '国际姊妹学校数量(对)', '377', '430', '约束性']);
    const { drafts, problems } = readIndicatorTables(docOf([clauseOf('p1', '一、目标', 'part'), table(), r1]), indicators);
    expect(problems).toEqual([]);
    expect(drafts).toEqual([
      {
        indicator: 'sister-schools',
        indicatorName: '姊妹学校',
        scope: '国际',
        kind: 'target',
        comparison: 'exact',
        value: 430,
        min: 430,
        max: 430,
        unit: '对',
        measure: 'level',
        year: 2025,
        yearBasis: 'table',
        baseline: 377,
        baselineYear: 2020,
        attribute: '约束性',
        document: 'plan',
        region: 'city',
        clause: 't1-r1',
        quote: '1 国际姊妹学校数量(对) 377 430 约束性',
        source: 'table',
        at: 0,
        end: 0,
      },
    ]);
  });

  it('reads a unit in full-width brackets, a decimal, the longest term of the name, and no attribute it does not know', () => {
    const rows = [
      row('t1-r1', ['1', '来渝交流的留学生与姊妹学校（所）', '12', '20', '—']),
      row('t1-r2', ['2', '留学生（万人）', '4.3', '6', '预期性']),
      row('t1-r3', ['3', '姊妹学校接收留学生（所）', '1', '2', '预期性']),
    ];
    const { drafts } = readIndicatorTables(docOf([table(), ...rows]), indicators);
    expect(drafts.map((d) => [d.indicator, d.unit, d.baseline, d.value, d.attribute])).toEqual([
      ['sister-schools', '所', 12, 20, null],
      ['international-students', '万人', 4.3, 6, '预期性'],
      ['sister-schools', '所', 1, 2, '预期性'],
    ]);
  });

  it('reads only the rows of indicator tables', () => {
    const clauses = [
      table(['序号', '项目', '内容'], 't0'),
      row('t0-r1', ['1', '姊妹学校(所)', '10'], 't0'),
      table(),
      clauseOf('t1-q1', '注：姊妹学校(所)', 'paragraph', 't1'),
      { ...row('t1-r1', ['1', '姊妹学校(所)', '1', '2', '预期性']), parent: 't0' },
      row('t1-r2', ['2', '姊妹学校(所)', '3', '4', '预期性']),
    ];
    const { drafts, problems } = readIndicatorTables(docOf(clauses), indicators);
    expect([drafts.map((d) => d.clause), problems]).toEqual([['t1-r2'], []]);
  });

  it('reports a row it cannot read, naming document and row, and reads the rest', () => {
    const rows = [
      row('t1-r1', ['1', '留学生数量', '1', '2', '预期性']),
      row('t1-r2', ['2', '访问学者(人)', '1', '2', '预期性']),
      row('t1-r3', ['3', '姊妹学校(个)', '1', '2', '预期性']),
      row('t1-r4', ['4', '姊妹学校(所)', '约10', '20', '预期性']),
      row('t1-r5', ['5', '姊妹学校(所)', '10', '', '预期性']),
      row('t1-r6', ['6', '姊妹学校(所)', '', '20', '预期性']),
      row('t1-r7', ['7', '姊妹学校(所)', '10', '20以上', '预期性']),
      row('t1-r8', ['8', '姊妹学校(所)', '10', '20', '预期性']),
      row('t1-r9', ['9', '姊妹学校(所)数量', '10', '20', '预期性']),
    ];
    const { drafts, problems } = readIndicatorTables(docOf([table(), ...rows]), indicators);
    expect(problems).toEqual([
      'plan#t1-r1: no unit in parentheses in "留学生数量"',
      'plan#t1-r2: "访问学者" names no indicator in content/indicators.json',
      "plan#t1-r3: unit 个 is not one of sister-schools's units",
      'plan#t1-r4: baseline "约10" or target "20" is not a number',
      'plan#t1-r5: baseline "10" or target "" is not a number',
      'plan#t1-r6: baseline "" or target "20" is not a number',
      'plan#t1-r7: baseline "10" or target "20以上" is not a number',
      'plan#t1-r9: no unit in parentheses in "姊妹学校(所)数量"',
    ]);
    expect(drafts.map((d) => d.clause)).toEqual(['t1-r8']);
  });
});

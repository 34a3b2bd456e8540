import { describe, expect, it } from 'vitest';
import { layoutBaselineTarget, rowName, selectBaselineRows, wrap, wrapWords } from './baseline-target.ts';
import { renderBaselineTarget } from './baseline-target-svg.ts';
import { table } from './fixtures.test-data.ts';
import type { TargetRecord } from '../../schemas/target.ts';

describe('baseline → target chart', () => {
  const rows = selectBaselineRows(table, 'gz');

  it('names rows by the table cell, unit dropped, wrapped to fit', () => {
    expect(rowName('6 国际及港澳台姊妹学校(对) 377 430 约束性', '对')).toBe('国际及港澳台姊妹学校');
    expect(rowName('9 高等院校具有国（境）外学习或工作经历教师占比(%) 19.5 25 预期性', '%')).toBe('高等院校具有国（境）外学习或工作经历教师占比');
    expect(wrap('高等院校具有国（境）外学习或工作经历教师占比', 16)).toEqual(['高等院校具有国（境）外学习或工作', '经历教师占比']);
  });

  it('puts every target at 100% and each baseline at its share of it', () => {
    const g = layoutBaselineTarget(rows);
    expect(g.rows).toHaveLength(3);
    const [students, window, faculty] = g.rows;
    expect(new Set(g.rows.map((r) => r.target.x)).size).toBe(1);
    expect(window!.base.x).toBe(g.ticks[0]!.x); // 0 of 50
    expect(students!.base.x).toBeCloseTo(g.ticks[0]!.x + (g.ticks[4]!.x - g.ticks[0]!.x) * (4.3 / 6));
    expect(faculty!.tip).toBe('高等院校具有国（境）外学习或工作经历教师占比：2020年 19.5% → 2025年目标 25%（+28%，预期性）');
    expect(window!.tip).toContain('从无到有，约束性');
  });

  it('renders stable SVG markup, binding targets filled', () => {
    const svg = renderBaselineTarget(layoutBaselineTarget(rows), { id: 'gz', title: '广州指标', desc: '9项' }, { base: 2020, target: 2025 });
    expect(svg.match(/class="mark dumbbell/g)).toHaveLength(3);
    expect(svg.match(/class="mark dumbbell binding"/g)).toHaveLength(1);
    expect(svg).not.toContain('style=');
    expect(svg).toMatchSnapshot();
  });
});

describe('wrapWords', () => {
  it('breaks an English label at words, two lines at most, the rest cut with an ellipsis', () => {
    expect(wrapWords('Private schools with an international character (schools)')).toEqual(['Private schools with an', 'international character…']);
    expect(wrapWords('Window schools')).toEqual(['Window schools']);
  });
});

describe('baseline → target rows a reader reads', () => {
  const row = (over: Partial<TargetRecord>): TargetRecord => ({ ...table[0]!, ...over });
  const only = (over: Partial<TargetRecord>) => layoutBaselineTarget([row(over)]).rows[0]!;

  it('plots only the chosen document’s table rows that have both a baseline and a target', () => {
    const records = [
      ...table,
      row({ id: 'other/r1/students', document: 'other' }),
      row({ id: 'gz/p1/students', source: 'sentence' }),
      row({ id: 'gz/r4/none', baseline: null, baselineYear: null }),
      row({ id: 'gz/r5/open', value: null }),
    ];
    expect(selectBaselineRows(records, 'gz').map((r) => r.id)).toEqual(table.map((r) => r.id));
  });

  it('gives the change from baseline to target with its sign, and no attribute where the table has none', () => {
    expect(only({ baseline: 5, value: 4, attribute: null }).tip).toBe('国际及港澳台学生数量：2020年 5万人 → 2025年目标 4万人（-20%）');
    expect(only({ baseline: 6, value: 6 }).tip).toContain('（+0%，预期性）');
  });

  it('puts a baseline against a target of 0 at the target, not off the track', () => {
    const r = only({ baseline: 3, value: 0 });
    expect(r.base.x).toBe(r.target.x);
  });

  it('keeps a cell name with a space whole, and drops a unit with a symbol in it', () => {
    expect(rowName('2 中外合作办学 机构(个) 3 5 预期性', '个')).toBe('中外合作办学 机构');
    expect(rowName('7 留学生奖学金(US$) 100 200 预期性', 'US$')).toBe('留学生奖学金');
  });

  it('wraps a label that fills its lines exactly without an empty line after it', () => {
    expect(wrap('一二三四五六七八', 4)).toEqual(['一二三四', '五六七八']);
  });
});

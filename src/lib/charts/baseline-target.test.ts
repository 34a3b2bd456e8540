import { describe, expect, it } from 'vitest';
import { layoutBaselineTarget, rowName, selectBaselineRows, wrap, wrapWords } from './baseline-target.ts';
import { renderBaselineTarget } from './baseline-target-svg.ts';
import { table } from './fixtures.test-data.ts';

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

import { describe, expect, it } from 'vitest';
import { record } from './charts/fixtures.test-data.ts';
import { indicatorsForTheme } from './theme-indicators.ts';

describe('indicators for a theme', () => {
  const text = '力争建成国际学校1所，缔结海外友好学校60个，建成孔子课堂4个';
  const clauses = new Map([['yz', new Map([['p2-q1', text]])]]);
  const records = [
    record({ id: 'a', indicator: 'international-schools', document: 'yz', region: 'yuzhong', year: 2021, clause: 'p2-q1', quote: '力争建成国际学校1所' }),
    record({ id: 'b', indicator: 'sister-schools', document: 'yz', region: 'yuzhong', year: 2021, clause: 'p2-q1', quote: '缔结海外友好学校60个' }),
    record({ id: 'c', indicator: 'confucius-classrooms', document: 'yz', region: 'yuzhong', year: 2021, clause: 'p2-q1', quote: '建成孔子课堂4个' }),
  ];
  const at = text.indexOf('友好学校');
  const links = new Map([['yz', { 'p2-q1': { themes: [{ theme: 'sister', spans: [[at, at + 4]] as [number, number][], role: 'about' as const }] } }]]);

  it('keeps only indicators whose quote holds the theme’s term', () => {
    expect(indicatorsForTheme('sister', records, clauses, links)).toEqual(['sister-schools']);
    expect(indicatorsForTheme('luban', records, clauses, links)).toEqual([]);
  });

  it('leaves out an indicator whose only figure on the theme is not a level (the chart draws levels)', () => {
    const increase = [record({ id: 'd', indicator: 'sister-schools', measure: 'increase', document: 'yz', region: 'yuzhong', year: 2021, clause: 'p2-q1', quote: '缔结海外友好学校60个' })];
    expect(indicatorsForTheme('sister', increase, clauses, links)).toEqual([]);
  });
});

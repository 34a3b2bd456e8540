import { describe, expect, it } from 'vitest';
import { roleCounts, splitByRole } from './theme-roles.ts';

const link = (theme: string, role: 'about' | 'mention') => ({ theme, spans: [[0, 2]] as [number, number][], role });

describe('clauses about a theme and clauses that mention it', () => {
  const clauses = { q1: { themes: [link('arts', 'mention'), link('bay', 'about')] }, q2: { themes: [link('arts', 'about')] }, q3: { themes: [link('arts', 'mention')] } };

  it('splits a document’s clauses by the role of this theme’s link, keeping document order', () => {
    expect(splitByRole(['q1', 'q2', 'q3'], clauses, 'arts')).toEqual({ about: ['q2'], mention: ['q1', 'q3'] });
    expect(splitByRole(['q1'], clauses, 'bay')).toEqual({ about: ['q1'], mention: [] });
  });

  it('counts both, or the one there is', () => {
    expect(roleCounts({ about: ['a', 'b'], mention: ['c'] })).toBe('2 条论及，1 条提及');
    expect(roleCounts({ about: [], mention: ['c'] })).toBe('1 条提及');
    expect(roleCounts({ about: ['a', 'b'], mention: ['c'] }, 'en')).toBe('2 about the theme, 1 mentioning it');
    expect(roleCounts({ about: ['a'], mention: [] })).toBe('1 条论及');
  });
});

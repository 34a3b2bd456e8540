import { describe, expect, it } from 'vitest';
import type { Clause } from '../schemas/clause.ts';
import { firstOf, nameIndex } from './name-index.ts';

const clause = (id: string, text: string): Clause => ({ id, label: `第${id}段`, kind: 'paragraph', parent: null, number: '', heading: '', text, line: 1 });

describe('nameIndex', () => {
  const index = nameIndex([
    { id: 'x', clauses: [clause('q1', '依据《某省教育规划纲要》，实施“丝路学堂”。'), clause('q2', '再提“丝路学堂”。')] },
    { id: 'y', clauses: [clause('q1', '落实《某省教育规划纲要》。')] },
  ]);
  it('lists each name once with every plan and clause naming it, most plans first', () => {
    expect(index.map((e) => [e.kind, e.name, e.plans.size])).toEqual([
      ['document', '某省教育规划纲要', 2],
      ['programme', '丝路学堂', 1],
    ]);
    expect(index[1]!.plans.get('x')!.map((c) => c.id)).toEqual(['q1', 'q2']);
  });
});

describe('firstOf', () => {
  it('keeps the first items in order and counts the rest', () => {
    expect(firstOf(['a', 'b', 'c'], 2)).toEqual({ shown: ['a', 'b'], more: 1 });
    expect(firstOf(['a', 'b'], 2)).toEqual({ shown: ['a', 'b'], more: 0 });
    expect(firstOf([], 2)).toEqual({ shown: [], more: 0 });
  });
});

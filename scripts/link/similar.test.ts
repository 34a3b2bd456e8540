import { describe, expect, it } from 'vitest';
import { bigrams, findSimilar } from './similar.ts';

describe('similar clauses', () => {
  it('counts bigrams inside runs of word characters only', () => {
    expect([...bigrams('友好学校，友好')]).toEqual([['友好', 2], ['好学', 1], ['学校', 1]]);
  });

  it('links near-identical clauses across documents, never within one, and not unrelated ones', () => {
    const inputs = [
      { document: 'a', clause: 'q1', text: '鼓励有条件的学校聘请外籍教师，扩大聘请外国专家和外籍教师的规模。' },
      { document: 'a', clause: 'q2', text: '鼓励有条件的学校聘请外籍教师，扩大聘请外国专家的规模。' },
      { document: 'b', clause: 'q1', text: '支持有条件的中小学聘请外籍教师，扩大聘请外国专家和外籍教师规模。' },
      { document: 'c', clause: 'q1', text: '健全教育财政投入机制，确保一般公共预算教育支出逐年只增不减。' },
      ...Array.from({ length: 40 }, (_, i) => ({ document: `filler${i}`, clause: 'q1', text: `第${i}号填充条款讨论完全不同的主题内容，比如城市交通与道路养护工作安排${i}。` })),
    ];
    const found = findSimilar(inputs);
    expect(found.get(0)?.map((m) => m.document + '#' + m.clause)).toEqual(['b#q1']);
    expect(found.get(0)?.[0]?.score).toBeGreaterThan(0.5);
    expect(found.has(3)).toBe(false);
  });
});

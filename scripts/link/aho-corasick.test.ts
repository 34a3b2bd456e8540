import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick.ts';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${at}:${at + p.length}:${i}`);
  });
  return out.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested terms', () => {
    const ac = new AhoCorasick([
      ['鲁班工坊', 'luban'],
      ['鲁班奖', 'decoy'],
      ['工坊', 'workshop'],
    ]);
    const found = ac.findAll('建设鲁班工坊，获鲁班奖').map((m) => `${m.value}@${m.start}-${m.end}`);
    expect(found).toEqual(['luban@2-6', 'workshop@4-6', 'decoy@8-11']);
  });

  it('agrees with a naive search on arbitrary patterns and text', () => {
    const alphabet = fc.constantFrom('引', '智', '能', '友', '好', '校', 'a', 'b');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (patterns, text) => {
        const ac = new AhoCorasick(patterns.map((p, i) => [p, i] as const));
        const got = ac.findAll(text).map((m) => `${m.start}:${m.end}:${m.value}`).sort();
        expect(got).toEqual(naive(patterns, text));
      }),
      { numRuns: 300 },
    );
  });
});

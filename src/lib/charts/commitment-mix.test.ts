import { describe, expect, it } from 'vitest';
import { summariseCommitments } from '../commitment-names.ts';
import type { ClauseCommitment } from '../../schemas/commitment.ts';
import { layoutCommitmentMix, summariseCommitmentMix } from './commitment-mix.ts';
import { renderCommitmentMix } from './commitment-mix-svg.ts';

const none = { supply: [], environment: [], demand: [] };
const coded = (strength: ClauseCommitment['strength'], instrument: ClauseCommitment['instrument'], hedged = false): ClauseCommitment => ({
  strength,
  strengthWords: [],
  hedges: hedged ? [{ word: '鼓励', start: 0, end: 2 }] : [],
  noneReason: strength === 'none' ? 'a heading' : null,
  instrument,
  goal: false,
  instrumentWords: none,
});
const summary = summariseCommitments({
  a: coded('binding', 'environment'),
  b: coded('directive', 'supply', true),
  c: coded('directive', 'supply'),
  d: coded('directive', 'demand'),
  e: coded('encouraging', null),
  f: coded('none', null),
});

describe('the commitment chart of a plan', () => {
  it('draws a bar a strength, split by instrument, widths in proportion to clauses', () => {
    const g = layoutCommitmentMix(summary, 460);
    const directive = g.bars.find((b) => b.strength === 'directive')!;
    expect(directive.segments.map((s) => [s.key, s.count])).toEqual([['supply', 2], ['demand', 1]]);
    expect(directive.segments[0]!.width).toBeCloseTo(2 * g.bars.find((b) => b.strength === 'binding')!.segments[0]!.width);
    expect(g.bars.find((b) => b.strength === 'aspirational')!.segments).toEqual([]);
  });

  it('says in words what it shows', () => {
    expect(summariseCommitmentMix(summary)).toBe('5 条承诺性条款：约束 1 条，指令 3 条，鼓励 1 条，争取 0 条；其中 1 条兼用鼓励、争取一类较软的措辞。按主要政策工具：供给型 2 条，环境型 1 条，需求型 1 条。另有 1 条不作承诺（标题、说明、报道或回顾）。');
  });

  it('renders the same markup for the same data', () => {
    expect(renderCommitmentMix(layoutCommitmentMix(summary, 460), { id: 'c', title: '承诺', desc: 'd' })).toMatchSnapshot();
  });
});

describe('the commitment chart of a plan with no commitments', () => {
  it('says so, and how many clauses it has that commit to nothing', () => {
    const onlyNone = summariseCommitments({ a: coded('none', null), b: coded('none', null) });
    expect(summariseCommitmentMix(onlyNone)).toBe('没有承诺性条款（2 条均为标题、说明、报道或回顾）。');
  });
});

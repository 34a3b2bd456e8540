import { describe, expect, it } from 'vitest';
import { clauseOf, planWithBackground, reportOf } from './fixture-docs.test-data.ts';
import type { Gap } from './gaps.ts';
import { targetReviewItems } from './review-items.ts';

const sentence = '到2025年，建成智慧校园45所。';
const gap = (clause: string, printed: string, text = sentence, document = 'plan'): Gap => ({ document, clause, start: 13, end: 16, printed, cue: '建成', sentence: text });

describe('review items of the targets stage', () => {
  const plan = { ...planWithBackground([], []), clauses: [{ ...clauseOf('p2-q1', sentence), label: '二·第1段', line: 7 }] };
  const report = reportOf([clauseOf('l1', '新建学校2所。')]);

  it('word each gap for an editor: the figure, its cue and clause, at the clause’s line of the source', () => {
    const items = targetReviewItems([plan, report], [gap('p2-q1', '45所')]);
    expect(items.get('plan')).toEqual([
      {
        key: 'target-not-read:p2-q1:45所@到2025年，建成智慧校园45所。',
        stage: 'targets',
        kind: 'target-not-read',
        clause: 'p2-q1',
        label: '二·第1段',
        text: sentence,
        decision: '“45所” stands near “建成” in p2-q1 (二·第1段) but no target record reads it',
        file: 'sources/plan/text.txt',
        line: 7,
      },
    ]);
  });

  it('list every document, one with no gaps with no items, so items that no longer arise are dropped', () => {
    const items = targetReviewItems([plan, report], [gap('p2-q1', '45所')]);
    expect([...items.keys()]).toEqual(['plan', 'report']);
    expect(items.get('report')).toEqual([]);
  });

  it('keep a figure printed twice in one sentence as two items, and one in two sentences apart', () => {
    const twice = targetReviewItems([plan], [gap('p2-q1', '45所'), gap('p2-q1', '45所'), gap('p2-q1', '45所', '另建45所。')]).get('plan')!;
    expect(twice.map((i) => i.key)).toEqual([
      'target-not-read:p2-q1:45所@到2025年，建成智慧校园45所。',
      'target-not-read:p2-q1:45所@到2025年，建成智慧校园45所。#2',
      'target-not-read:p2-q1:45所@另建45所。',
    ]);
  });

  it('name a clause the document no longer has by its id, at the first line', () => {
    const [item] = targetReviewItems([plan], [gap('p9-q9', '45所')]).get('plan')!;
    expect(item).toMatchObject({ label: 'p9-q9', line: 1, decision: '“45所” stands near “建成” in p9-q9 (?) but no target record reads it' });
  });
});

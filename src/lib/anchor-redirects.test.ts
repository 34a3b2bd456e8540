import { describe, expect, it } from 'vitest';
import { aliasesOf, currentIds, currentRef, redirectsOf, resolveAnchor } from './anchor-redirects.ts';

const redirects = redirectsOf(
  [
    { document: 'plan', from: 'p1-s1-i2', to: 'p1-s1-i3', reason: 'item removed' },
    { document: 'plan', from: 'p1-q1', to: 'p1-s1-i3', reason: 'merged' },
    { document: 'other', from: 'p9', to: 'p1', reason: 'elsewhere' },
  ],
  'plan',
);
const exists = (id: string) => ['p1', 'p1-s1', 'p1-s1-i3'].includes(id);

describe('anchor redirects', () => {
  it('leads an old anchor to its new clause and says it moved', () => {
    expect(resolveAnchor('p1-s1-i2', exists, redirects)).toEqual({ id: 'p1-s1-i3', movedFrom: 'p1-s1-i2' });
  });

  it('keeps a live anchor where it is, and finds nothing for an unknown one', () => {
    expect(resolveAnchor('p1-s1', exists, redirects)).toEqual({ id: 'p1-s1' });
    expect(resolveAnchor('p9', exists, redirects)).toBeUndefined();
    expect(resolveAnchor('constructor', exists, redirects)).toBeUndefined();
  });

  it('never lets a redirect hide a live clause, nor lead to a clause that is gone', () => {
    const shadowing = redirectsOf([{ document: 'plan', from: 'p1', to: 'p1-s1', reason: 'wrong' }, { document: 'plan', from: 'p2', to: 'p3', reason: 'gone too' }], 'plan');
    expect(resolveAnchor('p1', exists, shadowing)).toEqual({ id: 'p1' });
    expect(resolveAnchor('p2', exists, shadowing)).toBeUndefined();
  });

  it('gives the plan page each clause with the old anchors it holds', () => {
    expect(aliasesOf(redirects)).toEqual(new Map([['p1-s1-i3', ['p1-s1-i2', 'p1-q1']]]));
  });
});

describe('judgements made under a released anchor', () => {
  const moved = [{ document: 'plan', from: 'p2-s4-q3', to: 'end1', reason: 'closes the document' }];
  it('follow their clause to where it lives now, and leave every other reference alone', () => {
    expect(currentRef('plan#p2-s4-q3', moved)).toBe('plan#end1');
    expect(currentRef('other#p2-s4-q3', moved)).toBe('other#p2-s4-q3');
    expect(currentIds('plan', ['p1', 'p2-s4-q3'], moved)).toEqual(['p1', 'end1']);
  });
});

import { describe, expect, it } from 'vitest';
import { lostAnchors } from './anchors.ts';

const release = { plan: ['p1', 'p1-s1', 'p1-s2'] };

describe('anchor stability', () => {
  it('passes when every released anchor still exists', () => {
    expect(lostAnchors(release, { plan: ['p1', 'p1-s1', 'p1-s2', 'p2'] }, [])).toEqual([]);
  });

  it('fails when an anchor disappears without a redirect', () => {
    expect(lostAnchors(release, { plan: ['p1', 'p1-s1'] }, [])).toEqual([
      'plan#p1-s2: anchor of the last release is gone; record a redirect in content/anchors/redirects.json',
    ]);
  });

  it('accepts a recorded redirect to an anchor that exists, and rejects one that points nowhere', () => {
    const moved = { plan: ['p1', 'p1-s1', 'p2-s1'] };
    expect(lostAnchors(release, moved, [{ document: 'plan', from: 'p1-s2', to: 'p2-s1', reason: 'renumbered' }])).toEqual([]);
    expect(lostAnchors(release, moved, [{ document: 'plan', from: 'p1-s2', to: 'p9', reason: 'typo' }])).toEqual([
      'plan#p1-s2: redirect target #p9 does not exist',
    ]);
  });

  it('fails when a whole document disappears', () => {
    expect(lostAnchors(release, {}, [])).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.ts';

describe('highlight', () => {
  it('marks spans and keeps every character', () => {
    const pieces = highlight('缔结海外友好学校60个', [[4, 8]]);
    expect(pieces).toEqual([
      { text: '缔结海外', mark: false },
      { text: '友好学校', mark: true },
      { text: '60个', mark: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('缔结海外友好学校60个');
  });

  it('merges overlapping spans', () => {
    expect(highlight('海外引智计划', [[2, 4], [0, 3]]).filter((p) => p.mark).map((p) => p.text)).toEqual(['海外引智']);
  });
});

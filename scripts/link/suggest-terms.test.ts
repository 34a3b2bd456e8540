import { describe, expect, it } from 'vitest';
import type { Theme } from '../../src/schemas/theme.ts';
import { suggestTerms } from './suggest-terms.ts';

const theme: Theme = { id: 'luban', name: '鲁班工坊', nameEn: 'Luban', group: 'opening', description: 'd', descriptionEn: 'd', terms: ['鲁班工坊'], exclude: [], related: [], broader: [] };

describe('themes:suggest', () => {
  it('proposes strings shared by two regions that no theme covers, maximal only', () => {
    const found = suggestTerms(
      [
        { document: 'a', region: 'cq', texts: ['推进研学旅行基地建设，建设鲁班工坊。'] },
        { document: 'b', region: 'gz', texts: ['打造研学旅行基地，支持鲁班工坊。'] },
        { document: 'c', region: 'cq', texts: ['只在一个地区出现的独特说法。'] },
      ],
      [theme],
    );
    const terms = found.map((f) => f.term);
    expect(terms).toContain('研学旅行基地');
    expect(terms).not.toContain('研学旅行'); // inside a longer candidate with the same count
    expect(terms.some((t) => t.includes('鲁班') || '鲁班工坊'.includes(t))).toBe(false);
    expect(terms).not.toContain('独特说法');
    expect(found.find((f) => f.term === '研学旅行基地')?.regions).toEqual(['cq', 'gz']);
  });
});

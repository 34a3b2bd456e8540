import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';

describe('stem', () => {
  it('gives the stems of Porter’s paper', () => {
    const cases: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', cats: 'cat', agreed: 'agre', plastered: 'plaster', motoring: 'motor', sing: 'sing',
      conflated: 'conflat', hopping: 'hop', falling: 'fall', filing: 'file', happy: 'happi', relational: 'relat', conditional: 'condit',
      rational: 'ration', hopefulness: 'hope', revival: 'reviv', allowance: 'allow', adjustment: 'adjust', adoption: 'adopt', generate: 'gener',
    };
    expect(Object.fromEntries(Object.keys(cases).map((w) => [w, stem(w)]))).toEqual(cases);
  });

  it('joins the forms a plan’s English uses for one measure', () => {
    expect(stem('cooperation')).toBe(stem('cooperative'));
    expect(stem('teachers')).toBe(stem('teacher'));
    expect(stem('recruiting')).toBe(stem('recruitment'));
    expect(stem('organisation')).toBe(stem('organization'));
    expect(stem('internationalise')).toBe(stem('internationalize'));
  });

  it('leaves short words, capitals and non-letters alone', () => {
    expect(['of', 'AI', '5G', '鲁班'].map(stem)).toEqual(['of', 'AI', '5G', '鲁班']);
  });
});

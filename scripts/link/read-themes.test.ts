import { describe, expect, it } from 'vitest';
import { readThemes } from './read-themes.ts';

const file = (id: string, extra: Record<string, unknown> = {}) => ({
  path: `content/themes/${id}.json`,
  text: JSON.stringify({ id, name: id, nameEn: id, group: 'opening', description: 'd', descriptionEn: 'd', terms: [id], ...extra }, null, 2),
});

describe('reading theme files', () => {
  it('reads related and broader themes that exist, sorted by id', () => {
    const themes = readThemes([file('workshop', { broader: ['offshore'], related: ['offshore'] }), file('offshore')]);
    expect(themes.map((t) => [t.id, t.broader])).toEqual([
      ['offshore', []],
      ['workshop', ['offshore']],
    ]);
  });

  it('names the file and line of an unknown related or broader theme', () => {
    expect(() => readThemes([file('workshop', { related: ['nowhere'] })])).toThrow(/content\/themes\/workshop\.json:\d+: unknown theme "nowhere" in related/);
    expect(() => readThemes([file('workshop', { broader: ['nowhere'] })])).toThrow(/content\/themes\/workshop\.json:\d+: unknown theme "nowhere" in broader/);
  });

  it('rejects a theme broader than itself and a chain of broader themes', () => {
    expect(() => readThemes([file('workshop', { broader: ['workshop'] })])).toThrow(/broader theme "workshop" is the theme itself/);
    expect(() => readThemes([file('a', { broader: ['b'] }), file('b', { broader: ['c'] }), file('c')])).toThrow(/content\/themes\/a\.json:\d+: broader theme "b" has a broader theme of its own/);
  });
});

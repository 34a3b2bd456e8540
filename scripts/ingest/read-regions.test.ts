import { describe, expect, it } from 'vitest';
import { readRegions } from './read-meta.ts';

/** A regions.json as an editor writes it: one region a line. */
const file = (...rows: [string, string | null][]) =>
  '[\n' + rows.map(([id, parent]) => `  ${JSON.stringify({ id, name: id, nameEn: id, level: parent ? 'district' : 'province', parent })}`).join(',\n') + '\n]\n';

const fails = (text: string) => {
  try {
    readRegions(text, 'sources/regions.json');
  } catch (e) {
    return (e as Error).message;
  }
  return 'read without error';
};

describe('readRegions', () => {
  it('reads a well-formed list', () => {
    expect(readRegions(file(['sichuan', null], ['chengdu', 'sichuan']), 'sources/regions.json').map((r) => r.id)).toEqual(['sichuan', 'chengdu']);
  });

  it('refuses a region listed twice, naming the file, the line of the second entry and both entries', () => {
    const message = fails(file(['sichuan', null], ['chengdu', 'sichuan'], ['sichuan', null]));
    expect(message).toContain('sources/regions.json');
    expect(message).toMatch(/:4\b/);
    expect(message).toContain('"sichuan" is listed twice (entries 1 and 3)');
  });

  it('refuses a parent that is not listed', () => {
    expect(fails(file(['chengdu', 'sichuan']))).toContain('unknown parent region "sichuan"');
  });

  it('refuses regions that are their own ancestors, naming the loop', () => {
    expect(fails(file(['a', 'b'], ['b', 'c'], ['c', 'a']))).toContain('regions form a loop: a ⊂ b ⊂ c ⊂ a');
    expect(fails(file(['self', 'self']))).toContain('regions form a loop: self ⊂ self');
  });

  it('does not call a chain that reaches the top a loop', () => {
    expect(readRegions(file(['a', null], ['b', 'a'], ['c', 'b'], ['d', 'c']), 'sources/regions.json')).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import { regionChain, type Region } from './regions.ts';

const region = (id: string, parent: string | null): Region => ({ id, name: id, nameEn: id, level: parent ? 'district' : 'municipality', parent });

describe('regionChain', () => {
  it('goes from a region up to the top', () => {
    const regions = [region('chongqing', null), region('yuzhong', 'chongqing')];
    expect(regionChain(regions, 'yuzhong').map((r) => r.id)).toEqual(['yuzhong', 'chongqing']);
    expect(regionChain(regions, 'nowhere')).toEqual([]);
  });

  it('finds a region added to a list it was asked about before', () => {
    const regions = [region('chongqing', null)];
    expect(regionChain(regions, 'yuzhong')).toEqual([]);
    regions.push(region('yuzhong', 'chongqing'));
    expect(regionChain(regions, 'yuzhong').map((r) => r.id)).toEqual(['yuzhong', 'chongqing']);
  });

  it('stops at a loop instead of running forever', () => {
    const regions = [region('a', 'b'), region('b', 'a')];
    expect(regionChain(regions, 'a').map((r) => r.id)).toEqual(['a', 'b']);
  });
});

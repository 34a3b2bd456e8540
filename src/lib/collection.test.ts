import { describe, expect, it } from 'vitest';
import { pinsFromParams, pinsToParams, togglePin } from './collection.ts';

describe('collections in the URL', () => {
  it('round-trip, in order, without duplicates or malformed pins', () => {
    const pins = [{ plan: 'guangzhou-opening-2021-2025', clause: 'p4-s2-i9' }, { plan: 'yuzhong-international-2019', clause: 'p3-s5' }];
    const params = pinsToParams(pins);
    params.append('c', 'yuzhong-international-2019:p3-s5');
    params.append('c', '<script>:x');
    expect(pinsFromParams(new URLSearchParams(params.toString()))).toEqual(pins);
  });

  it('toggles a pin', () => {
    const one = togglePin([], { plan: 'a', clause: 'q1' });
    expect(one).toEqual([{ plan: 'a', clause: 'q1' }]);
    expect(togglePin(one, { plan: 'a', clause: 'q1' })).toEqual([]);
  });
});

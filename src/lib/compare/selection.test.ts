import { describe, expect, it } from 'vitest';
import { MAX_PLANS, readSelection } from './selection.ts';

const known = new Set(['a', 'b', 'c', 'd', 'e']);
const read = (q: string) => readSelection(new URLSearchParams(q), known);

describe('readSelection', () => {
  it('reads comma lists and the form’s repeated fields alike', () => {
    expect(read('plans=a,b').plans).toEqual(['a', 'b']);
    expect(read('plans=a&plans=c').plans).toEqual(['a', 'c']);
    expect(read('plans=a,b').messages).toEqual([]);
  });
  it('names unknown ids and keeps the valid part', () => {
    const s = read('plans=a,nope,b');
    expect(s.plans).toEqual(['a', 'b']);
    expect(s.messages.join('')).toContain('nope');
  });
  it('counts a repeated plan once and says so', () => {
    const s = read('plans=a,a,b');
    expect(s.plans).toEqual(['a', 'b']);
    expect(s.messages.join('')).toContain('重复');
  });
  it(`keeps at most ${MAX_PLANS} plans and says so`, () => {
    const s = read('plans=a,b,c,d,e');
    expect(s.plans).toHaveLength(MAX_PLANS);
    expect(s.messages.join('')).toContain(String(MAX_PLANS));
  });
  it('asks for another plan when fewer than two remain', () => {
    expect(read('plans=a').messages.join('')).toContain('再选一份');
    expect(read('plans=x,y').messages.join('')).toContain('二至四份');
  });
  it('bounds what it repeats back from a hostile address', () => {
    const s = read(`plans=${Array.from({ length: 800 }, (_, i) => `fake${i}`).join(',')}`);
    expect(s.plans).toEqual([]);
    expect(s.messages.join('').length).toBeLessThan(200);
    expect(s.messages.join('')).toContain('800');
  });
  it('isolates an id it repeats back, so a right-to-left override cannot reorder the message', () => {
    expect(read('plans=a,b,\u202eevil').messages[0]).toContain('\u2068\u202eevil\u2069');
  });
});

import { describe, expect, it } from 'vitest';
import { collectClauses, MAX_COLLECTION_PLANS, MAX_NOTE, MAX_PINS, mergePins, movePin, pinsFromParams, pinsFromStored, pinsToParams, removePin, sameCollection, setNote, togglePin } from './collection.ts';

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

describe('pins as stored', () => {
  it('survive whatever storage holds: null, an object, a string, broken JSON, foreign entries', () => {
    for (const raw of [null, 'null', '{}', '"abc"', '[', '42', '[null, 1, "x", {"plan": 1}]']) expect(pinsFromStored(raw)).toEqual([]);
    expect(pinsFromStored('[{"plan":"a-plan","clause":"p1"},{"plan":"<b>","clause":"p1"},{"plan":"a-plan","clause":"p1"}]')).toEqual([{ plan: 'a-plan', clause: 'p1' }]);
  });
  it('stop at MAX_PINS, from storage, from an address and when pinning', () => {
    const many = Array.from({ length: MAX_PINS + 50 }, (_, i) => ({ plan: 'p', clause: `c${i}` }));
    expect(pinsFromStored(JSON.stringify(many))).toHaveLength(MAX_PINS);
    expect(pinsFromParams(pinsToParams(many))).toHaveLength(MAX_PINS);
    const full = many.slice(0, MAX_PINS);
    expect(togglePin(full, { plan: 'p', clause: 'new' })).toHaveLength(MAX_PINS);
    expect(togglePin(full, { plan: 'p', clause: 'c0' })).toHaveLength(MAX_PINS - 1);
  });
});

describe('collections naming many plans', () => {
  it('keep pins of at most MAX_COLLECTION_PLANS plans, so an address cannot make hundreds of fetches', () => {
    const pins = Array.from({ length: 800 }, (_, i) => ({ plan: `fake-${i}`, clause: 'p1' }));
    const kept = pinsFromParams(pinsToParams(pins));
    expect(new Set(kept.map((p) => p.plan)).size).toBe(MAX_COLLECTION_PLANS);
    expect(pinsFromParams(pinsToParams([...pins.slice(0, MAX_COLLECTION_PLANS), { plan: 'fake-0', clause: 'p2' }]))).toHaveLength(MAX_COLLECTION_PLANS + 1);
  });
});

describe('collected clauses', () => {
  const plan = { clauses: [{ id: 'p1-s1-i1', text: '1.甲' }, { id: 'p1-s1-i3', text: '3.丙' }], redirects: { 'p1-s1-i2': 'p1-s1-i3' } };
  const plans = new Map([['hostile', plan]]);

  it('leads a pin on a redirected anchor to the clause now there, saying it moved', () => {
    expect(collectClauses([{ plan: 'hostile', clause: 'p1-s1-i2' }], plans).items).toEqual([
      { pin: { plan: 'hostile', clause: 'p1-s1-i2' }, plan, clause: { id: 'p1-s1-i3', text: '3.丙' }, movedFrom: 'p1-s1-i2' },
    ]);
  });

  it('shows a clause pinned under its old and new anchor once, and leaves out what does not exist', () => {
    const pins = [
      { plan: 'hostile', clause: 'p1-s1-i3' },
      { plan: 'hostile', clause: 'p1-s1-i2' },
      { plan: 'hostile', clause: 'p9' },
      { plan: 'gone', clause: 'p1' },
    ];
    const { items, missing } = collectClauses(pins, plans);
    expect(items.map((i) => [i.clause.id, i.movedFrom])).toEqual([['p1-s1-i3', undefined]]);
    expect(missing).toEqual(pins.slice(2));
  });
});

describe('arranging a collection', () => {
  const a = { plan: 'a', clause: 'p1' };
  const b = { plan: 'b', clause: 'p2' };
  const c = { plan: 'a', clause: 'p3' };

  it('removes one pin, moves pins up and down, and keeps them at the ends', () => {
    expect(removePin([a, b, c], b)).toEqual([a, c]);
    expect(movePin([a, b, c], c, -1)).toEqual([a, c, b]);
    expect(movePin([a, b, c], a, 1)).toEqual([b, a, c]);
    expect(movePin([a, b, c], a, -1)).toEqual([a, b, c]);
    expect(movePin([a, b, c], c, 1)).toEqual([a, b, c]);
  });

  it('keeps notes through the address, any characters included, cut at MAX_NOTE', () => {
    const noted = setNote([a, b], b, '  与广州比较 | 50% & c=x  ');
    expect(noted[1]).toEqual({ ...b, note: '与广州比较 | 50% & c=x' });
    expect(pinsFromParams(new URLSearchParams(pinsToParams(noted).toString()))).toEqual(noted);
    expect(pinsFromStored(JSON.stringify(noted))).toEqual(noted);
    expect(setNote(noted, b, '')[1]).toEqual(b);
    expect([...setNote([a], a, '字'.repeat(MAX_NOTE + 9))[0]!.note!]).toHaveLength(MAX_NOTE);
  });

  it('a pin noted twice in an address counts once', () => {
    expect(pinsFromParams(new URLSearchParams('c=a:p1|one&c=a:p1|two'))).toEqual([{ ...a, note: 'one' }]);
  });

  it("adds a shared collection to the reader's own without dropping or reordering any of theirs", () => {
    expect(mergePins([c, a], [b, a])).toEqual([c, a, b]);
    expect(sameCollection([a, b], [a, b])).toBe(true);
    expect(sameCollection([a, b], [b, a])).toBe(false);
    expect(sameCollection([a], [{ ...a, note: 'x' }])).toBe(false);
  });
});

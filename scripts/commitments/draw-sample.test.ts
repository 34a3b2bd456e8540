import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/clause.ts';
import { drawSample, judgedBefore, type SampleDocument } from './draw-sample.ts';

const doc = (id: string, kinds: Record<string, number>): SampleDocument => ({
  id,
  clauses: Object.entries(kinds).flatMap(([kind, n]) =>
    Array.from({ length: n }, (_, i): Clause => ({ id: `${kind}-q${i + 1}`, label: '', kind: kind as Clause['kind'], parent: null, number: '', heading: '', text: `${kind} ${i + 1}`, line: i + 1 })),
  ),
});
const docs = [doc('city', { paragraph: 30, item: 60, masthead: 2 }), doc('town', { paragraph: 10 })];
const countBy = (refs: readonly string[], part: (ref: string) => string) => refs.reduce<Record<string, number>>((m, r) => ({ ...m, [part(r)]: (m[part(r)] ?? 0) + 1 }), {});

describe('drawing a judging sample', () => {
  it('the same clauses, judged set and seed draw the same clauses; another seed draws others', () => {
    const a = drawSample(docs, new Set(), 20, 7);
    expect(drawSample(docs, new Set(), 20, 7)).toEqual(a);
    expect(drawSample(docs, new Set(), 20, 8)).not.toEqual(a);
  });

  it('each document and clause kind gets its share in proportion, page chrome none, and the draw reads in document order', () => {
    const refs = drawSample(docs, new Set(), 20, 1);
    expect(refs).toHaveLength(20);
    expect(countBy(refs, (r) => r.replace(/-q\d+$/, ''))).toEqual({ 'city#paragraph': 6, 'city#item': 12, 'town#paragraph': 2 });
    const order = docs.flatMap((d) => d.clauses.map((c) => `${d.id}#${c.id}`));
    expect([...refs].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(refs);
  });

  it('clauses already judged are never drawn, and shares follow what is left', () => {
    const judged = new Set(Array.from({ length: 60 }, (_, i) => `city#item-q${i + 1}`));
    const refs = drawSample(docs, judged, 8, 1);
    expect(refs.filter((r) => judged.has(r))).toEqual([]);
    expect(countBy(refs, (r) => r.replace(/-q\d+$/, ''))).toEqual({ 'city#paragraph': 6, 'town#paragraph': 2 });
  });

  it('documents left out take no share, the others share the whole draw, and a left-out id that names no document is refused', () => {
    const refs = drawSample(docs, new Set(), 10, 1, ['city']);
    expect(refs).toHaveLength(10);
    expect(refs.every((r) => r.startsWith('town#'))).toBe(true);
    expect(drawSample(docs, new Set(), 20, 1, [])).toEqual(drawSample(docs, new Set(), 20, 1));
    expect(() => drawSample(docs, new Set(), 10, 1, ['cty'])).toThrow(/cty/);
  });

  it('a sample is drawn beside the clauses judged before it only, so adding a later sample does not change its draw', () => {
    const judged = [{ ref: 'a' }, { ref: 'b', sample: 'second' }, { ref: 'c', sample: 'third' }, { ref: 'd', sample: 'fourth' }];
    expect([...judgedBefore(judged, 'third')]).toEqual(['a', 'b']);
    expect([...judgedBefore(judged, 'first')]).toEqual([]);
    expect([...judgedBefore(judged, 'a new one')]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a draw larger than what is left takes all of it', () => {
    expect(drawSample([doc('town', { paragraph: 3 })], new Set(), 10, 1)).toEqual(['town#paragraph-q1', 'town#paragraph-q2', 'town#paragraph-q3']);
  });
});

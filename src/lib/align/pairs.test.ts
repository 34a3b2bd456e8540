import { describe, expect, it } from 'vitest';
import { alignClauses, defaultIndexOptions, findSorted, heaviest, kthLargest, type AlignInput, type IndexOptions } from './pairs.ts';
import { defaultAlignOptions, scoreOnly, type AlignOptions } from './score.ts';

const opts: AlignOptions = { words: 1, themes: 0.5, names: 0.4, indicators: 0.3, threshold: 0.3 };
const clause = (document: string, clause: string, words: [string, number][], themes: [string, number][] = []): AlignInput => ({
  document,
  clause,
  evidence: { words: new Map(words), themes: new Map(themes), names: new Map(), indicators: new Set() },
});

describe('alignClauses', () => {
  const inputs = [
    clause('a', 'q1', [['学前教育', 2], ['普惠', 1]]),
    clause('a', 'q2', [['学前教育', 2], ['普惠', 1]]),
    clause('b', 'q1', [['学前教育', 2], ['普惠', 1.2]]),
    clause('b', 'q2', [['高校', 2], ['科研', 1]]),
    clause('c', 'q1', [['科研', 1], ['高校', 1]]),
    clause('c', 'q2', [['完全', 1], ['无关', 1]]),
  ];
  const pairs = alignClauses(inputs, opts);
  const named = pairs.map((p) => `${inputs[p.a]!.document}#${inputs[p.a]!.clause}~${inputs[p.b]!.document}#${inputs[p.b]!.clause}`);
  it('pairs clauses on the same subject across documents, never within one', () => {
    expect(named).toEqual(expect.arrayContaining(['a#q1~b#q1', 'a#q2~b#q1', 'b#q2~c#q1']));
    for (const p of pairs) expect(inputs[p.a]!.document).not.toBe(inputs[p.b]!.document);
  });
  it('keeps no pair below the threshold and lists each pair once', () => {
    for (const p of pairs) expect(p.result.score).toBeGreaterThanOrEqual(opts.threshold);
    expect(new Set(named).size).toBe(named.length);
    expect(named.some((n) => n.includes('c#q2'))).toBe(false);
  });
  it('gives no clause more than `limit` aligned clauses, keeping its best, however many point to it', () => {
    const hub = clause('x', 'q1', [['双减', 1]]);
    const many = [hub, ...Array.from({ length: 9 }, (_, i) => clause(`y${i}`, 'q1', [['双减', 1], [`别${i}`, 0.05 * i]]))];
    const got = alignClauses(many, opts, { queryKeys: 8, postingLimit: 64, candidates: 30, perDocument: 2, limit: 3 });
    const ofHub = got.filter((p) => p.a === 0);
    expect(ofHub).toHaveLength(3);
    // The three best are the ones with the least extra weight elsewhere: y0, y1, y2.
    expect(ofHub.map((p) => many[p.b]!.document).sort()).toEqual(['y0', 'y1', 'y2']);
  });
  it('finds the best match even when a key is too common to be indexed for every clause', () => {
    const crowd = Array.from({ length: 50 }, (_, i) => clause(`d${i}`, 'q1', [['教育', 1], [`杂${i}`, 1]]));
    const target = clause('t', 'q1', [['教育', 1], ['鲁班工坊', 3]]);
    const match = clause('m', 'q1', [['教育', 1], ['鲁班工坊', 3]]);
    const got = alignClauses([...crowd, target, match], opts, { queryKeys: 4, postingLimit: 5, candidates: 5, perDocument: 2, limit: 4 });
    expect(got.some((p) => p.a === 50 && p.b === 51)).toBe(true);
  });
  it('by default, sets side by side clauses on one subject, not clauses that share only a common word or a broad theme', () => {
    const pair = (a: AlignInput, b: AlignInput) => alignClauses([a, b]).map((p) => p.result.score);
    const same = pair(clause('a', 'q1', [['鲁班工坊', 3], ['职业教育', 1]], [['luban', 1]]), clause('b', 'q1', [['鲁班工坊', 3], ['境外', 1]], [['luban', 1]]));
    expect(same).toHaveLength(1);
    expect(same[0]).toBeGreaterThanOrEqual(defaultAlignOptions.threshold);
    const loose = [clause('a', 'q1', [['教育', 1], ['鲁班工坊', 3]], [['opening', 0.2]]), clause('b', 'q1', [['教育', 1], ['学前', 3]], [['opening', 0.2]])];
    expect(pair(loose[0]!, loose[1]!)).toEqual([]);
  });
});

describe('alignClauses: which pairs stand', () => {
  const index = (over: Partial<IndexOptions> = {}): IndexOptions => ({ ...defaultIndexOptions, ...over });
  const names = (inputs: readonly AlignInput[], pairs: ReturnType<typeof alignClauses>) => pairs.map((p) => `${inputs[p.a]!.document}~${inputs[p.b]!.document}`);
  const only = (document: string, evidence: Partial<AlignInput['evidence']>): AlignInput => ({
    document,
    clause: 'q1',
    evidence: { words: new Map(), themes: new Map(), names: new Map(), indicators: new Set(), ...evidence },
  });

  it('finds clauses that share only a theme, only a name or only an indicator', () => {
    const inputs = [
      only('a', { themes: new Map([['luban', 0.8]]) }),
      only('b', { themes: new Map([['luban', 0.8]]) }),
      only('c', { names: new Map([['海外引智计划', 1]]) }),
      only('d', { names: new Map([['海外引智计划', 1]]) }),
      only('e', { indicators: new Set(['sister']) }),
      only('f', { indicators: new Set(['sister']) }),
    ];
    expect(names(inputs, alignClauses(inputs, opts))).toEqual(['a~b', 'c~d', 'e~f']);
  });

  it('keeps a pair scoring exactly the threshold', () => {
    const inputs = [only('a', { themes: new Map([['t', 0.6]]) }), only('b', { themes: new Map([['t', 0.6]]) })];
    expect(alignClauses(inputs, opts).map((p) => p.result.score)).toEqual([opts.threshold]);
  });

  it('looks a clause up by its rare theme, name or indicator before its many words', () => {
    const words = (prefix: string) => new Map(Array.from({ length: 6 }, (_, i) => [`${prefix}${i}`, 1] as [string, number]));
    for (const evidence of [{ themes: new Map([['luban', 0.5]]) }, { names: new Map([['鲁班工坊', 0.5]]) }, { indicators: new Set(['sister']) }]) {
      const inputs = [only('a', { words: words('词'), ...evidence }), only('b', { words: words('字'), ...evidence })];
      expect(names(inputs, alignClauses(inputs, { ...opts, threshold: 0.15 }, index({ queryKeys: 1 })))).toEqual(['a~b']);
    }
  });

  it('lets a clause keep only `perDocument` clauses of another document, its best', () => {
    const topic = (document: string, i: number) => only(document, { words: new Map([['共同', 1], [`专${i}`, 2]]) });
    const inputs = [0, 1, 2].flatMap((i) => [topic('a', i), topic('b', i)]);
    const got = alignClauses(inputs, { ...opts, threshold: 0.1 }, index({ perDocument: 1 }));
    expect(got.map((p) => [p.a, p.b])).toEqual([[0, 1], [2, 3], [4, 5]]);
  });

  it('pairs a clause only with clauses it or they count among their best `limit`, not as a consolation when its best is taken', () => {
    const x = only('x', { words: new Map([['A', 1], ['B', 1]]) });
    const y = only('y', { words: new Map([['A', 1]]) });
    const w = only('w', { words: new Map([['A', 1]]) });
    const z = only('z', { words: new Map([['A', 1], ['C', 1]]) });
    const inputs = [x, y, w, z];
    expect(names(inputs, alignClauses(inputs, opts, index({ limit: 1 })))).toEqual(['y~w']);
  });

  it('indexes a key shared by too many clauses under its heaviest only: two clauses sharing just it, lightly, are not compared', () => {
    const inputs = [1, 2, 3].map((w, i) => only(`d${i}`, { words: new Map([['教育', w]]) }));
    const got = alignClauses(inputs, opts, index({ postingLimit: 1 }));
    expect(names(inputs, got)).toEqual(['d0~d2', 'd1~d2']);
  });

  it('looks a clause up by its `queryKeys` heaviest keys, and scores its `candidates` best candidates exactly', () => {
    const low = { ...opts, threshold: 0.01 };
    const pair = [only('a', { words: new Map([['独有甲', 5], ['共', 1]]) }), only('b', { words: new Map([['共', 1], ['独有乙', 5]]) })];
    expect(alignClauses(pair, low, index({ queryKeys: 1 }))).toEqual([]);
    expect(alignClauses(pair, low, index({ queryKeys: 2 }))).toHaveLength(1);
    const hub = [only('x', { words: new Map([['共', 1]]) }), only('y', { words: new Map([['独有甲', 5], ['共', 1]]) }), only('z', { words: new Map([['独有乙', 5], ['共', 1]]) })];
    expect(names(hub, alignClauses(hub, low, index({ queryKeys: 1, candidates: 1 })))).toEqual(['x~y']);
    expect(names(hub, alignClauses(hub, low, index({ queryKeys: 1, candidates: 2 })))).toEqual(['x~y', 'x~z']);
  });

  it('looks a clause up by the theme, name or indicator itself, not by having one', () => {
    for (const [kind, mine, other] of [
      ['themes', new Map([['luban', 0.5]]), new Map([['party', 1]])],
      ['names', new Map([['鲁班工坊', 0.5]]), new Map([['双减', 1]])],
      ['indicators', new Set(['sister']), new Set(['students'])],
    ] as const) {
      const inputs = [only('c', { [kind]: other }), only('a', { [kind]: mine }), only('b', { [kind]: mine })];
      expect(names(inputs, alignClauses(inputs, { ...opts, threshold: 0.15 }, index({ queryKeys: 1, candidates: 1 }))), kind).toEqual(['a~b']);
    }
  });

  it('does not depend on the order a clause lists its keys: equal weights are looked up in key order', () => {
    const b = only('b', { words: new Map([['A', 1], ['独有', 5]]) });
    for (const order of [[['A', 1], ['B', 1]], [['B', 1], ['A', 1]]] as [string, number][][]) {
      const inputs = [only('a', { words: new Map(order) }), b];
      expect(alignClauses(inputs, { ...opts, threshold: 0.1 }, index({ queryKeys: 1 }))).toHaveLength(1);
    }
  });

  it('scores exactly the candidates that share the most weight with a clause, not the first found', () => {
    const inputs = [only('x', { words: new Map([['共', 1]]) }), only('y', { words: new Map([['独有甲', 5], ['共', 1]]) }), only('z', { words: new Map([['独有乙', 5], ['共', 2]]) })];
    expect(names(inputs, alignClauses(inputs, { ...opts, threshold: 0.1 }, index({ queryKeys: 1, candidates: 1 })))).toEqual(['x~z']);
  });

  it('by default gives a clause at most 12 aligned clauses, however many others point to it first or last', () => {
    const others = Array.from({ length: 14 }, (_, i) => clause(`y${i}`, 'q1', [['双减', 1], [`别${i}`, 0.05 * i]]));
    for (const inputs of [[clause('x', 'q1', [['双减', 1]]), ...others], [...others, clause('x', 'q1', [['双减', 1]])]]) {
      const hub = inputs.findIndex((c) => c.document === 'x');
      expect(alignClauses(inputs, opts).filter((p) => p.a === hub || p.b === hub)).toHaveLength(12);
    }
  });

  it('ranks candidates by the weight they share over all the keys looked up, not by one key', () => {
    // x shares two keys with q, lightly each; y one key, more heavily than either but less than both.
    // x and y each have a heavier match of their own (z, w), so only q's own choice can pair it.
    const inputs = [
      only('q', { words: new Map([['甲', 1], ['乙', 1]]) }),
      only('x', { words: new Map([['甲', 0.5], ['乙', 0.5], ['丁', 3]]) }),
      only('y', { words: new Map([['乙', 0.8], ['戊', 5]]) }),
      only('z', { words: new Map([['丁', 3]]) }),
      only('w', { words: new Map([['戊', 5]]) }),
    ];
    const got = names(inputs, alignClauses(inputs, { ...opts, threshold: 0.1 }, index({ candidates: 1 })));
    expect(got).toContain('q~x');
    expect(got).not.toContain('q~y');
  });

  it('pairs a clause with one whose own candidates left it out, scoring the pair afresh', () => {
    // p's one candidate is its twin r; s's is p (ties go to the lower index), which never scored s.
    const inputs = [only('a', { words: new Map([['甲', 1], ['乙', 1]]) }), only('b', { words: new Map([['甲', 1], ['乙', 1]]) }), only('c', { words: new Map([['甲', 1]]) })];
    const got = alignClauses(inputs, { ...opts, threshold: 0.5 }, index({ candidates: 1 }));
    expect(names(inputs, got)).toEqual(['a~b', 'a~c']);
    expect(got[1]!.result.score).toBeCloseTo(Math.SQRT1_2, 3);
  });

  it('agrees with scoring every pair of every clause when no index limit binds', () => {
    // A corpus drawn at random: six documents of twenty clauses over a small vocabulary, so
    // clauses share keys with many others and each is scored against most of the corpus.
    let x = 7;
    const draw = (m: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % m;
    };
    const inputs: AlignInput[] = [];
    for (let d = 0; d < 6; d++) {
      for (let c = 0; c < 20; c++) {
        const words = new Map(Array.from({ length: 2 + draw(5) }, () => [`词${draw(25)}`, 0.2 + draw(9) / 10] as [string, number]));
        const themes = new Map(draw(3) === 0 ? [[`主题${draw(4)}`, 0.3 + draw(7) / 10] as [string, number]] : []);
        inputs.push({ document: `d${d}`, clause: `q${c}`, evidence: { words, themes, names: new Map(), indicators: new Set() } });
      }
    }
    const o = { ...opts, threshold: 0.35 };
    const limits = index({ queryKeys: 100, postingLimit: 1000, candidates: 1000, perDocument: 2, limit: 5 });
    // The same selection, scoring every pair directly.
    const kept = inputs.map((a, i) => {
      const perDoc = new Map<string, number>();
      const out: number[] = [];
      const scored = inputs.flatMap((b, j) => (b.document === a.document ? [] : [{ j, score: scoreOnly(inputs[Math.min(i, j)]!.evidence, inputs[Math.max(i, j)]!.evidence, o) }]));
      for (const { j } of scored.filter((s) => s.score >= o.threshold).sort((p, q) => q.score - p.score || p.j - q.j)) {
        const d = inputs[j]!.document;
        if ((perDoc.get(d) ?? 0) >= limits.perDocument || out.length >= limits.limit) continue;
        perDoc.set(d, (perDoc.get(d) ?? 0) + 1);
        out.push(j);
      }
      return out;
    });
    const proposed = new Map<string, { a: number; b: number; score: number }>();
    kept.forEach((js, i) => js.forEach((j) => proposed.set(`${Math.min(i, j)}-${Math.max(i, j)}`, { a: Math.min(i, j), b: Math.max(i, j), score: scoreOnly(inputs[Math.min(i, j)]!.evidence, inputs[Math.max(i, j)]!.evidence, o) })));
    const degree = new Map<number, number>();
    const expected: string[] = [];
    for (const p of [...proposed.values()].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b)) {
      if ((degree.get(p.a) ?? 0) >= limits.limit || (degree.get(p.b) ?? 0) >= limits.limit) continue;
      degree.set(p.a, (degree.get(p.a) ?? 0) + 1);
      degree.set(p.b, (degree.get(p.b) ?? 0) + 1);
      expected.push(`${p.a}-${p.b}`);
    }
    const got = alignClauses(inputs, o, limits);
    expect(expected.length).toBeGreaterThan(100);
    expect(got.map((p) => `${p.a}-${p.b}`).sort()).toEqual(expected.sort());
  });

  it('lists pairs by their first clause, best first, ties by the second', () => {
    const inputs = [
      only('a', { words: new Map([['甲', 1], ['乙', 1]]) }),
      only('b', { words: new Map([['甲', 1]]) }),
      only('c', { words: new Map([['甲', 1], ['乙', 1]]) }),
      only('d', { words: new Map([['甲', 1]]) }),
    ];
    const got = alignClauses(inputs, opts);
    expect(got.map((p) => [p.a, p.b])).toEqual([[0, 2], [0, 1], [0, 3], [1, 3], [1, 2], [2, 3]]);
  });
});

describe('heaviest', () => {
  // A small deterministic generator: weights drawn from few values, so ties are common.
  const draws = (seed: number, count: number, values: number) => {
    let x = seed;
    return Array.from({ length: count }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return (x % values) / values;
    });
  };
  const bySort = (candidates: number[], weight: Float64Array, k: number) => [...candidates].sort((x, y) => weight[y]! - weight[x]! || x - y).slice(0, k);

  it('gives the k candidates sharing the most weight, most first, ties to the lower index, as sorting them all would', () => {
    for (const [seed, values] of [[1, 3], [2, 7], [3, 50], [4, 1000]] as const) {
      const weight = Float64Array.from(draws(seed, 400, values));
      // Candidates in no particular order, some clauses not among them.
      const candidates = Array.from({ length: 400 }, (_, i) => (i * 37) % 400).filter((i) => i % 5 !== 0);
      for (const k of [1, 2, 17, 60, 319, 320, 500]) {
        expect(heaviest(Int32Array.from(candidates), weight, k), `values ${values}, k ${k}`).toEqual(bySort(candidates, weight, k));
      }
    }
  });

  it('gives none for k = 0, and every candidate, ordered, when there are no more than k', () => {
    const weight = Float64Array.from([0.5, 0.2, 0.5, 0.9]);
    expect(heaviest(Int32Array.from([3, 2, 1, 0]), weight, 0)).toEqual([]);
    expect(heaviest(Int32Array.from([3, 2, 1, 0]), weight, 4)).toEqual([3, 0, 2, 1]);
    expect(heaviest(Int32Array.from([2, 1]), weight, 3)).toEqual([2, 1]);
  });
});

describe('kthLargest and findSorted', () => {
  it('gives the k-th largest of any values, duplicates counted, for every k', () => {
    for (const values of [[5], [3, 1, 2], [2, 2, 2, 1, 1], [0.5, 0.1, 0.9, 0.5, 0.3, 0.9, 0.7, 0.2, 0.5, 0.8, 0.4]]) {
      const desc = [...values].sort((a, b) => b - a);
      desc.forEach((v, i) => expect(kthLargest(Float64Array.from(values), i + 1), `${values} k=${i + 1}`).toBe(v));
    }
  });

  it('finds a value among ascending entries of one row of a flat table, or says -1', () => {
    // Two rows of width 4: [1, 4, 9, ·] holding 3 entries, then [2, 3, 5, 8].
    const table = Int32Array.from([1, 4, 9, 99, 2, 3, 5, 8]);
    expect([1, 4, 9].map((v) => findSorted(table, 0, 3, v))).toEqual([0, 1, 2]);
    expect([0, 2, 5, 10, 99].map((v) => findSorted(table, 0, 3, v))).toEqual([-1, -1, -1, -1, -1]);
    expect([2, 3, 5, 8].map((v) => findSorted(table, 4, 4, v))).toEqual([4, 5, 6, 7]);
    expect(findSorted(table, 4, 0, 2)).toBe(-1);
  });
});

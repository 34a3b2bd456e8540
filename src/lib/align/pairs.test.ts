import { describe, expect, it } from 'vitest';
import { alignClauses, defaultIndexOptions, type AlignInput, type IndexOptions } from './pairs.ts';
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

  // A corpus drawn at random: six documents of twenty clauses over a small vocabulary, so
  // clauses share keys with many others and each is scored against most of the corpus.
  const randomCorpus = (): AlignInput[] => {
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
        const names = new Map(draw(4) === 0 ? [[`名${draw(3)}`, 0.2 + draw(5) / 10] as [string, number]] : []);
        const indicators = new Set(draw(5) === 0 ? [`指标${draw(2)}`] : []);
        inputs.push({ document: `d${d}`, clause: `q${c}`, evidence: { words, themes, names, indicators } });
      }
    }
    return inputs;
  };

  /**
   * The aligner done the slow way: every pair's shared weight and score computed directly, no
   * index. A clause's candidates are the `candidates` sharing the most weight (a theme or a name
   * counts four times its weight and an indicator 4, as the index weighs them), ties to the lower index.
   */
  function reference(inputs: AlignInput[], o: AlignOptions, limits: IndexOptions): string[] {
    const keys = (e: AlignInput['evidence']) =>
      new Map([
        ...[...e.themes].map(([k, w]) => [`t:${k}`, w * 4] as const),
        ...[...e.names].map(([k, w]) => [`n:${k}`, w * 4] as const),
        ...[...e.words].map(([k, w]) => [`w:${k}`, w] as const),
        ...[...e.indicators].map((k) => [`i:${k}`, 4] as const),
      ]);
    const score = (i: number, j: number) => scoreOnly(inputs[Math.min(i, j)]!.evidence, inputs[Math.max(i, j)]!.evidence, o);
    const kept = inputs.map((a, i) => {
      const mine = [...keys(a.evidence)].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
      const shares = inputs.flatMap((b, j) => {
        if (b.document === a.document) return [];
        const theirs = keys(b.evidence);
        let shared = 0;
        let any = false;
        for (const [k, w] of mine) if (theirs.has(k)) { shared += w * theirs.get(k)!; any = true; }
        return any ? [{ j, shared }] : [];
      });
      const candidates = shares.sort((p, q) => q.shared - p.shared || p.j - q.j).slice(0, limits.candidates);
      const perDoc = new Map<string, number>();
      const out: number[] = [];
      for (const { j } of candidates.map(({ j }) => ({ j, score: score(i, j) })).filter((c) => c.score >= o.threshold).sort((p, q) => q.score - p.score || p.j - q.j)) {
        const d = inputs[j]!.document;
        if ((perDoc.get(d) ?? 0) >= limits.perDocument || out.length >= limits.limit) continue;
        perDoc.set(d, (perDoc.get(d) ?? 0) + 1);
        out.push(j);
      }
      return out;
    });
    const proposed = new Map<string, { a: number; b: number; score: number }>();
    kept.forEach((js, i) => js.forEach((j) => proposed.set(`${Math.min(i, j)}-${Math.max(i, j)}`, { a: Math.min(i, j), b: Math.max(i, j), score: score(i, j) })));
    const degree = new Map<number, number>();
    const expected: string[] = [];
    for (const p of [...proposed.values()].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b)) {
      if ((degree.get(p.a) ?? 0) >= limits.limit || (degree.get(p.b) ?? 0) >= limits.limit) continue;
      degree.set(p.a, (degree.get(p.a) ?? 0) + 1);
      degree.set(p.b, (degree.get(p.b) ?? 0) + 1);
      expected.push(`${p.a}-${p.b}`);
    }
    return expected;
  }

  // First with no index limit binding; then with few candidates a clause and a tight limit, so a
  // clause's pairs compete for its few places by score, pairs its own candidates left out included.
  it.each([
    { when: 'no index limit binds', threshold: 0.35, limits: { queryKeys: 100, postingLimit: 1000, candidates: 1000, perDocument: 2, limit: 5 }, atLeast: 100 },
    { when: 'each clause scores only a few candidates, so many pairs are proposed by one side only', threshold: 0.3, limits: { queryKeys: 100, postingLimit: 1000, candidates: 4, perDocument: 2, limit: 3 }, atLeast: 60 },
  ])('agrees with the slow way when $when', ({ threshold, limits, atLeast }) => {
    const inputs = randomCorpus();
    const o = { ...opts, threshold };
    const expected = reference(inputs, o, index(limits));
    expect(expected.length).toBeGreaterThan(atLeast);
    expect(alignClauses(inputs, o, index(limits)).map((p) => `${p.a}-${p.b}`).sort()).toEqual(expected.sort());
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

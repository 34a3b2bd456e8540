import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JudgedTargets, type TargetRecord } from '../../src/schemas/target.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';
import { extractTargets } from './extract.ts';
import { formatMiss, judgedProblems, readNotTargets, scoreTargets } from './judged.ts';
import { loadCorpus, repoRoot } from './load.ts';

const path = 'content/targets-judged.json';
const list = parseJsonFile(JudgedTargets, readFileSync(join(repoRoot, path), 'utf8'), path);
const corpus = loadCorpus();
const { records } = extractTargets(corpus.docs, corpus.indicators, corpus.reviewed);

describe('target rules against the judged list of every numeric target', () => {
  it('points every judged entry at words of a clause of a judged document', () => {
    expect(judgedProblems(list, corpus.docs)).toEqual([]);
  });

  it('judges plans only: a report states outcomes, not targets', () => {
    for (const id of list.documents) expect(corpus.docs.find((d) => d.id === id)?.meta.type, id).not.toBe('news-report');
  });

  it('reads at least 95% of the judged targets, and says which it misses', () => {
    const score = scoreTargets(records, list);
    const byEditor = score.matched.filter((m) => m.record.source === 'reviewed').length;
    console.log(
      `judged targets: recall ${score.matched.length}/${list.targets.length} = ${score.recall.toFixed(3)} (${score.matched.length - byEditor} read by rules, ${byEditor} by an editor in content/targets-reviewed.json), precision ${score.matched.length}/${score.matched.length + score.extra.length} = ${score.precision.toFixed(3)}` +
        `\n  judged: ${score.judged.join(', ')}` +
        (score.notJudged.length ? `\n  not judged: ${score.notJudged.join(', ')}` : '') +
        score.misses.map((j) => `\n  missed ${formatMiss(j)}`).join('') +
        score.extra.map((r) => `\n  not in the list ${r.id} “${r.quote}”`).join(''),
    );
    expect(score.recall, score.misses.map(formatMiss).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps plan target records to what a reader counts (precision at least 95%)', () => {
    const score = scoreTargets(records, list);
    expect(score.precision, score.extra.map((r) => `${r.id} “${r.quote}”`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads no figure the list rules out as a target (a threshold, an age, a span of years)', () => {
    expect(readNotTargets(records, list).map(({ notTarget: n, record: r }) => `${n.document}#${n.clause} ${n.printed} → ${r.id}`)).toEqual([]);
  });
});

describe('scoring against a judged list', () => {
  const record = (clause: string, quote: string, min: number | null, max: number | null): TargetRecord =>
    ({ id: `plan/${clause}/x`, document: 'plan', clause, kind: 'target', quote, min, max, value: min }) as TargetRecord;
  const judged = (clause: string, printed: string, min: number | null, max: number | null) => ({ document: 'plan', clause, printed, min, max, what: printed });

  it('matches a record by clause, words and bounds, each record once; a miss lowers recall, a record nobody counts lowers precision', () => {
    const list = {
      documents: ['plan'],
      targets: [judged('a', '1-2个', 1, 2), judged('a', '1-2个', 1, 2), judged('b', '30所以上', 30, null)],
      notTargets: [],
    };
    const records = [record('a', '打造1-2个样板区', 1, 2), record('b', '建设30所以上', 30, 30), record('c', '选派100名', 100, 100), { ...record('d', '建设9所', 9, 9), document: 'other' }];
    const score = scoreTargets(records, list);
    expect(score.matched.map((m) => m.record.clause)).toEqual(['a']);
    expect(score.misses.map((j) => j.clause)).toEqual(['a', 'b']);
    expect(score.extra.map((r) => r.clause)).toEqual(['b', 'c']);
    expect([score.recall, score.precision]).toEqual([1 / 3, 1 / 3]);
    expect(score.notJudged).toEqual(['other']);
  });

  it('flags a record that reads a ruled-out figure, but not one that states the target beside it', () => {
    const list = { documents: ['plan'], targets: [], notTargets: [{ document: 'plan', clause: 'a', printed: '66人以上', reason: '门槛' }] };
    expect(readNotTargets([record('a', '消除66人以上超大班额', 0, 0)], list)).toEqual([]);
    expect(readNotTargets([record('a', '消除66人以上超大班额', 66, null)], list)).toHaveLength(1);
  });
});

describe('scoring edge cases', () => {
  const record = (clause: string, quote: string, min: number | null, max: number | null, kind: TargetRecord['kind'] = 'target'): TargetRecord =>
    ({ id: `plan/${clause}/x`, document: 'plan', clause, kind, quote, min, max, value: min }) as TargetRecord;
  const judged = (clause: string, printed: string, min: number | null, max: number | null) => ({ document: 'plan', clause, printed, min, max, what: printed });

  it('counts an empty list and no records as all read, and leaves outcomes and baselines out', () => {
    const empty = scoreTargets([], { documents: ['plan'], targets: [], notTargets: [] });
    expect([empty.judged, empty.recall, empty.precision]).toEqual([['plan'], 1, 1]);
    const score = scoreTargets([record('a', '新建9所', 9, 9, 'outcome'), record('a', '新建9所', 9, 9)], { documents: ['plan'], targets: [judged('a', '9所', 9, 9)], notTargets: [] });
    expect([score.matched.map((m) => m.record.kind), score.extra, score.precision]).toEqual([['target'], [], 1]);
  });

  it('needs the same lower and upper bound, and the words within the quote', () => {
    const list = { documents: ['plan'], targets: [judged('a', '9所', 9, 9)], notTargets: [] };
    expect(scoreTargets([record('a', '新建9所', 9, 10)], list).matched).toEqual([]);
    expect(scoreTargets([record('a', '新建9所', 8, 9)], list).matched).toEqual([]);
    expect(scoreTargets([record('a', '新建9', 9, 9)], list).matched).toEqual([]);
    expect(scoreTargets([record('b', '新建9所', 9, 9)], list).matched).toEqual([]);
    const other = { ...record('a', '新建9所', 9, 9), document: 'other' };
    expect(scoreTargets([other], { ...list, documents: ['plan', 'other'] })).toMatchObject({ matched: [], extra: [other] });
  });

  it('flags a ruled-out figure only in its own clause and document, by any of the record’s numbers', () => {
    const list = { documents: ['plan'], targets: [], notTargets: [{ document: 'plan', clause: 'a', printed: '66人以上', reason: '门槛' }] };
    expect(readNotTargets([record('b', '消除66人以上超大班额', 66, null)], list)).toEqual([]);
    expect(readNotTargets([{ ...record('a', '消除66人以上超大班额', 66, null), document: 'other' }], list)).toEqual([]);
    expect(readNotTargets([record('a', '消除66人以上超大班额', 66, null, 'outcome')], list)).toEqual([]);
    expect(readNotTargets([record('a', '消除66人班额', 66, null)], list)).toEqual([]);
    const flagged = { ...record('a', '消除66人以上超大班额', null, 66), value: null };
    expect(readNotTargets([flagged], list)).toEqual([{ notTarget: list.notTargets[0], record: flagged }]);
    expect(readNotTargets([{ ...record('a', '消除66人以上超大班额', null, null), value: 66 }], list)).toHaveLength(1);
  });
});

describe('problems with the judged list', () => {
  const docs = [{ id: 'plan', meta: {} as never, clauses: [{ id: 'a', label: 'a', kind: 'paragraph' as const, parent: null, number: '', heading: '', text: '新建学校9所。', line: 1 }] }];
  const entry = (clause: string, printed: string, document = 'plan') => ({ document, clause, printed, min: 9, max: 9, what: printed });

  it('names each entry that points at no words of a clause, by its place in the file', () => {
    const list = {
      documents: ['plan', 'gone'],
      targets: [entry('a', '9所'), entry('a', '10所'), entry('b', '9所'), entry('a', '9所', 'other'), entry('a', '9所', 'gone')],
      notTargets: [{ document: 'plan', clause: 'a', printed: '9个', reason: '门槛' }],
    };
    expect(judgedProblems(list, docs)).toEqual([
      'content/targets-judged.json documents: unknown document "gone"',
      'content/targets-judged.json targets[1] (plan#a): "10所" is not in the clause text',
      'content/targets-judged.json targets[2] (plan#b): unknown clause',
      'content/targets-judged.json targets[3] (other#a): document is not in "documents"',
      'content/targets-judged.json targets[4] (gone#a): unknown clause',
      'content/targets-judged.json notTargets[0] (plan#a): "9个" is not in the clause text',
    ]);
  });

  it('writes a miss with its document, clause, words and what it counts', () => {
    expect(formatMiss({ ...entry('a', '9所'), what: '新建学校' })).toBe('plan#a 9所 (新建学校)');
  });
});

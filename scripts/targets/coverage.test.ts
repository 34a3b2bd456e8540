import { describe, expect, it } from 'vitest';
import { accountForNumbers, findNumbers, formatAccounted, ruleOut } from './coverage.ts';
import { extractTargets } from './extract.ts';
import { clauseOf, reportOf } from './fixture-docs.test-data.ts';
import { loadCorpus } from './load.ts';

describe('every number of reporting text is accounted for', () => {
  it('is a record, ruled out by its form, or excluded by an editor with a reason: none is dropped silently', () => {
    const corpus = loadCorpus();
    const { records, exclusions } = extractTargets(corpus.docs, corpus.indicators, corpus.reviewed);
    const all = accountForNumbers(corpus.docs, records, exclusions);
    console.log(`numbers in reporting text not read as records (${all.filter((a) => a.fate.kind !== 'record').length} of ${all.length}):\n${all.filter((a) => a.fate.kind !== 'record').map((a) => `  ${formatAccounted(a)}`).join('\n')}`);
    expect(all.filter((a) => a.fate.kind === 'unread').map(formatAccounted)).toEqual([]);
    // What an editor excluded is not also a record of the rules.
    for (const a of all.filter((x) => x.fate.kind === 'excluded')) {
      expect(records.some((r) => r.document === a.document && r.clause === a.clause && [r.value, r.min, r.max].includes(a.token.value)), a.token.printed).toBe(false);
    }
  });
});

describe('numbers and their fates, on made-up text', () => {
  const text = '12月6日，按《规划(2022-2030年)》，第3批“两个创建”，位于金银湾1号，全区累计建成智慧校园45所，长江沿线11省市代表。';

  it('finds every number with what follows it', () => {
    expect(findNumbers(text).map((t) => t.printed)).toEqual(['12月', '6日', '2022', '2030年', '3批', '两个', '1号', '45所', '11省']);
  });

  it('rules out dates, ordinals, house numbers and quoted names by their form, and nothing else', () => {
    expect(findNumbers(text).map((t) => ruleOut(text, t)?.kind ?? '—')).toEqual(['date', 'date', 'date', 'date', 'ordinal', 'name', 'code', '—', '—']);
  });

  it('reports what is neither a record, a rule-out nor an exclusion as unread', () => {
    const doc = reportOf([clauseOf('q1', text)]);
    const { records } = extractTargets([doc], []);
    const fates = accountForNumbers([doc], records, []).map((a) => `${a.token.printed}:${a.fate.kind}`);
    expect(fates.filter((f) => !/date|ordinal|code|name/.test(f))).toEqual(['45所:record', '11省:unread']);
    const excluded = accountForNumbers([doc], records, [{ document: 'report', clause: 'q1', start: text.indexOf('11省'), end: text.indexOf('11省') + 3, printed: '11省', reason: '地域范围' }]);
    expect(excluded.at(-1)!.fate).toEqual({ kind: 'excluded', reason: '地域范围' });
  });
});

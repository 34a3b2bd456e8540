import { describe, expect, it } from 'vitest';
import { accountForNumbers, findNumbers, formatAccounted, ruleOut } from './coverage.ts';
import { extractTargets } from './extract.ts';
import { clauseOf, planWithBackground, reportOf } from './fixture-docs.test-data.ts';
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

describe('finding every number, at the edges', () => {
  const printed = (text: string) => findNumbers(text).map((t) => [t.printed, t.value]);

  it('keeps 余 or 多 and the longest unit with the number, and reads full-width digits', () => {
    expect(printed('培训4.5万人次，新增5万平方米，20余个，30多所，１２个')).toEqual([
      ['4.5万人', 4.5],
      ['5万平方米', 5],
      ['20余个', 20],
      ['30多所', 30],
      ['１２个', 12],
    ]);
  });

  it('reads a dotted version as one number, and 万 after a number as its scale, not a count of its own', () => {
    expect(printed('升级到版本1.2.3')).toEqual([['1.2', 1.2]]);
    expect(printed('接待两万人，培训3万人')).toEqual([
      ['两万人', 20000],
      ['3万人', 3],
    ]);
  });
});

describe('ruling a number out by its form, at the edges', () => {
  // `12月=月份`: each number with the reason it is ruled out, or `—` when it is not.
  const kinds = (text: string) =>
    findNumbers(text).map((t) => {
      const fate = ruleOut(text, t);
      return `${t.printed}=${fate && 'reason' in fate ? fate.reason : '—'}`;
    });

  it('takes only real months, days and years from 1949 to 2100 for dates', () => {
    expect(kinds('0月，1月，12月，13月，0日，1日，31日，32日')).toEqual(['0月=—', '1月=月份', '12月=月份', '13月=—', '0日=—', '1日=日期', '31日=日期', '32日=—']);
    // A month and a half, two and a half days: durations, not dates.
    expect(kinds('培训1.5月，研学2.5日')).toEqual(['1.5月=—', '2.5日=—']);
    expect(kinds('1948年，1949年，2100年，2101年')).toEqual(['1948年=—', '1949年=年份', '2100年=年份', '2101年=—']);
  });

  it('takes the first year of a range written with spaces for a date, and the later numbers of an ordinal list for ordinals', () => {
    expect(kinds('2021 至 2025年，第12和13届，1000所')).toEqual(['2021=年份区间的起年', '2025年=年份', '12和=序数（第…）', '13届=序数（第…）', '1000所=—']);
    expect(kinds('2021 - 2025 年')[0]).toBe('2021=年份区间的起年');
    // A four-digit number is the first year of a range only when the range follows it.
    expect(kinds('热线1234，规划期2021-2025年')).toEqual(['1234=—', '2021=年份区间的起年', '2025年=年份']);
    // An ordinal list longer than the text a rule-out used to look back over; the figure reader drops it too.
    expect(kinds('参加第10、11、12、13、14届比赛')).toEqual(['10=序数（第…）', '11=序数（第…）', '12=序数（第…）', '13=序数（第…）', '14届=序数（第…）']);
    expect(kinds('第3批试点校建成智慧校园45所')).toEqual(['3批=序数（第…）', '45所=—']);
  });

  it('takes a number in a short quotation for a name, and a 号 only right after the number for a code', () => {
    expect(kinds('“十大行动”之3项，6号楼，12号地块，3个号召')).toEqual(['3项=—', '6号=编号（门牌、地块）', '12号=编号（门牌、地块）', '3个=—']);
    expect(kinds('“4311”体系')).toEqual(['4311=引号中的名称']);
  });
});

describe('what became of each number, at the edges', () => {
  const text = '全区建成智慧校园45所，新建智慧校园45所，另有学校12所。';
  const doc = reportOf([clauseOf('q1', text), clauseOf('q2', '另有学校12所。')]);
  const { records } = extractTargets([doc], []);
  const only45 = records.filter((r) => r.value === 45);
  const fates = (exclusions: Parameters<typeof accountForNumbers>[2] = []) => accountForNumbers([doc], only45, exclusions).map((a) => `${a.clause} ${a.token.printed}:${a.fate.kind}`);

  it('credits a record only with the number its quote holds and its figure states', () => {
    expect(fates()).toEqual(['q1 45所:record', 'q1 45所:record', 'q1 12所:unread', 'q2 12所:unread']);
    const moved = only45.map((r) => ({ ...r, value: 46, min: 46, max: 46 }));
    expect(accountForNumbers([doc], moved, []).map((a) => a.fate.kind)).toEqual(['unread', 'unread', 'unread', 'unread']);
  });

  it('credits a record only in its own clause and document, and only with a number inside its quote', () => {
    const twelve = records.filter((r) => r.clause === 'q2');
    expect(twelve.map((r) => r.quote)).toEqual(['另有学校12所']);
    expect(accountForNumbers([doc], twelve, []).map((a) => `${a.clause} ${a.token.printed}:${a.fate.kind}`).slice(-2)).toEqual(['q1 12所:unread', 'q2 12所:record']);
    const elsewhere = { ...doc, id: 'other' };
    expect(accountForNumbers([elsewhere], twelve.map((r) => ({ ...r, clause: 'q1' })), []).map((a) => a.fate.kind)).toEqual(['unread', 'unread', 'unread', 'unread']);
    // 45个 states the record's figure, but outside the words it quotes, before or after them.
    const around = reportOf([clauseOf('q1', '另有45个班，建成智慧校园45所，另有45个馆。')]);
    const campus = extractTargets([around], []).records.filter((r) => r.unit === '所');
    expect(accountForNumbers([around], campus, []).map((a) => `${a.token.printed}:${a.fate.kind}`)).toEqual(['45个:unread', '45所:record', '45个:unread']);
  });

  it('credits a table row with its baseline', () => {
    const row = { ...records[0]!, value: 60, min: 60, max: 60, baseline: 45 };
    expect(accountForNumbers([doc], [row], []).map((a) => a.fate.kind)[0]).toBe('record');
  });

  it('applies an exclusion only to the numbers it overlaps, in its own document and clause', () => {
    const start = text.indexOf('12所');
    const ex = (over: object) => ({ document: 'report', clause: 'q1', start, end: start + 3, printed: '12所', reason: '不是成果', ...over });
    expect(fates([ex({})]).slice(-2)).toEqual(['q1 12所:excluded', 'q2 12所:unread']);
    expect(fates([ex({ end: start, start: start - 2 }), ex({ start: start + 3, end: start + 5 })]).at(-2)).toBe('q1 12所:unread');
    expect(fates([ex({ document: 'other' })]).at(-2)).toBe('q1 12所:unread');
    expect(fates([ex({ clause: 'q2' })]).at(-2)).toBe('q1 12所:unread');
  });

  it('says what became of a number in one line: its record, its rule-out or exclusion, or UNREAD', () => {
    const token = { start: 0, end: 3, printed: '11省', value: 11 };
    const line = (fate: Parameters<typeof formatAccounted>[0]['fate']) => formatAccounted({ document: 'report', clause: 'q1', token, fate });
    expect(line({ kind: 'record', id: 'report/q1/unassigned' })).toBe('report#q1 11省 — report/q1/unassigned');
    expect(line({ kind: 'excluded', reason: '地域范围' })).toBe('report#q1 11省 — excluded: 地域范围');
    expect(line({ kind: 'unread' })).toBe('report#q1 11省 — UNREAD');
  });

  it('accounts only for the numbers of reporting text, not a plan’s targets', () => {
    const plan = planWithBackground(['全市有友好学校40所。'], ['到2025年，友好学校达到60所。']);
    expect(accountForNumbers([plan], [], []).map((a) => `${a.clause} ${a.token.printed}`)).toEqual(['p1-q1 40所']);
  });
});

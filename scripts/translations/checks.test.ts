import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/clause.ts';
import type { GlossaryTerm, Translation } from '../../src/schemas/translation.ts';
import { sourceFingerprint } from '../../src/lib/translations/fingerprint.ts';
import { fingerprintOf } from '../check/anchor-fingerprint.ts';
import { checkTranslation, termsIn } from './checks.ts';

const clause = (id: string, text: string, extra: Partial<Clause> = {}): Clause => ({ id, label: id, kind: 'paragraph', parent: null, number: '', heading: '', text, line: 1, ...extra });
const glossary: GlossaryTerm[] = [
  { zh: '鲁班工坊', en: 'Luban Workshop', firstUse: 'Luban Workshop (鲁班工坊)', kind: 'programme' },
  { zh: '人文交流', en: 'people-to-people exchange', kind: 'term' },
  { zh: '中外人文交流', en: 'Sino-foreign people-to-people exchange', kind: 'term' },
  { zh: '友好学校', en: 'friendly schools', kind: 'term' },
];
const doc = [
  clause('p1', '一、建设鲁班工坊', { kind: 'part', number: '一、', heading: '建设鲁班工坊' }),
  clause('p1-q1', '到2025年，建成鲁班工坊3个，来华留学生占比达到5％以上。'),
  clause('p1-q2', '缔结友好学校，开展中外人文交流。'),
  clause('sig', '2019年5月30日'),
];
const translation = (entries: Record<string, { en: string; heading?: string; source?: string }>): Translation => ({
  document: 'x',
  translatedBy: 'Duidu editors',
  translatedOn: '2026-12-01',
  metadata: {},
  clauses: Object.fromEntries(
    Object.entries(entries).map(([id, e]) => [id, { source: e.source ?? sourceFingerprint(doc.find((c) => c.id === id)!.text), en: e.en, ...(e.heading ? { heading: e.heading } : {}) }]),
  ),
});
const good = {
  p1: { en: '1. Build the Luban Workshop (鲁班工坊)', heading: 'Build the Luban Workshop (鲁班工坊)' },
  'p1-q1': { en: 'By 2025, build 3 Luban Workshops; international students make up 5% or more.' },
  'p1-q2': { en: 'Make friendly schools and carry out Sino-foreign people-to-people exchange.' },
  sig: { en: '30 May 2019' },
};
const kinds = (t: Translation) => checkTranslation(doc, t, glossary).map((f) => `${f.clause} ${f.kind}`);

describe('translation checks', () => {
  it('pass a faithful translation: figures kept, dates in English, glossary terms (plural or not), first use with the Chinese', () => {
    expect(checkTranslation(doc, translation(good), glossary)).toEqual([]);
  });

  it('fingerprint the Chinese as released anchors do', () => {
    expect(sourceFingerprint('一、 总体 要求')).toBe(fingerprintOf('一、总体要求').hash);
  });

  it('name each clause that is missing, stale, out of order or unknown', () => {
    const { sig: _sig, ...rest } = good;
    expect(kinds(translation({ ...rest, 'p1-q1': { ...good['p1-q1'], source: '000000000000' } }))).toEqual(['p1-q1 stale', 'sig missing']);
    expect(kinds(translation({ 'p1-q1': good['p1-q1'], p1: good.p1, 'p1-q2': good['p1-q2'], sig: good.sig }))).toEqual(['p1-q1 out-of-order']);
    const extra = translation(good);
    extra.clauses['p9'] = { source: '000000000000', en: 'x' };
    expect(kinds(extra)).toEqual(['p9 unknown-clause']);
  });

  it('catch a dropped figure, percentage or date', () => {
    expect(kinds(translation({ ...good, 'p1-q1': { en: 'By 2025, build three Luban Workshops; international students make up 5% or more.' } }))).toEqual(['p1-q1 figure']);
    expect(kinds(translation({ ...good, 'p1-q1': { en: 'By 2025, build 3 Luban Workshops; international students make up 5 or more.' } }))).toEqual(['p1-q1 figure']);
    expect(kinds(translation({ ...good, sig: { en: '30 June 2019' } }))).toEqual(['sig figure']);
    // A month without its year may be named: 今年5月 is "in May this year", not a dropped 5.
    const may = (en: string) => checkTranslation([clause('m', '今年5月，印发方案。')], { ...translation({}), clauses: { m: { source: sourceFingerprint('今年5月，印发方案。'), en } } }, []);
    expect(may('In May this year, the plan was issued.')).toHaveLength(0);
    expect(may('In June this year, the plan was issued.')).toHaveLength(1);
    // 2 inside 2025 is not the figure 2.
    expect(checkTranslation([clause('a', '建成2个')], { ...translation({}), clauses: { a: { source: sourceFingerprint('建成2个'), en: 'build by 2025' } } }, [])).toHaveLength(1);
  });

  it('catch a glossary term rendered another way, and a first use without the Chinese', () => {
    expect(kinds(translation({ ...good, 'p1-q2': { en: 'Make sister schools and carry out Sino-foreign people-to-people exchange.' } }))).toEqual(['p1-q2 glossary']);
    expect(kinds(translation({ ...good, p1: { en: '1. Build the Luban Workshop', heading: 'Build the Luban Workshop' } }))).toEqual(['p1 glossary']);
  });

  it('count a term only outside a longer term that contains it', () => {
    expect(termsIn('开展中外人文交流', glossary).map((t) => t.zh)).toEqual(['中外人文交流']);
    expect(termsIn('中外人文交流和人文交流', glossary).map((t) => t.zh)).toEqual(['中外人文交流', '人文交流']);
  });

  it('catch a clause left in Chinese and a missing heading', () => {
    expect(kinds(translation({ ...good, sig: { en: '2019年5月30日' } }))).toEqual(['sig untranslated']);
    expect(kinds(translation({ ...good, p1: { en: '1. Build the Luban Workshop (鲁班工坊)' } }))).toEqual(['p1 heading']);
  });
});

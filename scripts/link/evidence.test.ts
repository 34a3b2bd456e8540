import { describe, expect, it } from 'vitest';
import type { Clause } from '../../src/schemas/clause.ts';
import { alignable, isWord, weighEvidence, type EvidenceInput } from './evidence.ts';

const clause = (id: string, text: string, extra: Partial<Clause> = {}): Clause => ({ id, label: id, kind: 'paragraph', parent: null, number: '', heading: '', text, line: 1, ...extra });
// A whitespace segmenter keeps the test about weighting, not about jieba.
const segment = (text: string) => text.split(/\s+/).filter(Boolean);
const input = (document: string, id: string, text: string, themes: string[] = []): EvidenceInput => ({ document, clause: clause(id, text), themes, indicators: [] });

describe('alignable', () => {
  const notice = clause('notice', '关于印发某方案的通知', { kind: 'notice', heading: '关于印发某方案的通知' });
  const inNotice = clause('notice-q1', '现将方案印发给你们', { parent: 'notice' });
  const bareHeading = clause('p1', '一、指导思想', { kind: 'part', number: '一、', heading: '指导思想' });
  const body = clause('p1-q1', '推进学前教育普惠发展', { parent: 'p1' });
  const byId = new Map([notice, inNotice, bareHeading, body].map((c) => [c.id, c]));
  it('takes clauses with text of their own, not bare headings, titles or the covering notice', () => {
    expect([notice, inNotice, bareHeading, body].filter((c) => alignable(c, byId)).map((c) => c.id)).toEqual(['p1-q1']);
  });
  it('takes table rows and list items even when they are short', () => {
    expect(alignable(clause('t1-r1', '1 姊妹学校 377', { kind: 'row' }), byId)).toBe(true);
    expect(alignable(clause('l1', '缔结友好学校126所', { kind: 'list-item' }), byId)).toBe(true);
    expect(alignable(clause('c1', '图为学生参加活动', { kind: 'caption' }), byId)).toBe(false);
  });
});

describe('isWord', () => {
  it('keeps words of two or more characters with a letter, not numbers, punctuation or single characters', () => {
    expect(['鲁班工坊', 'AI', '2025', '和', '“', '60%', '5G'].filter(isWord)).toEqual(['鲁班工坊', 'AI', '5G']);
  });
});

describe('weighEvidence', () => {
  const docs = ['a', 'b', 'c', 'd', 'e'];
  // 指导 is in every document, 工坊 in two, 学前 in one.
  const inputs = [
    ...docs.map((d) => input(d, 'q1', `指导 思想 ${d === 'a' || d === 'b' ? '工坊' : ''}`)),
    input('a', 'q2', '学前 普惠'),
    input('b', 'q2', '高校 科研', ['research']),
    input('c', 'q2', '高校 双一流', ['research', 'rare']),
  ];
  const ev = weighEvidence(inputs, segment, { spreadFloor: 0.5, spreadMinDocuments: 4, maxWords: 8, titleFactor: 0.5 });
  it('weighs a word every document carries at zero, so boilerplate cannot pair clauses', () => {
    expect(ev[0]!.words.has('指导')).toBe(false);
    expect(ev[0]!.words.get('工坊')).toBeGreaterThan(0);
  });
  it('weighs a rarer theme above a commoner one', () => {
    expect(ev[7]!.themes.get('rare')!).toBeGreaterThan(ev[7]!.themes.get('research')!);
  });
  it('does not weigh by spread when the corpus is too small to say what is common', () => {
    const small = weighEvidence(inputs.filter((i) => i.document === 'a' || i.document === 'b'), segment, { spreadFloor: 0.5, spreadMinDocuments: 4, maxWords: 8, titleFactor: 0.5 });
    expect(small[0]!.words.get('指导')).toBeGreaterThan(0);
  });
  it('keeps at most maxWords words, the heaviest', () => {
    const many = weighEvidence([input('a', 'q1', '甲甲 乙乙 丙丙 丁丁'), input('b', 'q1', '甲甲 乙乙 丙丙')], segment, { spreadFloor: 0.5, spreadMinDocuments: 4, maxWords: 2, titleFactor: 0.5 });
    expect([...many[0]!.words.keys()]).toEqual(['丁丁', '丙丙']);
  });
  it('weighs a named programme above a cited title met as often', () => {
    const named = weighEvidence([input('a', 'q1', '实施“丝路学堂”，依据《某规划》'), input('b', 'q1', '其他')], segment);
    expect(named[0]!.names.get('丝路学堂')!).toBeGreaterThan(named[0]!.names.get('某规划')!);
  });
});

describe('words on folded text', () => {
  it('counts a word printed in traditional characters or full width as the same word', () => {
    const ev = weighEvidence([input('a', 'q1', '魯班工坊 ＳＴＥＭ 課程'), input('b', 'q1', '鲁班工坊 STEM 课程'), input('c', 'q1', '其他')], segment);
    expect([...ev[0]!.words.keys()].sort()).toEqual([...ev[1]!.words.keys()].sort());
    expect(ev[0]!.words.has('鲁班工坊')).toBe(true);
  });
});

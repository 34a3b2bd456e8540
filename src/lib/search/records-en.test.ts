import { describe, expect, it } from 'vitest';
import type { Clause } from '../../schemas/clause.ts';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { Theme } from '../../schemas/theme.ts';
import { bilingualClauses } from '../translations/view.ts';
import { sourceFingerprint } from '../translations/fingerprint.ts';
import { toEnglishSearchRecords } from './records-en.ts';

const clause = (id: string, text: string): Clause => ({ id, label: `一·${id}`, kind: 'paragraph', parent: null, number: '', heading: '', text, line: 1 });
const clauses = [clause('a', '缔结海外友好学校60个。'), clause('b', '本方案自印发之日起施行。')];
const view = bilingualClauses(clauses, {
  document: 'yz',
  translatedBy: 'Duidu editors',
  translatedOn: '2026-12-01',
  metadata: {},
  clauses: { a: { source: sourceFingerprint(clauses[0]!.text), en: 'Have ties with 60 overseas friendly schools.' } },
});
const meta = { level: 'district', type: 'notice-with-plan', issued: { date: '2019-05-30', precision: 'day' }, published: 'unknown', period: null } as unknown as PlanFrontmatter;
const themes = new Map([['sister-schools', { id: 'sister-schools', name: '友好学校', nameEn: 'Friendly Schools (Sister Schools)' } as Theme]]);

describe('English search records', () => {
  const records = toEnglishSearchRecords([{ id: 'yz', meta, title: 'Yuzhong plan', clauses: view, links: { a: { themes: [{ theme: 'sister-schools', spans: [] }] } } as never, regionName: 'Yuzhong' }], themes);

  it('index each translated clause in English, linked to its anchor in the English edition, with the Chinese to show beside it', () => {
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ url: '/en/plans/yz/#a', language: 'en', meta: { zh: '缔结海外友好学校60个。', label: '一·a' } });
    expect(records[0]!.content).toContain('Have ties with 60 overseas friendly schools.');
  });

  it('let the clause’s theme names find it, and filter in English', () => {
    expect(records[0]!.content).toContain('Sister Schools');
    expect(records[0]!.filters).toMatchObject({ Region: ['Yuzhong'], Level: ['District'], Year: ['2019'], Theme: ['Friendly Schools (Sister Schools)'] });
  });
});

import { describe, expect, it } from 'vitest';
import type { Clause } from '../../schemas/clause.ts';
import type { Translation } from '../../schemas/translation.ts';
import { sourceFingerprint } from './fingerprint.ts';
import { bilingualClauses, englishHeadings, summarise, translatedField } from './view.ts';

const clause = (id: string, text: string): Clause => ({ id, label: id, kind: 'paragraph', parent: null, number: '', heading: '', text, line: 1 });
const clauses = [clause('a', '建成鲁班工坊。'), clause('b', '缔结友好学校。'), clause('c', '本方案自印发之日起施行。')];
const translation: Translation = {
  document: 'x',
  translatedBy: 'Duidu editors',
  translatedOn: '2026-12-01',
  metadata: { note: { source: sourceFingerprint('说明'), en: 'Note' } },
  clauses: {
    a: { source: sourceFingerprint('建成 鲁班工坊。'), en: 'Build Luban Workshops.' },
    b: { source: sourceFingerprint('缔结姊妹学校。'), en: 'Make sister schools.' },
  },
};

describe('bilingual clauses', () => {
  it('pair each clause with its English, marking a translation of older Chinese as stale and an absent one as missing', () => {
    const view = bilingualClauses(clauses, translation);
    expect(view.map((c) => c.status)).toEqual(['translated', 'stale', 'missing']);
    expect(view[0]).toMatchObject({ id: 'a', text: '建成鲁班工坊。', en: 'Build Luban Workshops.' });
    expect(summarise(view)).toEqual({ translated: 1, stale: 1, missing: 1 });
  });

  it('show every clause in Chinese where a document has no translation', () => {
    expect(bilingualClauses(clauses, undefined).map((c) => c.status)).toEqual(['missing', 'missing', 'missing']);
  });

  it('use a metadata translation only while it translates the current Chinese', () => {
    expect(translatedField(translation, 'note', '说明')).toBe('Note');
    expect(translatedField(translation, 'note', '说明已改')).toBeUndefined();
    expect(translatedField(translation, 'title', '标题')).toBeUndefined();
  });
});

describe('english headings', () => {
  it('give the contents the English number and heading of each translated clause', () => {
    const part: Clause = { ...clause('p1', '一、指导思想'), kind: 'part', number: '一、', heading: '指导思想' };
    const t: Translation = { ...translation, clauses: { p1: { source: sourceFingerprint(part.text), en: '1. Guiding ideology', heading: 'Guiding ideology' } } };
    const [p1, a] = englishHeadings(bilingualClauses([part, clauses[0]!], t));
    expect(p1).toMatchObject({ number: '1. ', heading: 'Guiding ideology' });
    expect(a).toMatchObject({ number: '', heading: '', text: '建成鲁班工坊。' });
  });
});

import { describe, expect, it } from 'vitest';
import { cosineParts } from '../../src/lib/align/score.ts';
import type { GlossaryTerm } from '../../src/schemas/translation.ts';
import { defaultEnglishOptions, englishTerms, englishWords, glossaryTermsIn, weighEnglish } from './english.ts';
import { defaultWeighting } from './evidence.ts';

// Clauses written for the test, worded apart in Chinese as the plans often are:
// a: 邀请境外知名学者来校讲学; b: 实施“名家引进行动”; c: 发展普惠性托育服务; d has no translation.
const clauses = [
  { document: 'a', en: 'Invite renowned scholars from abroad to give lectures in our schools.' },
  { document: 'b', en: 'Carry out the “renowned scholars action”, bringing scholars from abroad to teach in schools.' },
  { document: 'c', en: 'Develop public-benefit childcare services in all schools.' },
  { document: 'd', en: undefined },
];
const glossary: GlossaryTerm[] = [
  { zh: '鲁班工坊', en: 'Luban Workshop', kind: 'programme' },
  { zh: '托育', en: 'childcare', kind: 'term' },
];

describe('englishWords', () => {
  it('keeps stemmed content words: no stop words, numbers, possessives or the Chinese gloss', () => {
    expect(englishWords('The Party’s 3 “Luban Workshops” (鲁班工坊) were built in 2021.').map((w) => w.stem)).toEqual(['parti', 'luban', 'workshop', 'built']);
  });
  it('adds the bigram each word starts only when asked', () => {
    const words = englishWords('foreign teachers recruited');
    expect(englishTerms(words, false).map((t) => t.stem)).toEqual(['foreign', 'teacher', 'recruit']);
    expect(englishTerms(words, true).map((t) => t.word)).toEqual(['foreign', 'foreign teachers', 'teachers', 'teachers recruited', 'recruited']);
  });
});

describe('glossaryTermsIn', () => {
  it('finds a glossary term whole-word, in the plural and any case, and not a part of it', () => {
    expect(glossaryTermsIn('Build two Luban workshops abroad.', glossary)).toEqual(['鲁班工坊']);
    expect(glossaryTermsIn('A workshop on childcarers.', glossary)).toEqual([]);
  });
});

describe('weighEnglish', () => {
  const ev = weighEnglish(clauses.map((c) => c.document), clauses.map((c) => c.en), glossary, defaultWeighting);
  const cosine = (i: number, j: number) => cosineParts(ev[i]!.terms, ev[j]!.terms).cosine;

  it('pairs clauses whose Chinese shares no word on the English they share, shown as written', () => {
    expect(cosine(0, 1)).toBeGreaterThan(0.2);
    expect(cosine(0, 2)).toBeLessThan(cosine(0, 1) / 3);
    expect(cosineParts(ev[0]!.terms, ev[1]!.terms).parts.map((p) => p.key)).toEqual(expect.arrayContaining(['renowned', 'scholars', 'abroad']));
  });

  it('gives a clause without a current translation no English evidence, not a guess', () => {
    expect(ev[3]!.terms.size).toBe(0);
    expect(ev[3]!.glossary.size).toBe(0);
    expect(cosine(0, 3)).toBe(0);
  });

  it('records the glossary terms a translation uses', () => {
    expect([...ev[2]!.glossary.keys()]).toEqual(['托育']);
  });

  it('does not weigh down by spread unless asked: a subject most plans name still tells clauses apart', () => {
    const docs = ['a', 'b', 'c', 'd', 'e'];
    const texts = docs.map((d) => `foreign teachers ${d === 'a' ? 'scholars' : 'training'}`);
    const plain = weighEnglish(docs, texts, [], defaultWeighting);
    const spread = weighEnglish(docs, texts, [], defaultWeighting, { ...defaultEnglishOptions, spread: true });
    expect(plain[0]!.terms.get('teachers')).toBeGreaterThan(0);
    expect(spread[0]!.terms.has('teachers')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { mapCountries, partnerCountries, partnerSummary } from './partner-countries.ts';

const countries = [
  { code: 'TH', en: 'Thailand', zh: '泰国' },
  { code: 'PL', en: 'Poland', zh: '波兰' },
  { code: 'FI', en: 'Finland', zh: '芬兰' },
];
const numeric = (c: string) => ({ TH: '764', PL: '616', FI: '246' })[c]!;

describe('partner countries', () => {
  const mentions = { a: { TH: ['q1'], PL: ['q2', 'q3'] }, b: { TH: ['s4'] }, c: {} };

  it('lists each named country with the plans and clauses naming it, most plans first', () => {
    const got = partnerCountries(countries, ['a', 'b', 'c'], mentions, numeric);
    expect(got.map((x) => [x.country.code, x.numeric, x.plans])).toEqual([
      ['TH', '764', [{ plan: 'a', clauses: ['q1'] }, { plan: 'b', clauses: ['s4'] }]],
      ['PL', '616', [{ plan: 'a', clauses: ['q2', 'q3'] }]],
    ]);
  });

  it('gives the map one shaded country each, counted in plans, and a summary naming the most named', () => {
    const got = partnerCountries(countries, ['a', 'b', 'c'], mentions, numeric);
    expect(mapCountries(got)).toEqual([
      { id: '764', count: 2, tip: '泰国 Thailand：2 份文件' },
      { id: '616', count: 1, tip: '波兰 Poland：1 份文件' },
    ]);
    expect(partnerSummary(got, 3)).toBe('3 份文件共点名 2 个国家；点名最多的是泰国（2 份文件）。');
    expect(partnerSummary([], 3)).toBe('各文件均未点名伙伴国家。');
  });

  it('agrees in English with one document and one country', () => {
    const one = partnerCountries(countries, ['a'], { a: { TH: ['q1'] } }, numeric);
    expect(partnerSummary(one, 1, 'en')).toBe('1 document names 1 country; most often Thailand (1 document).');
    const got = partnerCountries(countries, ['a', 'b', 'c'], mentions, numeric);
    expect(partnerSummary(got, 3, 'en')).toBe('3 documents name 2 countries; most often Thailand (2 documents).');
  });
});

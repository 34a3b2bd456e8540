/** Partner countries named by the plans: who names which country, for the names page, its map and its data file. Pure. */
import type { CountryMentions } from '../schemas/countries.ts';
import type { Country } from './places/countries.ts';
import type { MapCountry } from './charts/world-map.ts';
import { countEn } from './i18n/format-en.ts';

export interface PartnerCountry {
  country: Country;
  /** ISO 3166-1 numeric code (the map's shapes carry it). */
  numeric: string;
  /** Plans naming the country, in the order given, each with the clauses that name it. */
  plans: { plan: string; clauses: string[] }[];
}

/** Countries at least one plan names; most plans first, then by Chinese name. */
export function partnerCountries(countries: readonly Country[], planOrder: readonly string[], mentions: CountryMentions, numericCode: (alpha2: string) => string): PartnerCountry[] {
  return countries
    .map((country) => ({
      country,
      plans: planOrder.filter((p) => mentions[p]?.[country.code]?.length).map((plan) => ({ plan, clauses: mentions[plan]![country.code]! })),
    }))
    .filter((x) => x.plans.length > 0)
    .map((x) => ({ ...x, numeric: numericCode(x.country.code) }))
    .sort((a, b) => b.plans.length - a.plans.length || a.country.zh.localeCompare(b.country.zh, 'zh'));
}

/** What the map shades: one entry a named country, with the words its tooltip and text alternative use. */
export function mapCountries(partners: readonly PartnerCountry[], lang: 'zh' | 'en' = 'zh'): MapCountry[] {
  const tip = (p: PartnerCountry) => (lang === 'en' ? `${p.country.en}: ${countEn(p.plans.length, 'document')}` : `${p.country.zh} ${p.country.en}：${p.plans.length} 份文件`);
  return partners.map((p) => ({ id: p.numeric, count: p.plans.length, tip: tip(p) }));
}

/** The map's text summary: how many countries, and the ones most plans name. */
export function partnerSummary(partners: readonly PartnerCountry[], planCount: number, lang: 'zh' | 'en' = 'zh'): string {
  const top = partners.filter((p) => p.plans.length === partners[0]!.plans.length);
  if (lang === 'en') {
    if (!partners.length) return 'No document names a partner country.';
    return `${countEn(planCount, 'document')} ${planCount === 1 ? 'names' : 'name'} ${countEn(partners.length, 'country', 'countries')}; most often ${top.map((p) => p.country.en).join(', ')} (${countEn(partners[0]!.plans.length, 'document')}).`;
  }
  if (!partners.length) return '各文件均未点名伙伴国家。';
  return `${planCount} 份文件共点名 ${partners.length} 个国家；点名最多的是${top.map((p) => p.country.zh).join('、')}（${partners[0]!.plans.length} 份文件）。`;
}

/** `/data/countries.json`: the partner countries the plans name, with the clauses naming each. */
import type { APIRoute } from 'astro';
import { dataJson } from '../../lib/data-export.ts';
import { getPlans } from '../../lib/plans.ts';
import { countries } from '../../lib/places/countries.ts';
import { numericCode } from '../../lib/places/world.ts';
import { partnerCountries } from '../../lib/partner-countries.ts';
import { CountryMentions } from '../../schemas/countries.ts';
import { ExportedCountries } from '../../schemas/data-export.ts';
import mentionsJson from '../../../content/countries.json';

export const GET: APIRoute = async () => {
  const plans = await getPlans();
  const partners = partnerCountries(countries, plans.map((p) => p.id), CountryMentions.parse(mentionsJson), numericCode);
  const data = partners.map((p) => ({ code: p.country.code, numeric: p.numeric, zh: p.country.zh, en: p.country.en, clauses: Object.fromEntries(p.plans.map((x) => [x.plan, x.clauses])) }));
  return new Response(dataJson(ExportedCountries, data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

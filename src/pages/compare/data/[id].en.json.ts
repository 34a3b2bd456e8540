import type { APIContext } from 'astro';
import { comparableFigures } from '../../../lib/compare/plan-data.ts';
import { toComparePlanEnglish } from '../../../lib/compare/english.ts';
import { comparePlan } from '../../../lib/compare/site.ts';
import { getPlans, type PlanEntry } from '../../../lib/plans.ts';
import { formatWhen } from '../../../lib/format.ts';
import { regionById } from '../../../lib/regions.ts';
import { indicators } from '../../../lib/targets.ts';
import { getTranslations, shortTitleEn } from '../../../lib/translations/site.ts';
import { clauseEnglish } from '../../../lib/translations/view.ts';
import { ComparePlanEnglish } from '../../../schemas/compare.ts';

/** One plan's compare data in English (`<id>.en.json`): fetched beside `<id>.json` on English compare pages only. */
export async function getStaticPaths() {
  return (await getPlans()).map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}

const indicatorEn = new Map(indicators.map((i) => [i.id, i.nameEn]));

export async function GET({ props }: APIContext) {
  const [{ entry: p, clauses, targets, data: plan }, translations] = await Promise.all([comparePlan((props as { plan: PlanEntry }).plan), getTranslations()]);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const translation = translations.get(p.id);
  const data = toComparePlanEnglish({
    plan,
    title: shortTitleEn(p.data, translation),
    regionName: regionById(p.data.region).nameEn,
    when: formatWhen(p.data, 'en'),
    figures: comparableFigures(targets, p.id),
    english: (id) => clauseEnglish(translation, byId.get(id)!),
    indicatorName: (id) => indicatorEn.get(id),
  });
  return new Response(JSON.stringify(ComparePlanEnglish.parse(data)), { headers: { 'content-type': 'application/json' } });
}

import type { APIContext } from 'astro';
import { toCitationSource } from '../../../lib/cite/source.ts';
import { clauseLocators } from '../../../lib/cite/locator.ts';
import { getClauseMap, getPlans, planRedirects } from '../../../lib/plans.ts';
import { regionById } from '../../../lib/regions.ts';
import { PlanClausesFile } from '../../../schemas/data-export.ts';
import { getTranslations, shortTitleEn } from '../../../lib/translations/site.ts';
import { bilingualClauses } from '../../../lib/translations/view.ts';

/**
 * A documented data file (schema PlanClausesFile, listed on /data/): one plan's clauses with what a collection needs to show and cite them, and the redirects that
 * lead anchors of earlier releases to their clauses now.
 */
export async function getStaticPaths() {
  const [plans, clauses, translations] = await Promise.all([getPlans(), getClauseMap(), getTranslations()]);
  return plans.map((p) => ({ params: { id: p.id }, props: { plan: p, clauses: clauses.get(p.id) ?? [], translation: translations.get(p.id) } }));
}

export function GET({ props }: APIContext) {
  const { plan, clauses, translation } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const locators = clauseLocators(clauses);
  // Only English that translates the current Chinese: a collection quotes it as the clause.
  const english = new Map(bilingualClauses(clauses, translation).flatMap((c) => (c.status === 'translated' ? [[c.id, c.en] as const] : [])));
  const body = {
    id: plan.id,
    title: plan.data.shortTitle,
    titleEn: shortTitleEn(plan.data, translation),
    region: regionById(plan.data.region).name,
    // The page completes the URL and access date when it cites a clause.
    source: toCitationSource(plan.data, null, null),
    clauses: clauses.map((c) => ({ id: c.id, label: c.label, text: c.text, locator: locators.get(c.id)!, ...(english.has(c.id) ? { en: english.get(c.id)! } : {}) })),
    redirects: planRedirects(plan.id),
  };
  return new Response(JSON.stringify(PlanClausesFile.parse(body)), { headers: { 'content-type': 'application/json' } });
}

import type { PlanFrontmatter } from '../../schemas/plan.ts';
import { toCitationSource } from './source.ts';
import type { CitationSource } from './citation.ts';
import { DATE_SLOT, URL_SLOT } from './slots.ts';

/** Where the site is published (astro `site`, from `DUIDU_SITE_URL`); null when the build does not know. */
export function siteOrigin(site: URL | undefined): string | null {
  return site ? site.origin : null;
}

/** The citation of a plan or one of its clauses, with the URL and date left as slots for the page. */
export function citationTemplate(meta: PlanFrontmatter, locator = '', label = ''): CitationSource {
  return toCitationSource(meta, URL_SLOT, DATE_SLOT, locator, label);
}

export { planUrl as permalink } from '../urls.ts';

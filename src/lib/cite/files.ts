import { getPlans, planUrl } from '../plans.ts';
import type { CitationSource } from './citation.ts';
import { siteOrigin } from './site.ts';
import { toCitationSource } from './source.ts';

/**
 * One citation export per plan. A file built ahead of time has no access date (the reader has not
 * consulted anything yet) and an absolute URL only where the published address is configured
 * (astro `site`): never a path a reference manager could not follow.
 */
export async function citationFiles() {
  const plans = await getPlans();
  return plans.map((p) => ({
    params: { id: p.id },
    props: {
      id: p.id,
      source: (site: URL | undefined): CitationSource => {
        const origin = siteOrigin(site);
        return toCitationSource(p.data, origin ? `${origin}${planUrl(p.id)}` : null, null);
      },
    },
  }));
}

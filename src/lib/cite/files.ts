import { getPlans, planUrl } from '../plans.ts';
import { toCitationSource, type CitationSource } from './citation.ts';
import { siteOrigin } from './site.ts';

/** One citation export per plan; the access date of a file is the day it was built. */
export async function citationFiles() {
  const built = new Date().toISOString().slice(0, 10);
  const plans = await getPlans();
  return plans.map((p) => ({
    params: { id: p.id },
    props: { id: p.id, source: (site: URL | undefined): CitationSource => toCitationSource(p.data, `${siteOrigin(site)}${planUrl(p.id)}`, built) },
  }));
}

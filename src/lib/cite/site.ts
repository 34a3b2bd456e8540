import type { PlanFrontmatter } from '../../schemas/plan.ts';
import { toCitationSource, type CitationSource } from './citation.ts';

/** Stand-ins the page fills with the reader's own site address and today's date. */
export const URL_SLOT = '\u0000url\u0000';
export const DATE_SLOT = '\u0000date\u0000';

/** Where the site is published (`DUIDU_SITE_URL` at build time); unknown builds use paths. */
export function siteOrigin(site: URL | undefined): string {
  return site ? site.origin : '';
}

/** The citation of a plan or one of its clauses, with the URL and date left as slots. */
export function citationTemplate(meta: PlanFrontmatter, locator = '', label = ''): CitationSource {
  return toCitationSource(meta, URL_SLOT, DATE_SLOT, locator, label);
}

/** Splits a formatted citation at its slots, for markup that marks the URL and date. */
export function splitSlots(text: string): { kind: 'text' | 'url' | 'date'; text: string }[] {
  return text
    .split(/(\u0000url\u0000|\u0000date\u0000)/)
    .filter((p) => p !== '')
    .map((p) => (p === URL_SLOT ? { kind: 'url', text: '' } : p === DATE_SLOT ? { kind: 'date', text: '' } : { kind: 'text', text: p }));
}

/** Fills the slots for files and exports built ahead of time. */
export function fillSlots(s: CitationSource, origin: string, path: string, date: string): CitationSource {
  return { ...s, url: `${origin}${path}`, accessed: date };
}

export { planUrl as permalink } from '../urls.ts';

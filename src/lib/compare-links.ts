/** Links to the compare page, `/compare/?plans=<a>,<b>`: plans side by side. */

/**
 * Whether this build has the compare page. Links to it are left out of a build without it, so
 * that no link on the site points at a missing page (the link gate would rightly fail).
 */
export const hasComparePage = Object.keys(import.meta.glob('../pages/compare/index.astro')).length > 0;

/** `/compare/?plans=a,b`, the plans in the order given. */
export function compareUrl(plans: readonly string[]): string {
  return `/compare/?plans=${plans.map(encodeURIComponent).join(',')}`;
}

/** Links to the compare page, `/compare/?plans=<a>,<b>`: plans side by side. */

/** `/compare/?plans=a,b`, the plans in the order given. */
export function compareUrl(plans: readonly string[]): string {
  return `/compare/?plans=${plans.map(encodeURIComponent).join(',')}`;
}

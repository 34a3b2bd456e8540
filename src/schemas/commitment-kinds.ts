/**
 * The commitment levels and policy instruments as plain values, without zod, so the compare page's
 * script can use them: zod compiles its checks with `new Function`, which the site's policy forbids.
 */
export const strengths = ['binding', 'directive', 'encouraging', 'aspirational', 'none'] as const;
export const instruments = ['supply', 'environment', 'demand'] as const;

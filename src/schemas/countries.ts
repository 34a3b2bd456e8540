import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/** `content/countries.json`: document → ISO 3166-1 alpha-2 code → the clauses naming the country. */
export const CountryMentions = z.record(z.string(), z.record(z.string().regex(/^[A-Z]{2}$/), z.array(ClauseId)));
export type CountryMentions = z.infer<typeof CountryMentions>;

/** `content/countries-reviewed.json`: country readings an editor ruled out, each with its reason. */
export const CountryExclusions = z.array(
  z.strictObject({
    document: z.string(),
    clause: ClauseId,
    /** The ISO code read there by mistake. */
    country: z.string().regex(/^[A-Z]{2}$/),
    reason: z.string().min(1),
  }),
);
export type CountryExclusions = z.infer<typeof CountryExclusions>;

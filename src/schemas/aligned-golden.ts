import { z } from 'astro/zod';

/** `document#clause`. */
const ClauseRef = z.string().regex(/^[a-z][a-z0-9-]*#[a-z][a-z0-9-]*$/, 'use document#clause');

/** `content/alignments-golden.json`: clause pairs an editor judged by reading, which gate the aligner. */
export const AlignedGolden = z.strictObject({
  /** What "aligned" means, as the editors applied it. */
  criterion: z.string().min(1),
  judgedBy: z.string().min(1),
  judgedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** How the pairs were chosen and read. */
  method: z.string().min(1),
  pairs: z.array(
    z.strictObject({
      a: ClauseRef,
      b: ClauseRef,
      aligned: z.boolean(),
      /** The shared subject (positives) or why not (negatives), in a few words. */
      subject: z.string().min(1),
      why: z.string().min(1),
      /** `reading`: found by reading the texts; otherwise the machine list the pair was judged from. */
      source: z.string().min(1),
    }),
  ),
});
export type AlignedGolden = z.infer<typeof AlignedGolden>;

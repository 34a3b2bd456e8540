import { z } from 'astro/zod';

const Line = z.number().int().positive();
const Reason = {
  /** Why the change was made, in Chinese, shown to readers. */
  reason: z.string().min(1),
  /** The same reason in English. */
  reasonEn: z.string().min(1),
};

/**
 * One recorded repair of the text as received, applied by the pipeline to source lines
 * (numbered as in the file as received) before structure is recovered.
 */
export const Correction = z.discriminatedUnion('op', [
  /** Move lines `lines[0]..lines[1]` so they stand just before line `before`. */
  z.strictObject({ op: z.literal('move'), lines: z.tuple([Line, Line]), before: Line, ...Reason }),
  /** Append line `line` to the end of line `onto`, with nothing between (a word split by layout). */
  z.strictObject({ op: z.literal('join'), line: Line, onto: Line, ...Reason }),
  /**
   * The list items on lines `lines[0]..lines[1]` (consecutive in reading order) are one item that
   * layout broke over several bullets: read as one item, its parts joined as the layout joins lines.
   */
  z.strictObject({ op: z.literal('join-items'), lines: z.tuple([Line, Line]), ...Reason }),
  /** Replace the literal `find` by `replace` in line `line` (a typo or extraction error). */
  z.strictObject({ op: z.literal('replace'), line: Line, find: z.string().min(1), replace: z.string(), ...Reason }),
]);
export type Correction = z.infer<typeof Correction>;

export const Corrections = z.array(Correction);

/** A change to the text as received that readers are told about on the plan page. */
export const EditorialNote = z.strictObject({
  /** `correction`: a recorded repair; `rule`: a rule applied to the whole text (markup removed). */
  kind: z.enum(['correction', 'rule']),
  /** What was done, in Chinese. */
  text: z.string().min(1),
  textEn: z.string().min(1),
  /** Source lines concerned. */
  lines: z.array(Line),
  /** Clauses whose text the change touches. */
  clauses: z.array(z.string()),
});
export type EditorialNote = z.infer<typeof EditorialNote>;

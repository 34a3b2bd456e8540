import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';
import { instruments, strengths } from './commitment-kinds.ts';

/**
 * How strongly a clause commits, by the strongest wording it uses:
 * - `binding`: an obligation or a prohibition (确保, 必须, 不得, 严禁, 严格, 一律);
 * - `directive`: the plan says what will be done, plainly (加快, 推进, 建立, 实施, 要);
 * - `encouraging`: others are encouraged or supported to act (鼓励, 支持, 引导, 倡导);
 * - `aspirational`: an aim or a trial, not a promise (力争, 争取, 探索, 试点, 逐步);
 * - `none`: no commitment: a title, the publisher's framing, a report of what was done, a review of
 *   the past, a heading with no text of its own.
 */
export { strengths, instruments };
export const Strength = z.enum(strengths);
export type Strength = z.infer<typeof Strength>;

/**
 * The policy instrument a measure uses, after Rothwell and Zegveld as Chinese policy-text studies
 * apply it to education:
 * - `supply`: the government provides the means (funds, teachers and training, schools, bases and
 *   platforms, courses and resources, information);
 * - `environment`: it shapes the conditions (goals and plans, rules and standards, mechanisms,
 *   evaluation and supervision, organisation and leadership, reform, publicity);
 * - `demand`: it creates or buys the demand (government purchase of services, outsourcing,
 *   exchanges and cooperation abroad, pilots and demonstration projects that pull others in).
 */
export const Instrument = z.enum(instruments);
export type Instrument = z.infer<typeof Instrument>;

/** A word that decided the coding, with its place in the clause text. */
export const Cue = z.strictObject({
  word: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type Cue = z.infer<typeof Cue>;

export const ClauseCommitment = z.strictObject({
  strength: Strength,
  /** The words that decided the strength (all of the winning level); empty for `none`. */
  strengthWords: z.array(Cue),
  /**
   * Soft words the clause also uses (鼓励, 支持, 力争, 探索 …) where a firmer word decided its
   * strength: a directive clause that encourages or tries in part. Empty for `none`.
   */
  hedges: z.array(Cue),
  /** Why a clause is `none` (a report, a review of the past, framing …); null otherwise. */
  noneReason: z.string().min(1).nullable(),
  /** The instrument most of the clause's measures use; null when it has none (or is `none`). */
  instrument: Instrument.nullable(),
  /**
   * True where the clause sets goals, targets, principles or the guiding thought: its instrument is
   * environment (目标规划) by its place, whatever its words.
   */
  goal: z.boolean(),
  /** The words of each instrument the clause uses, in instrument order. */
  instrumentWords: z.strictObject({ supply: z.array(Cue), environment: z.array(Cue), demand: z.array(Cue) }),
});
export type ClauseCommitment = z.infer<typeof ClauseCommitment>;

/**
 * A dated commitment with no number: `到2022年，…实现全覆盖`, `实现…零突破`, `基本实现教育现代化`.
 * Figures are target records (content/targets.json); these are the end states a plan promises by a year.
 */
export const DatedCommitment = z.strictObject({
  clause: ClauseId,
  year: z.number().int().min(1949).max(2100),
  /** `stated`: in the sentence; `context`: an earlier 到YYYY年 of the clause or its section; `period`: the plan's last year. */
  yearBasis: z.enum(['stated', 'context', 'period']),
  /** The end state as worded: 全覆盖, 零突破, 基本实现, 全面建成 … */
  state: z.string().min(1),
  /** The phrase, exactly as in the clause text. */
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
});
export type DatedCommitment = z.infer<typeof DatedCommitment>;

/** `content/commitments/<document>.json`: every clause coded, and the dated non-numeric commitments. */
export const DocumentCommitments = z.strictObject({
  document: z.string().min(1),
  clauses: z.record(ClauseId, ClauseCommitment),
  dated: z.array(DatedCommitment),
});
export type DocumentCommitments = z.infer<typeof DocumentCommitments>;

/**
 * Judged after the rules were written, to measure them on text they were not tuned on: `second`
 * after the first rules, `third` before they were retuned on the first two samples, `fourth` from
 * the plans only (the news feature commits nothing) with the rules left as they were, `fifth` every
 * clause of the plans not judged before, judged without the rules' output while the rules were
 * being changed on the third and fourth.
 */
const LaterSample = z.enum(['second', 'third', 'fourth', 'fifth']);
/** The judged samples in the order they were drawn; a clause with no `sample` is in the first. */
export const judgedSamples = ['first', ...LaterSample.options] as const;
export type JudgedSample = (typeof judgedSamples)[number];

/** `content/commitments-judged.json`: clauses coded by reading, which gate the rules. */
export const CommitmentsJudged = z.strictObject({
  /** Who judged, when, and by what criterion. */
  by: z.string().min(1),
  on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  criterion: z.string().min(1),
  clauses: z
    .array(
      z.strictObject({
        /** `document#clause`. */
        ref: z.string().regex(/^[a-z0-9-]+#[a-z][a-z0-9-]*$/),
        strength: Strength,
        instrument: Instrument.nullable(),
        /** Why, where the reading is not plain from the words. */
        note: z.string().min(1).optional(),
        /** The sample after the first that the clause was judged in (`LaterSample`). */
        sample: LaterSample.optional(),
      }),
    )
    .min(1),
});
export type CommitmentsJudged = z.infer<typeof CommitmentsJudged>;

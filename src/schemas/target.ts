import { z } from 'astro/zod';
import { ClauseId } from './clause.ts';

/** ASCII id of an indicator, stable across documents: `sister-schools`. */
export const IndicatorId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'indicator ids are lowercase ASCII, digits and hyphens');

/**
 * The indicator of a figure that names nothing in the link table (`引进优秀教师400余人` before
 * anyone added a row for it). The figure is still a record, shown as 未归入指标; it is never linked
 * across documents, and no row of content/indicators.json may take this id.
 */
export const UNASSIGNED = 'unassigned';
export const UNASSIGNED_NAME = '未归入指标';

/** How the figure binds: `不少于10` is at-least, `2-3` a range, `2所左右` about, `60个` exact. */
export const comparisons = ['at-least', 'at-most', 'about', 'exact', 'range'] as const;
export const Comparison = z.enum(comparisons);
export type Comparison = z.infer<typeof Comparison>;

/**
 * What the figure is, by when it stands. `target`: a level or change a plan sets for a year to come.
 * `outcome`: a result a report says was reached (the news feature's 126 friendly schools).
 * `baseline`: where things stood before a plan, as its review of the past (发展基础) states it —
 * the figures its targets start from (88 + 271 + 18 sister-school pairs at the end of 2020).
 */
export const TargetKind = z.enum(['target', 'outcome', 'baseline']);
export type TargetKind = z.infer<typeof TargetKind>;

/** The plan's own classification of an indicator: 预期性 (expected) or 约束性 (binding). */
export const Attribute = z.enum(['预期性', '约束性']);
export type Attribute = z.infer<typeof Attribute>;

/**
 * What the figure counts. `level`: the stock reached by the year (60 friendly schools by 2021).
 * `increase`: added over the period (新增50对). `annual`: every year (每年选派60名). `standing`: a norm
 * that holds every day or for every pupil, not a level due by a year (每天体育活动不低于2小时,
 * 掌握1—2项运动技能); its year is the first year it is in force. Only levels
 * can be compared on one scale, so charts plot levels and list the others.
 */
export const Measure = z.enum(['level', 'increase', 'annual', 'standing']);
export type Measure = z.infer<typeof Measure>;

/**
 * How the year was found. `stated`: in the same sentence (到2021年, “十三五”期间 → 2020; for an
 * outcome or baseline also 截至2020年底 or a plain 获评2022年…). `context`: an earlier 到YYYY年 in
 * the same part governs it (for a baseline, the period its part reviews: “十三五”期间 → 2020).
 * `period`: the text names no year, so the plan's last year is used. `table`: the column header of
 * an indicator table. `reported`: an outcome, dated by the report's publication.
 * `before-period`: a baseline the text does not date, taken as the year before the plan begins.
 * `in-force`: a standing norm, dated by the plan's first year, from which it holds (not a deadline).
 */
export const YearBasis = z.enum(['stated', 'context', 'period', 'table', 'reported', 'before-period', 'in-force']);
export type YearBasis = z.infer<typeof YearBasis>;

/**
 * Which rule produced the record: the indicator table, a target sentence, a figure in a reporting
 * text (a report, or a plan's review of the past), or the reviewed file.
 */
export const TargetSource = z.enum(['table', 'sentence', 'report', 'reviewed']);
export type TargetSource = z.infer<typeof TargetSource>;

const Year = z.number().int().min(1949).max(2100);

/**
 * How two or more figures of one document, for one indicator, were compared. `sum`: parts stated
 * together against the whole (88 + 271 + 18 pairs against the table's 377). `difference`: a
 * target less its baseline against an increase the text states (430 − 377 = 53 against 新增50对).
 * `repeat`: the same figure stated twice (the table's 13 schools and the text's 13).
 */
export const CheckKind = z.enum(['sum', 'difference', 'repeat']);
export type CheckKind = z.infer<typeof CheckKind>;

/**
 * A comparison of figures the same document states, kept on every record it involves so a page
 * can show it beside each figure. The site shows disagreements as they are: it never picks one.
 */
export const FigureCheck = z.strictObject({
  /** Stable within a build: `<kind>:<first record id>`. */
  id: z.string().min(1),
  kind: CheckKind,
  /** Whether the figures agree (a stated at-least increase agrees with any larger difference). */
  agrees: z.boolean(),
  /** The figure the document states: the whole, the increase, or the first statement. */
  stated: z.number(),
  /** What its other figures give: the sum of the parts, target less baseline, or the restatement. */
  computed: z.number(),
  unit: z.string().min(1),
  /** Record ids compared, in document order. */
  records: z.array(z.string().min(1)).min(2),
  /** Of `records`, those compared by the baseline they carry (an indicator-table row's 2020 column), not by their own figure. */
  baselines: z.array(z.string().min(1)),
  /** One sentence for readers: the figures, the arithmetic, and whether they agree. */
  note: z.string().min(1),
});
export type FigureCheck = z.infer<typeof FigureCheck>;

/**
 * One number in a plan or report: an indicator, its figure, its year, and the exact words it
 * came from. Every record points at a clause; the quote must be a substring of that clause's text.
 */
export const TargetRecord = z
  .strictObject({
    /** `<document>/<clause>/<indicator>`, with `-2`, `-3` … when a clause states the indicator more than once. */
    id: z.string().regex(/^[a-z0-9][a-z0-9/-]*$/),
    /** An id of content/indicators.json, or `unassigned` (UNASSIGNED) when the figure names none. */
    indicator: IndicatorId,
    /** The indicator's Chinese name from the link table (content/indicators.json); 未归入指标 when unassigned. */
    indicatorName: z.string().min(1),
    /** A narrower coverage the document words (市属高校, 国际及港澳台); null when it is the indicator as a whole. */
    scope: z.string().min(1).nullable(),
    kind: TargetKind,
    comparison: Comparison,
    /** The figure as printed; null for a range. */
    value: z.number().nullable(),
    /** Lower bound implied by the comparison (at-least, range, exact, about); null when open. */
    min: z.number().nullable(),
    /** Upper bound implied by the comparison (at-most, range, exact, about); null when open. */
    max: z.number().nullable(),
    /** As printed: 个, 所, 名, %, 万人, 对, 项 … */
    unit: z.string().min(1),
    measure: Measure,
    /** Target year (by when); for an outcome the year it was reached or reported; for a baseline the year it stood. */
    year: Year,
    yearBasis: YearBasis,
    /** The starting figure where the document gives one (an indicator table's 2020 column). */
    baseline: z.number().nullable(),
    baselineYear: Year.nullable(),
    attribute: Attribute.nullable(),
    document: z.string().min(1),
    /** Region id of the document (sources/regions.json). */
    region: z.string().min(1),
    clause: ClauseId,
    /** The words the record was read from, exactly as in the clause text. */
    quote: z.string().min(1),
    source: TargetSource,
    /** Comparisons with other figures of the same document and indicator (sums, differences, restatements). */
    checks: z.array(FigureCheck),
  })
  .superRefine((r, ctx) => {
    const bad = (message: string) => ctx.addIssue({ code: 'custom', message: `${r.id}: ${message}` });
    const bounds: Record<Comparison, [number | null, number | null]> = {
      'at-least': [r.value, null],
      'at-most': [null, r.value],
      about: [r.value, r.value],
      exact: [r.value, r.value],
      range: [r.min, r.max],
    };
    if (r.comparison === 'range') {
      if (r.value !== null || r.min === null || r.max === null || !(r.min < r.max)) bad('a range needs value null and min < max');
    } else if (r.value === null) bad(`${r.comparison} needs a value`);
    else if (bounds[r.comparison][0] !== r.min || bounds[r.comparison][1] !== r.max) bad(`min/max do not follow from ${r.comparison} ${r.value}`);
    if ((r.baseline === null) !== (r.baselineYear === null)) bad('baseline and baselineYear go together');
    if (r.kind !== 'target' && r.attribute !== null) bad(`${r.kind === 'outcome' ? 'an outcome' : 'a baseline'} has no 预期性/约束性 attribute`);
    if ((r.indicator === UNASSIGNED) !== (r.indicatorName === UNASSIGNED_NAME)) bad(`an unassigned figure is named ${UNASSIGNED_NAME}, and only it`);
  });
export type TargetRecord = z.infer<typeof TargetRecord>;

export const TargetRecords = z.array(TargetRecord).superRefine((records, ctx) => {
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate target id "${r.id}"` });
    seen.add(r.id);
  });
});

/** A phrase that names an indicator in clause text, with the narrower coverage it implies, if any. */
export const IndicatorTerm = z.strictObject({
  text: z.string().min(1),
  scope: z.string().min(1).nullable().default(null),
});

/**
 * One row of the link table, `content/indicators.json`: an indicator that plans at different
 * levels and places state in their own words and units, linked under one id.
 */
export const Indicator = z.strictObject({
  id: IndicatorId,
  /** Chinese name, e.g. `友好学校（姊妹学校）`. */
  name: z.string().min(1),
  nameEn: z.string().min(1),
  group: z.enum(['opening', 'modernisation']),
  /** Phrases that name it in text; the longest match in a phrase wins. */
  terms: z.array(IndicatorTerm).min(1),
  /** Units it is counted in; a number in another unit is not this indicator. */
  units: z.array(z.string().min(1)).min(1),
  /** What a reader comparing documents should know (units that differ, scopes that overlap). */
  note: z.string().min(1).optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Indicators = z.array(Indicator).superRefine((list, ctx) => {
  const seen = new Set<string>([UNASSIGNED]);
  list.forEach((x, i) => {
    if (x.id === UNASSIGNED) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${UNASSIGNED}" is reserved for figures that name no indicator` });
    if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate indicator id "${x.id}"` });
    seen.add(x.id);
  });
});

/**
 * An entry of `content/targets-reviewed.json`: a record an editor read where the rules cannot
 * (Chinese numerals, a subject in an earlier phrase). It still names its clause and exact quote;
 * the indicator's name and the document's region are filled in from the link table and metadata.
 * Where a rule also read the figure (same clause, inside the quote, same bounds), this entry wins.
 */
export const ReviewedTarget = z.strictObject({
  /** An indicator id, or `unassigned`. */
  indicator: IndicatorId,
  scope: z.string().min(1).nullable().default(null),
  kind: TargetKind,
  comparison: Comparison,
  value: z.number().nullable(),
  min: z.number().nullable().default(null),
  max: z.number().nullable().default(null),
  unit: z.string().min(1),
  measure: Measure.default('level'),
  year: Year,
  yearBasis: YearBasis,
  baseline: z.number().nullable().default(null),
  baselineYear: Year.nullable().default(null),
  attribute: Attribute.nullable().default(null),
  document: z.string().min(1),
  clause: ClauseId,
  quote: z.string().min(1),
  /** Why the rules miss it, for the next editor. */
  reason: z.string().min(1),
});
export type ReviewedTarget = z.infer<typeof ReviewedTarget>;

/**
 * An entry of `content/targets-reviewed.json` that says why numbers of a reporting text are not
 * records: a meeting's name (长江经济带11省市), a threshold (规模超过千人), a version (2.0). Each
 * number it lists must occur, as printed, in the quote; the quote must be in the clause.
 */
export const ReviewedExclusion = z.strictObject({
  document: z.string().min(1),
  clause: ClauseId,
  quote: z.string().min(1),
  /** The numbers excluded, as printed with their unit (`11省`, `千人`, `2.0`). */
  exclude: z.array(z.string().min(1)).min(1),
  reason: z.string().min(1),
});
export type ReviewedExclusion = z.infer<typeof ReviewedExclusion>;

/** The reviewed file: records an editor read, and numbers an editor ruled out, each with its reason. */
export const ReviewedEntry = z.union([ReviewedTarget, ReviewedExclusion]);
export type ReviewedEntry = z.infer<typeof ReviewedEntry>;
export const ReviewedTargets = z.array(ReviewedEntry);

export const isExclusion = (e: ReviewedEntry): e is ReviewedExclusion => 'exclude' in e;

/**
 * A numeric target a reader counts in a plan, listed by reading every clause
 * (`content/targets-judged.json`): what the target rules are measured against.
 */
export const JudgedTarget = z.strictObject({
  document: z.string().min(1),
  clause: ClauseId,
  /** The words that state the figure, exactly as in the clause: `２所左右`, `一所`, `全部消除66人以上超大班额`. */
  printed: z.string().min(1),
  /** The bounds the target sets, as a record states them: `30所以上` is 30 and null; elimination is 0 and 0. */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** What is counted, for the reader of the list. */
  what: z.string().min(1),
});
export type JudgedTarget = z.infer<typeof JudgedTarget>;

/** A figure near a target word that a reader does not count as a target, and why (a threshold, an age, a name). */
export const JudgedNotTarget = z.strictObject({
  document: z.string().min(1),
  clause: ClauseId,
  printed: z.string().min(1),
  reason: z.string().min(1),
});
export type JudgedNotTarget = z.infer<typeof JudgedNotTarget>;

/** `content/targets-judged.json`: every numeric target of the documents read in full, and what was read and not counted. */
export const JudgedTargets = z.strictObject({
  /** The documents read clause by clause; recall and precision are measured over these only. */
  documents: z.array(z.string().min(1)).min(1),
  targets: z.array(JudgedTarget),
  notTargets: z.array(JudgedNotTarget),
});
export type JudgedTargets = z.infer<typeof JudgedTargets>;

/**
 * Sums and differences a document states for one indicator, checked against each other: its parts
 * against its whole (88 + 271 + 18 pairs against the table's 377), a target less its baseline
 * against an increase the text states (430 − 377 = 53 against 新增50对), a figure against its
 * restatement (the table's 13 schools and the text's 13). Each comparison is kept, agreeing or
 * not, on every record it involves; nothing is picked or corrected. Pure.
 */
import { UNASSIGNED, type FigureCheck, type TargetRecord } from '../../src/schemas/target.ts';

type Unchecked = Omit<TargetRecord, 'checks'>;

/** A figure as checks see it: a record, or the baseline an indicator-table row carries. */
interface Fact {
  record: Unchecked;
  kind: TargetRecord['kind'];
  value: number | null;
  min: number | null;
  max: number | null;
  comparison: TargetRecord['comparison'];
  year: number;
  /** The words a note cites: the quote, or `指标表2020年基数` for a row's baseline. */
  label: string;
  /** True for the baseline an indicator-table row carries. */
  fromTable: boolean;
}

/** The ids a check names, and which of them it compares by their table baseline. */
const named = (facts: readonly Fact[]) => ({ records: facts.map((f) => f.record.id), baselines: facts.filter((f) => f.fromTable).map((f) => f.record.id) });

function factsOf(records: readonly Unchecked[]): Fact[] {
  return records
    .filter((r) => r.indicator !== UNASSIGNED)
    .flatMap((r): Fact[] => {
      const own: Fact = { record: r, kind: r.kind, value: r.value, min: r.min, max: r.max, comparison: r.comparison, year: r.year, label: `“${r.quote}”`, fromTable: false };
      if (r.baseline === null || r.baselineYear === null) return [own];
      const base: Fact = { record: r, kind: 'baseline', value: r.baseline, min: r.baseline, max: r.baseline, comparison: 'exact', year: r.baselineYear, label: `指标表${r.baselineYear}年基数`, fromTable: true };
      return [base, own];
    });
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
/** `53`, `0.5`: arithmetic results without floating-point noise. */
const show = (n: number) => String(Math.round(n * 1e6) / 1e6);
const key = (f: Fact, ...more: unknown[]) => JSON.stringify([f.record.document, f.record.indicator, f.record.unit, f.year, ...more]);

function groupBy<T>(items: readonly T[], keyOf: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const t of items) groups.set(keyOf(t), [...(groups.get(keyOf(t)) ?? []), t]);
  return [...groups.values()];
}

/** Whether a stated figure (exact, at-least, range …) admits the computed one. */
function admits(stated: Fact, computed: number): boolean {
  if (stated.comparison === 'range' || stated.comparison === 'at-least' || stated.comparison === 'at-most') {
    return (stated.min === null || computed >= stated.min - 1e-9) && (stated.max === null || computed <= stated.max + 1e-9);
  }
  return same(stated.value!, computed);
}

/** How a stated figure reads in a note: `50`, `不少于50`, `3—5`. */
function statedText(f: Fact): string {
  if (f.comparison === 'range') return `${f.min}—${f.max}`;
  return `${f.comparison === 'at-least' ? '不少于' : f.comparison === 'at-most' ? '不超过' : ''}${f.value}`;
}

/** `（相差3对）` for an exact figure; an open or ranged one says nothing more than that it disagrees. */
function gap(stated: Fact, computed: number, unit: string): string {
  return stated.comparison === 'exact' || stated.comparison === 'about' ? `（相差${show(Math.abs(computed - stated.value!))}${unit}）` : '';
}

const isFact = (f: Fact) => f.kind !== 'target' && f.record.measure === 'level' && f.comparison === 'exact';

/** Parts stated together (same clause, each with its own scope) against a whole of the same year. */
function sumChecks(facts: readonly Fact[]): Omit<FigureCheck, 'id'>[] {
  const out: Omit<FigureCheck, 'id'>[] = [];
  const levels = facts.filter(isFact);
  for (const parts of groupBy(levels.filter((f) => f.record.scope !== null), (f) => key(f, f.record.clause))) {
    const scopes = new Set(parts.map((p) => p.record.scope));
    if (parts.length < 2 || scopes.size !== parts.length) continue;
    const sum = parts.reduce((n, p) => n + p.value!, 0);
    const wholes = levels.filter((w) => key(w) === key(parts[0]!) && !parts.includes(w) && !scopes.has(w.record.scope));
    for (const whole of wholes) {
      const agrees = same(sum, whole.value!);
      const u = whole.record.unit;
      out.push({
        kind: 'sum',
        agrees,
        stated: whole.value!,
        computed: sum,
        unit: u,
        ...named([...parts, whole]),
        note: `${parts.map((p) => `${p.value}${u}（${p.record.scope}）`).join(' + ')} = ${show(sum)}${u}；${whole.label}为${whole.value}${u}${whole.record.scope ? `（${whole.record.scope}）` : ''}，${agrees ? '两者一致' : `两者相差${show(Math.abs(sum - whole.value!))}${u}，原文未作说明`}。`,
      });
    }
  }
  return out;
}

/** A table row's target less its baseline, against an increase the text sets for the same year and scope. */
function differenceChecks(facts: readonly Fact[], records: readonly Unchecked[]): Omit<FigureCheck, 'id'>[] {
  const out: Omit<FigureCheck, 'id'>[] = [];
  for (const t of records) {
    if (t.kind !== 'target' || t.baseline === null || t.value === null || t.measure !== 'level' || t.comparison !== 'exact' || t.indicator === UNASSIGNED) continue;
    const computed = t.value - t.baseline;
    const increases = facts.filter(
      (f) => f.kind === 'target' && f.record.measure === 'increase' && f.record.document === t.document && f.record.indicator === t.indicator && f.record.unit === t.unit && f.year === t.year && f.record.scope === t.scope,
    );
    for (const inc of increases) {
      const agrees = admits(inc, computed);
      out.push({
        kind: 'difference',
        agrees,
        stated: inc.value ?? inc.min!,
        computed,
        unit: t.unit,
        records: [t.id, inc.record.id],
        baselines: [],
        note: `指标表${t.baselineYear}年${t.baseline}${t.unit} → ${t.year}年${t.value}${t.unit}，增加${show(computed)}${t.unit}；正文${inc.label}为新增${statedText(inc)}${t.unit}，${agrees ? '两者一致' : `两者不一致${gap(inc, computed, t.unit)}，原文未作说明`}。`,
      });
    }
  }
  return out;
}

/**
 * The same figure stated again elsewhere in a document: same year, unit, measure and scope, in
 * another clause (one clause listing several figures of an indicator lists different things).
 */
function repeatChecks(facts: readonly Fact[]): Omit<FigureCheck, 'id'>[] {
  const out: Omit<FigureCheck, 'id'>[] = [];
  const tense = (f: Fact) => (f.kind === 'target' ? 'target' : 'fact');
  for (const group of groupBy(facts, (f) => key(f, tense(f), f.record.measure, f.record.scope))) {
    const [first, ...rest] = group;
    for (const again of rest) {
      if (again.record.clause === first!.record.clause || first!.value === null || again.value === null) continue;
      const agrees = same(first!.value, again.value);
      const u = first!.record.unit;
      out.push({
        kind: 'repeat',
        agrees,
        stated: first!.value,
        computed: again.value,
        unit: u,
        ...named([first!, again]),
        note: `同一${first!.kind === 'target' ? '目标' : '数字'}两处：${first!.label}为${statedText(first!)}${u}，${again.label}为${statedText(again)}${u}，${agrees ? '两者一致' : `两者不一致${gap(first!, again.value, u)}，原文未作说明`}。`,
      });
    }
  }
  return out;
}

/** Every check of the records, attached to each record it involves; records keep their order. */
export function checkFigures(records: readonly Unchecked[]): TargetRecord[] {
  const facts = factsOf(records);
  const found = [...sumChecks(facts), ...differenceChecks(facts, records), ...repeatChecks(facts)];
  const ids = new Map<string, number>();
  const checks: FigureCheck[] = found.map((c) => {
    const base = `${c.kind}:${c.records[0]}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...c };
  });
  return records.map((r) => ({ ...r, checks: checks.filter((c) => c.records.includes(r.id)) }));
}

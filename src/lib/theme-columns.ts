import type { AdminLevel } from '../schemas/regions.ts';
import { levelNames } from './format.ts';

/**
 * Past this many plans, a theme × plan table or chart stops giving each plan a column: one column
 * a plan would grow the page with the corpus (500 plans made a 16 MB heatmap).
 */
export const PLAN_COLUMNS = 12;

/** A column of a theme × plans table: one plan, or every plan of one administrative level. */
export interface ThemeColumn {
  id: string;
  name: string;
  nameEn: string;
  /** The plans it counts. */
  plans: string[];
  /** Set when the column is one plan. */
  plan?: string;
}

export interface ColumnPlan {
  id: string;
  level: AdminLevel;
  title: string;
}

/** One column a plan while there are few; past {@link PLAN_COLUMNS}, one a level (省级, 直辖市, 地级市, 区县). */
export function themeColumns(plans: readonly ColumnPlan[], limit = PLAN_COLUMNS): ThemeColumn[] {
  if (plans.length <= limit) return plans.map((p) => ({ id: p.id, name: p.title, nameEn: p.title, plans: [p.id], plan: p.id }));
  return (Object.keys(levelNames) as AdminLevel[])
    .map((level) => ({ id: `level-${level}`, name: `${levelNames[level].zh}文件`, nameEn: `${levelNames[level].en} documents`, plans: plans.filter((p) => p.level === level).map((p) => p.id) }))
    .filter((c) => c.plans.length > 0);
}

/** Clauses on a theme in a column's plans, and how many of those plans have any. */
export function columnCount(byDoc: Readonly<Record<string, readonly string[]>>, column: ThemeColumn): { clauses: number; plans: number } {
  let clauses = 0;
  let plans = 0;
  for (const p of column.plans) {
    const n = byDoc[p]?.length ?? 0;
    clauses += n;
    if (n > 0) plans++;
  }
  return { clauses, plans };
}

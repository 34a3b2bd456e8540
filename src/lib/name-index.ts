/**
 * The named things of the corpus — cited documents, document numbers, named programmes — and the
 * clauses of each plan that name them: which plans cite 《中国教育现代化2035》, which run “鲁班工坊”. Pure.
 */
import type { Clause } from '../schemas/clause.ts';
import { readNames, type NameKind } from './names.ts';
import { PLAN_COLUMNS } from './theme-columns.ts';

export interface NameEntry {
  kind: NameKind;
  name: string;
  /** Plan id → the clauses naming it, in document order. */
  plans: Map<string, { id: string; label: string }[]>;
}

/** Every name, with the plans and clauses naming it; most plans first, then by name. */
export function nameIndex(plans: readonly { id: string; clauses: readonly Clause[] }[]): NameEntry[] {
  const byKey = new Map<string, NameEntry>();
  for (const p of plans) {
    for (const c of p.clauses) {
      for (const n of readNames(c.text)) {
        const key = `${n.kind}:${n.name}`;
        const entry: NameEntry = byKey.get(key) ?? { kind: n.kind, name: n.name, plans: new Map() };
        const list = entry.plans.get(p.id) ?? [];
        if (!list.some((x) => x.id === c.id)) list.push({ id: c.id, label: c.label });
        entry.plans.set(p.id, list);
        byKey.set(key, entry);
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.plans.size - a.plans.size || a.name.localeCompare(b.name, 'zh'));
}

/**
 * A row of the index names at most this many plans: one name cited by every plan would otherwise
 * make a row, and the page, grow with the corpus (《中国教育现代化2035》 in 300 plans made 3 MB).
 */
export const PLANS_SHOWN = PLAN_COLUMNS;

/** Past this many names found in one document only, the list stops; search finds the rest. */
export const SINGLE_NAMES_SHOWN = 200;

/**
 * Names found in two or more documents, most widely named first, stop here too: a corpus of many
 * plans names many programmes, and each row lists up to {@link PLANS_SHOWN} of them.
 */
export const SHARED_NAMES_SHOWN = 120;

/** The first `limit` items and how many more there are. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

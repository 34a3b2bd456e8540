/**
 * Which indicators belong on a theme's page: those whose quoted figure sits on a span where the
 * theme's term was found (content/links). Matching the span, not just the clause, matters because
 * one clause can carry many targets on different themes (Yuzhong's p2-q1 names schools, Confucius
 * Classrooms, friendly schools and joint programmes in one sentence). Pure.
 */
import type { DocumentLinks } from '../schemas/links.ts';
import { UNASSIGNED, type TargetRecord } from '../schemas/target.ts';

export function indicatorsForTheme(
  theme: string,
  records: readonly TargetRecord[],
  clauses: ReadonlyMap<string, ReadonlyMap<string, string>>,
  links: ReadonlyMap<string, DocumentLinks['clauses']>,
): string[] {
  const out: string[] = [];
  for (const r of records) {
    if (r.indicator === UNASSIGNED) continue; // a figure that names no indicator has none to show
    // The chart plots levels on one scale (target-comparison.ts); an increase or a yearly figure alone draws nothing.
    if (r.measure !== 'level') continue;
    const text = clauses.get(r.document)?.get(r.clause);
    const spans = links.get(r.document)?.[r.clause]?.themes.find((t) => t.theme === theme)?.spans ?? [];
    if (text === undefined || !spans.length) continue;
    const at = text.indexOf(r.quote);
    const end = at + r.quote.length;
    if (at >= 0 && spans.some(([s, e]) => s < end && at < e) && !out.includes(r.indicator)) out.push(r.indicator);
  }
  return out;
}

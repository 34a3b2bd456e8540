/**
 * Every number of reporting text (a report; a plan's review of the past) and what became of it:
 * a record, a rule-out by its form (a date, an ordinal, a house or plot number, a quoted name), or an editor's
 * exclusion with a reason (content/targets-reviewed.json). A number with none of these was dropped
 * silently, which the coverage test does not allow. Pure.
 */
import type { TargetRecord } from '../../src/schemas/target.ts';
import { findChineseCounts, isOrdinalAt, toHalfWidth, UNITS } from './numbers.ts';
import { quotedNames } from './reported.ts';
import type { Exclusion } from './reviewed.ts';
import { reportingKind, topAncestors, type SourceDocument } from './source.ts';

export interface NumberToken {
  start: number;
  end: number;
  /** The number as printed with what follows it: `2022年`, `20余个`, `11省`, `三届`, `4311`. */
  printed: string;
  value: number;
}

export type Fate =
  | { kind: 'record'; id: string }
  | { kind: 'date' | 'ordinal' | 'code' | 'name'; reason: string }
  | { kind: 'excluded'; reason: string }
  | { kind: 'unread' };

export interface AccountedNumber {
  document: string;
  clause: string;
  token: NumberToken;
  fate: Fate;
}

/** Units a number may carry besides a figure's: dates and numbering. Longest first. */
const SCAN_UNITS = [...UNITS, '年', '月', '日', '号'].sort((a, b) => b.length - a.length);

/** Every Arabic number (with what follows it) and every Chinese count in the text, in text order. */
export function findNumbers(text: string): NumberToken[] {
  const half = toHalfWidth(text);
  const tokens: NumberToken[] = [];
  for (const m of half.matchAll(/\d+(?:\.\d+)?/g)) {
    if (m.index > 0 && /[\d.]/.test(half[m.index - 1]!)) continue;
    let end = m.index + m[0].length;
    if (/[余多]/.test(half[end] ?? '')) end++;
    const unit = SCAN_UNITS.find((u) => half.startsWith(u, end)) ?? (/\p{Script=Han}/u.test(half[end] ?? '') ? half[end]! : '');
    end += unit.length;
    tokens.push({ start: m.index, end, printed: text.slice(m.index, end), value: Number(m[0]) });
  }
  for (const c of findChineseCounts(half)) tokens.push({ ...c, printed: text.slice(c.start, c.end) });
  return tokens.sort((a, b) => a.start - b.start);
}

/** A number that is not a count by its form: a date, an ordinal, a house or plot number, a quoted name. */
export function ruleOut(text: string, t: NumberToken): Fate | undefined {
  const half = toHalfWidth(text);
  if (quotedNames(text).some((n) => n.start <= t.start && t.end <= n.end)) return { kind: 'name', reason: '引号中的名称' };
  const printed = toHalfWidth(t.printed);
  // The same test as the figure reader's, so what it drops as an ordinal is ruled out here.
  if (isOrdinalAt(half, t.start)) return { kind: 'ordinal', reason: '序数（第…）' };
  if (/^\d{4}年$/.test(printed) && t.value >= 1949 && t.value <= 2100) return { kind: 'date', reason: '年份' };
  if (/^\d{4}$/.test(printed) && /^\s*(?:-|—|–|~|至)\s*\d{4}\s*年/.test(half.slice(t.end))) return { kind: 'date', reason: '年份区间的起年' };
  if (/^\d{1,2}月$/.test(printed) && t.value >= 1 && t.value <= 12) return { kind: 'date', reason: '月份' };
  if (/^\d{1,2}日$/.test(printed) && t.value >= 1 && t.value <= 31) return { kind: 'date', reason: '日期' };
  if (/^\d+号$/.test(printed)) return { kind: 'code', reason: '编号（门牌、地块）' };
  return undefined;
}

/** Whether a record of the clause quotes the number's place and states its value. */
function recordOf(text: string, t: NumberToken, records: readonly TargetRecord[]): TargetRecord | undefined {
  return records.find((r) => {
    if (![r.value, r.min, r.max, r.baseline].includes(t.value)) return false;
    for (let at = text.indexOf(r.quote); at !== -1; at = text.indexOf(r.quote, at + 1)) if (at <= t.start && t.end <= at + r.quote.length) return true;
    return false;
  });
}

/** Every number in the reporting parts of the documents, with its fate. */
export function accountForNumbers(docs: readonly SourceDocument[], records: readonly TargetRecord[], exclusions: readonly Exclusion[]): AccountedNumber[] {
  const out: AccountedNumber[] = [];
  for (const doc of docs) {
    const top = topAncestors(doc.clauses);
    for (const clause of doc.clauses) {
      if (!reportingKind(doc, top.get(clause.id)!)) continue;
      const mine = records.filter((r) => r.document === doc.id && r.clause === clause.id);
      for (const token of findNumbers(clause.text)) {
        const record = recordOf(clause.text, token, mine);
        const excluded = exclusions.find((e) => e.document === doc.id && e.clause === clause.id && e.start < token.end && token.start < e.end);
        const fate: Fate = record ? { kind: 'record', id: record.id } : excluded ? { kind: 'excluded', reason: excluded.reason } : (ruleOut(clause.text, token) ?? { kind: 'unread' });
        out.push({ document: doc.id, clause: clause.id, token, fate });
      }
    }
  }
  return out;
}

/** `guangzhou-opening-2021-2025#p1-s3-q1 千人 — excluded: 门槛…` */
export function formatAccounted(a: AccountedNumber): string {
  const f = a.fate;
  const what = f.kind === 'record' ? f.id : f.kind === 'unread' ? 'UNREAD' : `${f.kind}: ${f.reason}`;
  return `${a.document}#${a.clause} ${a.token.printed} — ${what}`;
}

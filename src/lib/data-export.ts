/**
 * The open data files' contents, built from the site's collections. Pure: collections in,
 * validated values or file text out; the endpoints under src/pages/data/ only load and return.
 */
import type { DocumentCommitments } from '../schemas/commitment.ts';
import type { z } from 'astro/zod';
import type { Clause } from '../schemas/clause.ts';
import type { DocumentLinks } from '../schemas/links.ts';
import type { PlanFrontmatter } from '../schemas/plan.ts';
import type { TargetRecord } from '../schemas/target.ts';
import type { Theme } from '../schemas/theme.ts';
import { rightsOf } from './rights.ts';
import { ExportedClauses, ExportedCommitments, ExportedDocuments, ExportedThemes, type ExportedClause, type ExportedCommitment, type ExportedDocument, type ExportedTheme } from '../schemas/data-export.ts';

/** Byte order mark: spreadsheet programs read a CSV as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';

/**
 * One CSV field under RFC 4180: quoted when it holds a comma, a quote, CR or LF (quotes doubled).
 * A text field starting with = + - @ (or a tab or CR) would run as a formula when a spreadsheet
 * opens the file, so it is prefixed with an apostrophe (OWASP "CSV injection"); numbers are left as they are.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: BOM, header, CRLF after every record (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** The CSV's columns: every field of a target record, in schema order. */
export const targetColumns = [
  'id', 'indicator', 'indicatorName', 'scope', 'kind', 'comparison', 'value', 'min', 'max', 'unit', 'measure',
  'year', 'yearBasis', 'baseline', 'baselineYear', 'attribute', 'document', 'region', 'clause', 'quote', 'source', 'checks',
] as const satisfies readonly (keyof TargetRecord)[];

/** A check in a spreadsheet cell: whether it agrees, then its note. One line a check. */
const checksCell = (r: TargetRecord) => r.checks.map((c) => `${c.agrees ? '一致' : '不一致'}：${c.note}`).join('\n');

export function targetsCsv(records: readonly TargetRecord[]): string {
  return toCsv(targetColumns, records.map((r) => targetColumns.map((c) => (c === 'checks' ? checksCell(r) : r[c]))));
}

/** Validated JSON text of a data file: the schema's output, so key order is the schema's. */
export function dataJson<T extends z.ZodType>(schema: T, data: unknown): string {
  return JSON.stringify(schema.parse(data), null, 1) + '\n';
}

/** Every clause of every document, documents in the order given, with its theme ids. */
export function exportClauses(order: readonly string[], clauses: ReadonlyMap<string, readonly Clause[]>, links: ReadonlyMap<string, DocumentLinks['clauses']>): ExportedClause[] {
  return ExportedClauses.parse(
    order.flatMap((document) =>
      (clauses.get(document) ?? []).map((c) => ({
        document,
        id: c.id,
        label: c.label,
        kind: c.kind,
        parent: c.parent,
        text: c.text,
        themes: links.get(document)?.[c.id]?.themes.map((t) => t.theme) ?? [],
        mentions: links.get(document)?.[c.id]?.themes.filter((t) => t.role === 'mention').map((t) => t.theme) ?? [],
      })),
    ),
  );
}

export function exportThemes(themes: readonly Theme[], index: ReadonlyMap<string, Record<string, string[]>>): ExportedTheme[] {
  return ExportedThemes.parse(themes.map((t) => ({ ...t, clauses: index.get(t.id) ?? {} })));
}

/** The sources' `"unknown"` as null: one way for a data file to say a fact is missing. */
const known = <T>(value: T | 'unknown'): T | null => (value === 'unknown' ? null : value);

export function exportDocuments(plans: readonly { id: string; data: PlanFrontmatter }[]): ExportedDocument[] {
  return ExportedDocuments.parse(
    plans.map(({ id, data }) => ({
      id,
      ...data,
      issuers: known(data.issuers),
      docNumber: known(data.docNumber),
      issued: known(data.issued),
      published: known(data.published),
      period: known(data.period),
      url: known(data.url),
      rights: rightsOf(data.type),
    })),
  );
}

/** `/data/clauses.csv`: clauses.json a row a clause, themes separated by spaces. */
export const clauseColumns = ['document', 'id', 'label', 'kind', 'parent', 'text', 'themes', 'mentions'] as const satisfies readonly (keyof ExportedClause)[];

export function clausesCsv(clauses: readonly ExportedClause[]): string {
  return toCsv(clauseColumns, clauses.map((c) => clauseColumns.map((k) => (k === 'themes' || k === 'mentions' ? c[k].join(' ') : c[k]))));
}

/** `/data/themes.csv`: themes.json a row a theme; lists separated by `|` (terms hold spaces), clauses as `document#clause`. */
export const themeColumns = ['id', 'name', 'nameEn', 'group', 'description', 'descriptionEn', 'terms', 'exclude', 'related', 'broader', 'clauses'] as const satisfies readonly (keyof ExportedTheme)[];

export function themesCsv(themes: readonly ExportedTheme[]): string {
  const cell = (t: ExportedTheme, k: (typeof themeColumns)[number]) => {
    const v = t[k];
    if (k === 'clauses') return Object.entries(t.clauses).flatMap(([doc, ids]) => ids.map((c) => `${doc}#${c}`)).join(' ');
    return Array.isArray(v) ? v.join('|') : (v as string);
  };
  return toCsv(themeColumns, themes.map((t) => themeColumns.map((k) => cell(t, k))));
}

/** Records whose clause is missing or whose quote is not in the clause: none may be published. */
export function unsourcedTargets(records: readonly TargetRecord[], clauses: ReadonlyMap<string, readonly Clause[]>): string[] {
  return records
    .filter((r) => !clauses.get(r.document)?.find((c) => c.id === r.clause)?.text.includes(r.quote))
    .map((r) => `${r.id}: quote not found in ${r.document}#${r.clause}`);
}

/** Every clause's commitment coding, documents in the order given, clauses in document order. */
export function exportCommitments(order: readonly string[], clauses: ReadonlyMap<string, readonly Clause[]>, coded: ReadonlyMap<string, DocumentCommitments>): ExportedCommitment[] {
  const words = (cues: readonly { word: string }[]) => cues.map((c) => c.word);
  return ExportedCommitments.parse(
    order.flatMap((document) =>
      (clauses.get(document) ?? []).flatMap((c) => {
        const k = coded.get(document)?.clauses[c.id];
        if (!k) return [];
        return [{ document, clause: c.id, label: c.label, strength: k.strength, strengthWords: words(k.strengthWords), hedges: words(k.hedges), noneReason: k.noneReason, instrument: k.instrument, goal: k.goal, supplyWords: words(k.instrumentWords.supply), environmentWords: words(k.instrumentWords.environment), demandWords: words(k.instrumentWords.demand) }];
      }),
    ),
  );
}

/**
 * The open data as a Frictionless Data Package (`/data/datapackage.json`): every file under /data/
 * with its schema (a JSON Schema generated from the zod schema that validates a JSON file, a
 * Table Schema for a CSV file), its licence, the package version and the build date. Pure: the
 * endpoints load and write.
 */
import { z } from 'astro/zod';
import { ExportedClauses, ExportedCommitments, ExportedCountries, ExportedDatedCommitments, ExportedDocuments, ExportedThemes, PlanClausesFile } from '../schemas/data-export.ts';
import { Indicators, TargetRecords } from '../schemas/target.ts';
import { clauseFields, targetFields, themeFields, type FieldDoc } from './data-fields.ts';
import { DATA_LICENSE } from './rights.ts';

/** The JSON files and the schema each is validated with; `/data/schemas/<name>.schema.json` publishes it. */
export const jsonSchemas = {
  targets: TargetRecords,
  indicators: Indicators,
  clauses: ExportedClauses,
  themes: ExportedThemes,
  documents: ExportedDocuments,
  countries: ExportedCountries,
  commitments: ExportedCommitments,
  'dated-commitments': ExportedDatedCommitments,
  'plan-clauses': PlanClausesFile,
} as const satisfies Record<string, z.ZodType>;
export type JsonSchemaName = keyof typeof jsonSchemas;

/** A JSON Schema (draft 2020-12) of a data file, from the zod schema that validates it. */
export function jsonSchemaOf(name: JsonSchemaName): Record<string, unknown> {
  return { $id: `schemas/${name}.schema.json`, ...z.toJSONSchema(jsonSchemas[name], { io: 'output', unrepresentable: 'any' }) };
}

/** A Table Schema field type from the documented type of a column. */
function tableType(type: string): 'integer' | 'number' | 'boolean' | 'string' {
  const base = type.replace(/\s*\|\s*null$/, '');
  return base === 'integer' || base === 'integer | null' ? 'integer' : base === 'number' ? 'number' : base === 'boolean' ? 'boolean' : 'string';
}

/** A Frictionless Table Schema for a CSV file: its columns, typed and described, in file order. */
export function tableSchema(columns: readonly string[], docs: readonly FieldDoc[]): Record<string, unknown> {
  const byName = new Map(docs.map((d) => [d.field, d]));
  return {
    fields: columns.map((name) => {
      const doc = byName.get(name);
      if (!doc) throw new Error(`data-package: column "${name}" is not documented in src/lib/data-fields.ts`);
      return { name, type: tableType(doc.type), description: doc.meaning };
    }),
    missingValues: [''],
  };
}

interface Resource {
  name: string;
  path: string;
  title: string;
  format: 'json' | 'csv';
  mediatype: string;
  encoding: 'utf-8';
  schema: string | Record<string, unknown>;
  profile?: 'tabular-data-resource';
  description?: string;
}

const SOURCE_TEXTS =
  'Holds the documents’ text: official documents are outside copyright; the news report’s text is its authors’ and is not under this licence (documents.json, rights).';

/** The package descriptor. `columns` are the CSV files' columns, as the CSV writers use them. */
export function dataPackage(options: {
  version: string;
  created: string;
  homepage: string | null;
  sources: { title: string; path: string | null }[];
  columns: { targets: readonly string[]; clauses: readonly string[]; themes: readonly string[] };
}): Record<string, unknown> {
  const json = (name: JsonSchemaName, title: string, description?: string): Resource => ({
    name,
    path: `${name}.json`,
    title,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    schema: `schemas/${name}.schema.json`,
    ...(description ? { description } : {}),
  });
  const csv = (name: 'targets' | 'clauses' | 'themes', title: string, docs: readonly FieldDoc[], description?: string): Resource => ({
    name: `${name}-csv`,
    path: `${name}.csv`,
    title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: tableSchema(options.columns[name], docs),
    ...(description ? { description } : {}),
  });
  return {
    name: 'duidu',
    title: 'Duidu 对读: China’s education-opening and modernisation plans, clause by clause',
    version: options.version,
    created: options.created,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    licenses: [DATA_LICENSE],
    sources: options.sources.map((s) => ({ title: s.title, ...(s.path ? { path: s.path } : {}) })),
    resources: [
      json('targets', 'Targets and outcomes'),
      csv('targets', 'Targets and outcomes (CSV)', targetFields),
      json('indicators', 'Indicators'),
      json('clauses', 'Clauses', SOURCE_TEXTS),
      csv('clauses', 'Clauses (CSV)', clauseFields, SOURCE_TEXTS),
      json('themes', 'Themes'),
      csv('themes', 'Themes (CSV)', themeFields),
      json('documents', 'Documents'),
      json('countries', 'Partner countries'),
      json('commitments', 'Commitment strength and policy instruments'),
      json('dated-commitments', 'Dated commitments without a number'),
    ],
  };
}

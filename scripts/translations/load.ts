/** Reads translations, the clauses they translate and the glossary from the repository. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { Clauses, type Clause } from '../../src/schemas/clause.ts';
import { DocumentMeta } from '../../src/schemas/document.ts';
import { Glossary, Translation, type GlossaryTerm } from '../../src/schemas/translation.ts';
import { parseJsonFile } from '../ingest/read-meta.ts';
import { lineOfJsonKey } from '../ingest/errors.ts';
import { checkTranslation, type Finding } from './checks.ts';

const ClauseFile = z.strictObject({ document: z.string(), clauses: Clauses });

export const glossaryPath = 'content/translations/glossary.json';
export const translationPath = (id: string) => `content/translations/${id}.json`;

export interface DocumentReport {
  id: string;
  clauses: Clause[];
  /** Absent when the document has no translation yet. */
  translation?: { file: string; words: number; translated: number; findings: (Finding & { line: number | undefined })[] };
}

export function readGlossary(root: string): GlossaryTerm[] {
  return parseJsonFile(Glossary, readFileSync(join(root, glossaryPath), 'utf8'), glossaryPath).terms;
}

const wordsOf = (en: string) => en.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

/** Every document with its clauses, and the findings of its translation where it has one. */
export function translationReports(root: string): DocumentReport[] {
  const glossary = readGlossary(root);
  const ids = readdirSync(join(root, 'content/clauses'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  const others = readdirSync(join(root, 'content/translations')).filter((f) => f.endsWith('.json') && f !== 'glossary.json' && !ids.includes(f.slice(0, -5)));
  if (others.length) throw new Error(`${translationPath(others[0]!.slice(0, -5))}: no document has this id (content/clauses/ has none)`);
  return ids.map((id) => {
    const clauses = parseJsonFile(ClauseFile, readFileSync(join(root, `content/clauses/${id}.json`), 'utf8'), `content/clauses/${id}.json`).clauses;
    const file = translationPath(id);
    if (!existsSync(join(root, file))) return { id, clauses };
    const text = readFileSync(join(root, file), 'utf8');
    const translation = parseJsonFile(Translation, text, file);
    if (translation.document !== id) throw new Error(`${file}:${lineOfJsonKey(text, ['document']) ?? 1}: document is "${translation.document}", the file is named for "${id}"`);
    const meta = parseJsonFile(DocumentMeta, readFileSync(join(root, `sources/${id}/meta.json`), 'utf8'), `sources/${id}/meta.json`);
    const findings = checkTranslation(clauses, translation, glossary, meta).map((f) => ({
      ...f,
      line: lineOfJsonKey(text, f.clause.startsWith('metadata.') ? ['metadata', f.clause.slice(9)] : ['clauses', f.clause]),
    }));
    const entries = Object.values(translation.clauses);
    return { id, clauses, translation: { file, words: entries.reduce((n, t) => n + wordsOf(t.en), 0), translated: entries.length, findings } };
  });
}

/** One line a finding: `content/translations/x.json:12: p3-s1 (三（一）): 2021 is not in the English`. */
export function findingLines(report: DocumentReport, kinds?: ReadonlySet<string>): string[] {
  if (!report.translation) return [];
  const { file, findings } = report.translation;
  const label = new Map(report.clauses.map((c) => [c.id, c.label]));
  return findings
    .filter((f) => !kinds || kinds.has(f.kind))
    .map((f) => `${file}${f.line === undefined ? '' : `:${f.line}`}: ${f.clause}${label.has(f.clause) ? ` (${label.get(f.clause)})` : ''}: ${f.message}`);
}

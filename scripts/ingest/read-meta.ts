import type { z } from 'astro/zod';
import { Corrections, type Correction } from '../../src/schemas/corrections.ts';
import { DocumentMeta } from '../../src/schemas/document.ts';
import { Regions, type Region } from '../../src/schemas/regions.ts';
import { lineOfJsonKey, SourceError } from './errors.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

type Issue = z.ZodError['issues'][number];

/**
 * The issue worth reporting. Zod reports a union that failed as a bare "Invalid input" on the
 * field; the branch the value got furthest into says what is wrong inside it (`period.end` is
 * missing), and when no branch fits at all, the branches together say what the field accepts.
 */
function reportable(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return { path: issue.path, message: issue.message };
  const branches = issue.errors.flat();
  const deepest = branches.filter((i) => i.path.length > 0).sort((a, b) => b.path.length - a.path.length)[0];
  if (deepest) {
    const inner = reportable(deepest);
    return { path: [...issue.path, ...inner.path], message: inner.message };
  }
  const accepted = branches.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : i.code === 'invalid_value' ? i.values.map((v) => JSON.stringify(v)) : []));
  return { path: issue.path, message: accepted.length ? `expected ${[...new Set(accepted)].join(' or ')}` : issue.message };
}

/** Parses JSON and validates it, reporting the file and line of the first problem. */
export function parseJsonFile<T extends z.ZodType>(schema: T, text: string, file: string): z.output<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(String(e));
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    throw new SourceError(file, line, `not valid JSON (${(e as Error).message})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = reportable(result.error.issues[0]!);
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    const missing = valueAt(data, issue.path) === undefined;
    const line = lineOfJsonKey(text, missing ? issue.path.slice(0, -1) : issue.path) ?? 1;
    throw new SourceError(file, line, `${where}: ${missing ? 'required field is missing' : issue.message}`);
  }
  return result.data;
}

export function readRegions(text: string, file: string): Region[] {
  return parseJsonFile(Regions, text, file);
}

export function readCorrections(text: string | undefined, file: string): Correction[] {
  return text === undefined ? [] : parseJsonFile(Corrections, text, file);
}

/** The line of corrections.json where each correction starts, so a failing one is cited there. */
export function correctionLines(text: string | undefined, corrections: readonly Correction[]): (number | undefined)[] {
  return corrections.map((_, i) => (text === undefined ? undefined : lineOfJsonKey(text, [i])));
}

/** Reads meta.json and checks it against itself and the regions it names. */
export function readMeta(text: string, file: string, regions: readonly Region[]): { meta: DocumentMeta; region: Region } {
  const meta = parseJsonFile(DocumentMeta, text, file);
  const region = regions.find((r) => r.id === meta.region);
  if (!region) throw new SourceError(file, lineOfJsonKey(text, ['region']), `unknown region "${meta.region}" (see sources/regions.json)`);
  if (region.level !== meta.level) {
    throw new SourceError(file, lineOfJsonKey(text, ['level']), `level "${meta.level}" does not match region ${region.id}'s level "${region.level}"`);
  }
  const period = meta.period;
  if (period && period !== 'unknown' && period.start > period.end) {
    throw new SourceError(file, lineOfJsonKey(text, ['period', 'start']), `period.start (${period.start}) is after period.end (${period.end})`);
  }
  return { meta, region };
}

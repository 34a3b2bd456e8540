import type { z } from 'astro/zod';
import { Corrections, type Correction } from '../../src/schemas/corrections.ts';
import { DocumentMeta } from '../../src/schemas/document.ts';
import { Regions, type Region } from '../../src/schemas/regions.ts';
import { lineOfJsonKey, SourceError } from './errors.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
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
    const issue = result.error.issues[0]!;
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

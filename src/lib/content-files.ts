/**
 * The per-plan files the pipeline writes to content/ (clause models, theme links, alignments), read
 * straight from disk rather than through Astro's content store. The store is kept whole until the
 * build ends, several times over: the loader's copy, its cache file bundled into the server code as
 * one string, that string parsed, and the entries rebuilt from it (docs/benchmarks.md). These
 * files are most of the content by size, and growing with the corpus, so the build reads each
 * once, or, for alignments, only the plans a page needs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';

/** The pipeline's output folders read here, under content/. */
export type PlanFolder = 'clauses' | 'links' | 'alignments';

/** content/ of the project being built: Astro's root, the folder the build runs in. */
export const contentDir = (): string => join(process.cwd(), 'content');

export interface ReadOptions {
  /**
   * Check a text against the schema once in this process: a file read again with the same text is
   * only parsed. For files several routes read (a plan's alignments: its pages, its compare data,
   * its region), where checking the same text again cost as much as parsing it.
   * Only for schemas that check without changing what they read (no defaults, no transforms), since
   * a text read again is returned as parsed.
   */
  once?: boolean;
}

/** Per schema, the digests of the texts it has passed (with `once`). */
const passed = new WeakMap<z.ZodType, Set<string>>();

/** `value` as `schema` reads it; an error names the file and what is wrong with it. */
function check<T>(file: string, value: unknown, schema: z.ZodType<T>): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** One content file (JSON unless `parse` reads it otherwise) checked against its schema; an error names the file and what is wrong with it. */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>, parse: (text: string) => unknown = JSON.parse, { once = false }: ReadOptions = {}): T {
  let text: string;
  let value: unknown;
  try {
    text = readFileSync(file, 'utf8');
    value = parse(text);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  if (!once) return check(file, value, schema);
  const digest = createHash('sha1').update(text).digest('base64');
  const texts = passed.get(schema) ?? new Set<string>();
  if (texts.has(digest)) return value as T;
  const data = check(file, value, schema);
  texts.add(digest);
  passed.set(schema, texts);
  return data;
}

/** A plan's file, which must name the plan it is named after. */
function readOwnFile<T extends { document: string }>(file: string, plan: string, schema: z.ZodType<T>, options?: ReadOptions): T {
  const data = readJsonFile(file, schema, JSON.parse, options);
  if (data.document !== plan) throw new Error(`${file}: "document" is "${data.document}", not "${plan}"`);
  return data;
}

/** One plan's file in `folder`, or undefined when the stage wrote none for it. */
export function readPlanFile<T extends { document: string }>(folder: PlanFolder, plan: string, schema: z.ZodType<T>, dir = contentDir(), options?: ReadOptions): T | undefined {
  const file = join(dir, folder, `${plan}.json`);
  return existsSync(file) ? readOwnFile(file, plan, schema, options) : undefined;
}

/** Every plan's file in `folder`, in file-name order. */
export function readPlanFolder<T extends { document: string }>(folder: PlanFolder, schema: z.ZodType<T>, dir = contentDir()): T[] {
  const at = join(dir, folder);
  return readdirSync(at)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readOwnFile(join(at, f), f.slice(0, -'.json'.length), schema));
}

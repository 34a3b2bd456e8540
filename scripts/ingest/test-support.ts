import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Region } from '../../src/schemas/regions.ts';
import { ingestDocument, type SourceFiles } from './index.ts';

/** The regions fixtures are written against. */
export const fixtureRegions: Region[] = [
  { id: 'chongqing', name: '重庆市', nameEn: 'Chongqing', level: 'municipality', parent: null },
  { id: 'yuzhong', name: '渝中区', nameEn: 'Yuzhong District', level: 'district', parent: 'chongqing' },
];

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));

/**
 * The documents a project holds: every `sources/<id>/` folder with a text.txt, sorted. Tests read
 * the folder themselves rather than ask the pipeline, so a document the pipeline skips is caught.
 */
export function sourceIds(root = fileURLToPath(new URL('../../', import.meta.url))): string[] {
  const sources = join(root, 'sources');
  return readdirSync(sources, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(sources, d.name, 'text.txt')))
    .map((d) => d.name)
    .sort();
}

/** Reads `fixtures/<name>/` as the pipeline reads `sources/<id>/`. */
export function readFixture(name: string): SourceFiles {
  const dir = join(fixturesDir, name);
  const corrections = join(dir, 'corrections.json');
  return {
    id: name,
    dir: `fixtures/${name}`,
    text: readFileSync(join(dir, 'text.txt'), 'utf8'),
    meta: readFileSync(join(dir, 'meta.json'), 'utf8'),
    corrections: existsSync(corrections) ? readFileSync(corrections, 'utf8') : undefined,
  };
}

export function fixtureNames(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** The files of a source `sources/bad/`, for tests that build their own input. */
export function badSource(text: string, meta: Record<string, unknown> = fixtureMeta(), corrections?: unknown): SourceFiles {
  return {
    id: 'bad',
    dir: 'sources/bad',
    text,
    meta: JSON.stringify(meta, null, 2),
    corrections: corrections === undefined ? undefined : JSON.stringify(corrections, null, 2),
  };
}

/** A valid meta.json for tests that build their own input. */
export function fixtureMeta(layout: Record<string, unknown> = { format: 'line-paragraphs', spacing: 'extraction' }): Record<string, unknown> {
  return {
    title: '测试文件',
    shortTitle: '测试文件',
    titleEn: 'Test document',
    issuers: [{ name: '测试机关', nameEn: 'Test issuer' }],
    docNumber: null,
    issued: { date: '2020-01-02', precision: 'day' },
    published: 'unknown',
    region: 'yuzhong',
    level: 'district',
    type: 'implementation-plan',
    period: { start: 2020, end: 2022 },
    milestones: [2022],
    note: '测试用例。',
    url: 'unknown',
    receivedAs: 'fixture.txt',
    layout,
  };
}

/** The clauses a one-paragraph-a-line text gives with these layout settings (meta.json `layout`). */
export function ingestText(text: string, layout: Record<string, unknown> = {}) {
  return ingestDocument(badSource(text, fixtureMeta({ format: 'line-paragraphs', spacing: 'extraction', ...layout })), fixtureRegions).clauses;
}

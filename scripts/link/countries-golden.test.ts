/** The countries read in each document against an editor's reading (content/countries-judged.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { CountryMentions } from '../../src/schemas/countries.ts';
import { countries } from '../../src/lib/places/countries.ts';

const read = (f: string) => JSON.parse(readFileSync(new URL(`../../content/${f}`, import.meta.url), 'utf8')) as unknown;
const judged = z.strictObject({ criterion: z.string(), judgedBy: z.string(), judgedOn: z.string(), documents: z.record(z.string(), z.array(z.string())) }).parse(read('countries-judged.json'));
const found = CountryMentions.parse(read('countries.json'));

describe('partner countries against the judged list', () => {
  const pairs = (byDoc: Record<string, readonly string[]>) => new Set(Object.entries(byDoc).flatMap(([d, codes]) => codes.map((c) => `${d}:${c}`)));
  const want = pairs(judged.documents);
  const got = pairs(Object.fromEntries(Object.entries(found).filter(([d]) => d in judged.documents).map(([d, m]) => [d, Object.keys(m)])));
  const right = [...got].filter((x) => want.has(x));
  it('reads names precisely (≥ 0.95) and finds most (≥ 0.8); the misses are bilateral short forms', () => {
    const precision = right.length / Math.max(1, got.size);
    const recall = right.length / Math.max(1, want.size);
    console.log(`countries: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; wrong: ${[...got].filter((x) => !want.has(x)).join(' ') || 'none'}; missed: ${[...want].filter((x) => !got.has(x)).join(' ') || 'none'}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
  it('judges only real country codes', () => {
    const codes = new Set(countries.map((c) => c.code));
    for (const c of Object.values(judged.documents).flat()) expect(codes).toContain(c);
  });
});

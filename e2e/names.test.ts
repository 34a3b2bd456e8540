import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Clauses } from '../src/schemas/clause.ts';
import { readPage } from './support/site.ts';
import { countries } from '../src/lib/places/countries.ts';

const content = fileURLToPath(new URL('../content/', import.meta.url));
const text = new Map<string, string>(
  readdirSync(`${content}clauses`).flatMap((f) => {
    const doc = f.replace(/\.json$/, '');
    return Clauses.parse(JSON.parse(readFileSync(`${content}clauses/${f}`, 'utf8')).clauses).map((c) => [`${doc}#${c.id}`, c.text] as const);
  }),
);

describe('the names index', () => {
  const html = readPage('/names/');
  // The countries section holds the map's own <section>: it runs to the next section of the page.
  const countrySection = () => html.slice(html.indexOf('id="names-countries"'), html.indexOf('aria-labelledby="names-cited"'));
  it('links every place a name is cited to a clause that names it, as printed', () => {
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>(\d+)<\/td><td>([\s\S]*?)<\/td><\/tr>/g)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, printed, count, places] of rows) {
      const name = printed!.replace(/^[《“]|[》”]$/g, '');
      const links = [...places!.matchAll(/href="\/plans\/([^/]+)\/#([a-z0-9-]+)"/g)].map((m) => `${m[1]}#${m[2]}`);
      expect(new Set(links.map((l) => l.split('#')[0])).size, printed).toBe(Number(count));
      for (const l of links) expect(text.get(l), `${printed} at ${l}`).toContain(name);
    }
  });
  it('lists a name shared by several plans once, with each plan', () => {
    const luban = /<th scope="row">“鲁班工坊”<\/th><td>(\d+)<\/td>/.exec(html);
    const plans = [...text].filter(([, t]) => t.includes('“鲁班工坊”')).map(([k]) => k.split('#')[0]);
    expect(Number(luban?.[1])).toBe(new Set(plans).size);
  });
  it('links every country to clauses that name it', () => {
    const section = countrySection();
    const rows = [...section.matchAll(/<tr><th scope="row">([^<\s]+) <span[^>]*>[^<]*<\/span><\/th><td>(\d+)<\/td><td>([\s\S]*?)<\/td><\/tr>/g)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, name, , places] of rows) {
      const country = countries.find((c) => c.zh === name)!;
      for (const m of places!.matchAll(/href="\/plans\/([^/]+)\/#([a-z0-9-]+)"/g)) {
        const t = text.get(`${m[1]}#${m[2]}`)!;
        expect([country.zh, ...(country.aliases ?? [])].some((n) => t.includes(n)), `${name} at ${m[1]}#${m[2]}`).toBe(true);
      }
    }
  });
  it('draws every named country on the map, shaded by how many plans name it, with a text alternative', () => {
    const section = countrySection();
    const svg = /<svg[^>]*class="chart-svg chart-world-map"[\s\S]*?<\/svg>/.exec(section)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    const table = [...section.matchAll(/<tr><th scope="row">([^<\s]+) <span[^>]*>[^<]*<\/span><\/th><td>(\d+)<\/td><td>/g)].map((m) => [m[1]!, Number(m[2])] as const);
    expect(table.length).toBeGreaterThan(0);
    for (const [name, count] of table) {
      const tip = `${name} ${countries.find((c) => c.zh === name)!.en}：${count} 份文件`;
      expect(svg, name).toMatch(new RegExp(`data-count="${count}"[^>]*>\\s*<title>${tip}</title>`));
    }
    expect(new Set([...svg.matchAll(/class="mark[^"]*"[^>]*>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1])).size).toBe(table.length);
    expect(section).toContain('href="/data/countries.json"');
  });
});

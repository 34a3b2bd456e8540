import { describe, expect, it } from 'vitest';
import { clauseColumns, clausesCsv, exportDocuments, targetColumns, themeColumns, themesCsv } from './data-export.ts';
import { dataFiles } from './data-fields.ts';
import { dataPackage, jsonSchemaOf, jsonSchemas, type JsonSchemaName } from './data-package.ts';
import { rightsOf } from './rights.ts';
import { documentIds, frontmatterOf } from './cite/test-documents.ts';

const pkg = dataPackage({
  version: '1.2.3',
  created: '2026-12-01T00:00:00.000Z',
  homepage: null,
  sources: [{ title: 'a', path: null }],
  columns: { targets: targetColumns, clauses: clauseColumns, themes: themeColumns },
});
const resources = pkg['resources'] as { name: string; path: string; format: string; schema: string | { fields: { name: string; type: string }[] } }[];

describe('the data package descriptor', () => {
  it('lists every file the /data/ page offers, each once, with its version, build date and licence', () => {
    expect(resources.map((r) => `/data/${r.path}`).sort()).toEqual(dataFiles.map((d) => d.path).sort());
    expect(pkg).toMatchObject({ name: 'duidu', version: '1.2.3', created: '2026-12-01T00:00:00.000Z', licenses: [{ name: 'CC-BY-4.0' }] });
  });

  it('gives each JSON file the JSON Schema published for it, and each CSV file a Table Schema of its columns in order', () => {
    for (const r of resources) {
      if (r.format === 'json') expect(r.schema).toBe(`schemas/${r.name}.schema.json`);
      else expect((r.schema as { fields: { name: string }[] }).fields.map((f) => f.name)).toEqual({ 'targets-csv': [...targetColumns], 'clauses-csv': [...clauseColumns], 'themes-csv': [...themeColumns] }[r.name]);
    }
    const targets = resources.find((r) => r.name === 'targets-csv')!.schema as { fields: { name: string; type: string }[] };
    expect(targets.fields.find((f) => f.name === 'year')?.type).toBe('integer');
    expect(targets.fields.find((f) => f.name === 'value')?.type).toBe('number');
  });

  it.each(Object.keys(jsonSchemas))('%s: a JSON Schema generated from its zod schema, naming every field', (name) => {
    const schema = jsonSchemaOf(name as JsonSchemaName) as { $schema: string; type: string; items?: { properties: object }; properties?: object };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const zod = jsonSchemas[name as JsonSchemaName] as unknown as { element?: { shape: object }; shape?: object };
    const shape = zod.element?.shape ?? zod.shape!;
    expect(Object.keys((schema.items ?? schema).properties!)).toEqual(Object.keys(shape));
  });
});

describe('documents.json', () => {
  const docs = exportDocuments(documentIds.map((id) => ({ id, data: frontmatterOf(id) })));
  it('writes null, never the sources’ "unknown", for a missing fact', () => {
    expect(JSON.stringify(docs)).not.toContain('"unknown"');
    const schema = JSON.stringify(jsonSchemaOf('documents'));
    expect(schema).not.toContain('unknown');
  });
  it('says under what terms each text is shown: official documents outside copyright, the news report its authors’', () => {
    for (const d of docs) expect(d.rights).toEqual(rightsOf(d.type));
    expect(rightsOf('notice-with-plan').note).toContain('第五条');
    expect(rightsOf('news-report').status).toBe('copyrighted');
  });
});

describe('CSV beside the JSON', () => {
  it('clauses.csv: one row a clause, themes in one cell', () => {
    const csv = clausesCsv([{ document: 'd', id: 'p1', label: '一', kind: 'part', parent: null, text: '甲，乙, "丙"', themes: ['a', 'b'], mentions: ['b'] }]);
    expect(csv.slice(1).split('\r\n')).toEqual(['document,id,label,kind,parent,text,themes,mentions', 'd,p1,一,part,,"甲，乙, ""丙""",a b,b', '']);
  });
  it('themes.csv: lists joined, clauses as document#clause', () => {
    const theme = { id: 't', name: '友好学校', nameEn: 'Sister schools', group: 'opening' as const, description: 'd', descriptionEn: 'e', terms: ['友好学校', '姊妹学校'], exclude: [], related: ['x'], broader: ['y'], clauses: { d: ['p1', 'p2'] } };
    expect(themesCsv([theme]).slice(1).split('\r\n')[1]).toBe('t,友好学校,Sister schools,opening,d,e,友好学校|姊妹学校,,x,y,d#p1 d#p2');
  });
});

/** `/data/schemas/<name>.schema.json`: the JSON Schema of each JSON data file, generated from its zod schema. */
import type { APIContext } from 'astro';
import { jsonSchemaOf, jsonSchemas, type JsonSchemaName } from '../../../lib/data-package.ts';

export function getStaticPaths() {
  return Object.keys(jsonSchemas).map((name) => ({ params: { name } }));
}

export function GET({ params }: APIContext) {
  return new Response(JSON.stringify(jsonSchemaOf(params['name'] as JsonSchemaName), null, 1) + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
}

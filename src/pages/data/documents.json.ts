/** `/data/documents.json`: each document's metadata. */
import type { APIRoute } from 'astro';
import { dataJson, exportDocuments } from '../../lib/data-export.ts';
import { getPlans } from '../../lib/plans.ts';
import { ExportedDocuments } from '../../schemas/data-export.ts';

export const GET: APIRoute = async () =>
  new Response(dataJson(ExportedDocuments, exportDocuments(await getPlans())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

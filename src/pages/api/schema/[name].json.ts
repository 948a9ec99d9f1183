import type { APIRoute } from 'astro';
import { siteUrl } from '#data/site-url.ts';
import { apiJsonSchema, jsonResponse } from '#lib/open-data/json-schema.ts';
import { type ApiSchemaName, apiSchemas } from '#schemas/open-data.ts';

export function getStaticPaths() {
  return Object.keys(apiSchemas).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params, site }) => jsonResponse(apiJsonSchema(params.name as ApiSchemaName, siteUrl(site)));

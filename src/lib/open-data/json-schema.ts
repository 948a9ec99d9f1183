import { z } from 'zod';
import { type ApiSchemaName, apiSchemas } from '#schemas/open-data.ts';
import { urls } from '#lib/routes/urls.ts';

/** The JSON Schema (draft 2020-12) of one kind of API resource, generated from its zod schema. */
export function apiJsonSchema(name: ApiSchemaName, site: URL): Record<string, unknown> {
  const generated = z.toJSONSchema(apiSchemas[name], { io: 'output', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return { $schema, $id: new URL(urls.api.schema(name), site).href, title: `Styrdok: ${name}`, ...rest };
}

/** A static JSON file as the build writes it: indented, so it reads well when opened. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}

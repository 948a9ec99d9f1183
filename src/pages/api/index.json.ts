import type { APIRoute } from 'astro';
import { apiIndex } from '#lib/open-data/catalogue.ts';
import { jsonResponse } from '#lib/open-data/json-schema.ts';
import { apiLinks } from '#lib/open-data/links.ts';
import { siteUrl } from '#data/site-url.ts';

export const GET: APIRoute = ({ site }) => jsonResponse(apiIndex(apiLinks(siteUrl(site))));

import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { corpusPeriods } from '../../lib/applicable-documents.ts';
import { urls } from '../../lib/urls.ts';

// The date picker's lookup table, fetched when a date is chosen instead of repeated in every page.
export const GET: APIRoute = async () => {
  const periods = corpusPeriods(await getCorpus());
  const table = periods.map(({ from, to }) => ({ from, to: to ?? null, href: urls.pointInTime(from) }));
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};

import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus.ts';
import { programPeriods } from '../../lib/applicable-documents.ts';
import { urls } from '../../lib/urls.ts';

// The date pickers' lookup table, fetched when a date is chosen instead of repeated in every page:
// every program's periods, so one table serves the program pages and the page for all programs.
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const periods = programPeriods(corpus);
  const table = corpus.programs.flatMap((program) =>
    (periods.get(program.id) ?? []).map(({ from, to }) => ({
      program: program.id,
      name: program.data.namn,
      from,
      to: to ?? null,
      href: urls.programPointInTime(program.id, from),
    })),
  );
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};

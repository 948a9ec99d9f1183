import type { APIRoute } from 'astro';
import { getCorpus } from '#data/corpus.ts';
import { formatDate, sv } from '#i18n/sv.ts';
import { programPeriods } from '#lib/versions/applicable-documents.ts';
import { urls } from '#lib/routes/urls.ts';

// The date pickers' lookup table, fetched when a date is chosen instead of repeated in every page:
// every program's periods, so one table serves the program pages and the page for all programs.
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const periods = programPeriods(corpus);
  const table = corpus.programs.flatMap((program) =>
    (periods.get(program.id) ?? []).map(({ from, to }) => ({
      program: program.id,
      name: program.data.namn,
      // Written out here, so the picker shows the period as the pages do without formatting dates itself.
      period: sv.compare.pointInTime.period(formatDate(from), to && formatDate(to)),
      from,
      to: to ?? null,
      href: urls.programPointInTime(program.id, from),
    })),
  );
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};

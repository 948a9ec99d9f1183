import { programPeriods } from '#lib/versions/applicable-documents.ts';
import { getCorpus, getPageCacheKeys } from './corpus.ts';

// The routes with one page per remiss or per program share these, so none can forget the cache
// key that lets a rebuild copy its pages (src/lib/site/page-cache-keys.ts).

/** One path per remiss, with the remiss as its prop. */
export async function remissPaths() {
  const [corpus, keys] = await Promise.all([getCorpus(), getPageCacheKeys()]);
  return corpus.remisser.map((remiss) => ({ params: { remiss: remiss.id }, props: { remiss }, cacheKey: keys.remiss(remiss.id) }));
}

/** One path per program, with the program as its prop. */
export async function programPaths() {
  const [corpus, keys] = await Promise.all([getCorpus(), getPageCacheKeys()]);
  return corpus.programs.map((program) => ({ params: { program: program.id }, props: { program }, cacheKey: keys.program(program.id) }));
}

/** One path per period of what applied in a program, with the periods before and after it. */
export async function programPeriodPaths() {
  const [corpus, keys] = await Promise.all([getCorpus(), getPageCacheKeys()]);
  const periods = programPeriods(corpus);
  return corpus.programs.flatMap((program) => {
    const list = periods.get(program.id) ?? [];
    return list.map((period, index) => ({
      params: { program: program.id, datum: period.from },
      props: { program, period, before: list[index - 1], after: list[index + 1] },
      cacheKey: keys.pointInTime(program.id),
    }));
  });
}

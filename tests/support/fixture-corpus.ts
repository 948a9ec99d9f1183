import { buildCorpus } from '#lib/corpus/build-corpus.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { publishedEntries } from '#lib/publicity/publicity.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { FIXTURE_CONTENT } from './paths.ts';

/** The fixture corpus as the site sees it (published entries only), with the problems found building it. */
export async function fixtureCorpus(
  contentDir = FIXTURE_CONTENT,
): Promise<{ corpus: Corpus; problems: ReturnType<typeof buildCorpus>['problems'] }> {
  const { entries } = await readContentEntries(contentDir);
  return buildCorpus(publishedEntries(entries), { stanceLabel: (stallning) => stallning });
}

export const nameIn = (corpus: Corpus) => (id: string) => corpus.organisation(id)?.data.namn ?? id;

import path from 'node:path';
import { buildCorpus } from '#lib/corpus/build-corpus.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { publishedEntries } from '#lib/publicity/publicity.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { FIXTURE_CONTENT, ROOT } from './paths.ts';

const loaded = new Map<string, Promise<Corpus>>();

/** A rendered corpus of what is published, as the site builds it, read once per test file. */
export function loadCorpus(contentDir: string): Promise<Corpus> {
  let corpus = loaded.get(contentDir);
  if (!corpus) {
    corpus = readContentEntries(contentDir, ROOT).then(({ entries, problems }) => {
      if (problems.length > 0) throw new Error(problems.map((problem) => problem.format()).join('\n'));
      return buildCorpus(publishedEntries(entries), { render: true }).corpus;
    });
    loaded.set(contentDir, corpus);
  }
  return corpus;
}

/** The content shipped in the repository. */
export const shippedCorpus = () => loadCorpus(path.join(ROOT, 'content'));
/** The one fixture corpus. */
export const fixtureCorpus = () => loadCorpus(FIXTURE_CONTENT);

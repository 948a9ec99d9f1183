import { getCollection } from 'astro:content';
import { sv } from '../i18n/sv.ts';
import { buildCorpus, type CorpusEntries } from '../lib/build-corpus.ts';
import { ContentErrors } from '../lib/content-problem.ts';
import type { ContentEntry } from '../lib/content-entry.ts';
import type { Corpus } from '../lib/corpus-model.ts';
import { glossaryLinkTerms } from '../lib/glossary.ts';
import { type PageCacheKeys, pageCacheKeys } from '../lib/page-cache-keys.ts';
import { publishedEntries } from '../lib/publicity.ts';
import { getLastChanged } from './page-sources.ts';

type StoreEntry<T> = { id: string; filePath?: string; data: T; body?: string };

const asEntries = <T>(items: StoreEntry<T>[]): ContentEntry<T>[] =>
  items.map((item) => ({ id: item.id, path: item.filePath ?? item.id, data: item.data, body: item.body ?? '' }));

let corpus: Promise<Corpus> | undefined;
let cacheKeys: Promise<PageCacheKeys> | undefined;

/** The published corpus, built once per build and shared by every page. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}

/** Keys for Astro's incremental build, from every entry, published or not (see page-cache-keys.ts). */
export function getPageCacheKeys(): Promise<PageCacheKeys> {
  cacheKeys ??= readEntries().then(async (entries) =>
    pageCacheKeys({ ...entries, ordlista: asEntries(await getCollection('ordlista')) }, getLastChanged()),
  );
  return cacheKeys;
}

async function readEntries(): Promise<CorpusEntries> {
  return {
    program: asEntries(await getCollection('program')),
    programversioner: asEntries(await getCollection('programversioner')),
    organisationer: asEntries(await getCollection('organisationer')),
    remisser: asEntries(await getCollection('remisser')),
    remissvar: asEntries(await getCollection('remissvar')),
    anvisningar: asEntries(await getCollection('anvisningar')),
    sidor: asEntries(await getCollection('sidor')),
    beredning: asEntries(await getCollection('beredning')),
  };
}

async function load(): Promise<Corpus> {
  const entries = await readEntries();
  const glossary = glossaryLinkTerms((await getCollection('ordlista')).flatMap((entry) => entry.data.termer));
  const { corpus: built, problems } = buildCorpus(publishedEntries(entries), {
    glossary,
    stanceLabel: (stallning) => sv.stance[stallning as keyof typeof sv.stance] ?? stallning,
    handlingLabels: {
      lead: (utfall) => sv.consultation.handlingLeadText(sv.consultation.utfall[utfall]),
      changed: (title) => sv.consultation.changedIn(title),
    },
  });
  const errors = problems.filter((problem) => problem.severity === 'fel');
  if (errors.length > 0) throw new ContentErrors(errors);
  return built;
}

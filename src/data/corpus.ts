import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCollection } from 'astro:content';
import type { Root } from 'mdast';
import { sv } from '#i18n/sv.ts';
import type { CorpusEntries } from '#lib/content/content-entry.ts';
import { buildCorpus } from '#lib/corpus/build-corpus.ts';
import { ContentErrors } from '#lib/content/content-problem.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { glossaryLinkTerms } from '#lib/site/glossary.ts';
import { type PageCacheKeys, pageCacheKeys } from '#lib/site/page-cache-keys.ts';
import { publishedEntries } from '#lib/publicity/publicity.ts';
import { projectParseCache } from '#markdown/parse-cache.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { parseInParallel } from '#markdown/parse-in-parallel.ts';
import { parseMarkdown } from '#markdown/processor.ts';
import { getLastChanged } from './page-sources.ts';
import { skippedFiles } from '#loaders/skipped-files.ts';

type StoreEntry<T> = { id: string; filePath?: string; data: T; body?: string };

const asEntries = <T>(items: StoreEntry<T>[]): ContentEntry<T>[] =>
  items.map((item) => ({ id: item.id, path: item.filePath ?? item.id, data: item.data, body: item.body ?? '' }));

let corpus: { signature: string; model: Promise<Corpus> } | undefined;
let cacheKeys: Promise<PageCacheKeys> | undefined;

/**
 * The published corpus, built once per build and shared by every page. Under `npm run dev` it is
 * built again when the loader has loaded an edit, and a file the loader had to leave out is shown
 * as the page's error (in the build, the content check has reported it before any page renders).
 */
export async function getCorpus(): Promise<Corpus> {
  const signature = import.meta.env.DEV ? await contentSignature() : '';
  if (corpus?.signature !== signature) corpus = { signature, model: load() };
  return corpus.model;
}

/** Which entries there are, and which version of each: changes whenever the loader stores an edit. */
async function contentSignature(): Promise<string> {
  const collections = [
    'program',
    'programversioner',
    'organisationer',
    'remisser',
    'remissvar',
    'anvisningar',
    'sidor',
    'beredning',
    'ordlista',
  ] as const;
  const lists = await Promise.all(collections.map((name) => getCollection(name)));
  const skipped = [...skippedFiles().keys()].sort();
  return JSON.stringify([lists.flat().map((entry) => `${entry.collection}/${entry.id}@${entry.digest ?? ''}`), skipped]);
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
  const skipped = [...skippedFiles().values()].flat();
  if (import.meta.env.DEV && skipped.length > 0) throw new ContentErrors(skipped);
  const entries = publishedEntries(await readEntries());
  const glossary = glossaryLinkTerms((await getCollection('ordlista')).flatMap((entry) => entry.data.termer));
  const { corpus: built, problems } = buildCorpus(entries, {
    glossary,
    parse: await parsedOnEveryCore(entries),
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

/**
 * Parsing the bodies is most of the model's cost, so they are parsed on every core first, or read
 * back from the last build's parse (src/markdown/parse-cache.ts). Each tree
 * is handed out once (the model transforms trees in place); a body asked for again is parsed again.
 */
async function parsedOnEveryCore(entries: CorpusEntries): Promise<(source: string) => Root> {
  const bodies = [...new Set(Object.values(entries).flatMap((list: ContentEntry<unknown>[]) => list.map(markdownSource)))];
  // This module runs bundled, away from src/markdown/: the worker's file is found in the project.
  const root = process.cwd();
  const worker = pathToFileURL(path.join(root, 'src/markdown/parse-worker.ts'));
  const trees = await parseInParallel(bodies, { mode: 'published', worker, cache: projectParseCache(root, 'published') });
  const unused = new Map(bodies.map((body, index) => [body, trees[index] as Root]));
  return (source) => {
    const tree = unused.get(source);
    unused.delete(source);
    return tree ?? parseMarkdown(source);
  };
}

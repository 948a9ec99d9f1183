import type { Root } from 'mdast';
import { projectParseCache } from '#markdown/parse-cache.ts';
import { startParsing } from '#markdown/parse-in-parallel.ts';
import { parseMarkdown, publishedTreeToRead } from '#markdown/processor.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { siteConfig } from '#config/site.ts';
import { buildCorpus } from '#lib/corpus/build-corpus.ts';
import { codeInContentProblems } from './code-in-content.ts';
import { type ContactDetailsPolicy, contactDetailProblems } from './contact-details.ts';
import { separateFollowOns } from './follow-on-problems.ts';
import { headingIdProblems } from './heading-ids.ts';
import { internalLinkProblems } from './internal-links.ts';
import { linkSchemeProblems } from './link-schemes.ts';
import { personnummerProblems } from './personnummer.ts';
import { placeholderProblems } from './placeholders.ts';
import { requiredPageProblems } from './required-pages.ts';
import { strayFileProblems } from './stray-files.ts';
import { unpublishedLinkProblems } from './unpublished-links.ts';
import { contentDocuments } from '#lib/content/content-documents.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import { contentLinks } from '#lib/content/content-links.ts';
import { mdxProblems } from '#lib/content/mdx-problems.ts';
import type { ContentProblem } from '#lib/content/content-problem.ts';
import { keptBackTitleProblems } from '#lib/publicity/kept-back-title-problems.ts';
import { publicityProblems } from '#lib/publicity/publicity.ts';
import { readRawContentFiles } from '#lib/content/raw-content-files.ts';
import { type ContentEntries, readContentEntries } from '#lib/content/read-content.ts';
import { siteMap } from '#lib/site/site-map.ts';
import { markdownBody } from '#lib/content/source-file.ts';

export interface CheckOptions {
  /** The site's decision on officials' contact details; defaults to src/config/site.ts. */
  contactDetails?: ContactDetailsPolicy;
}

/**
 * Every problem in the content under `contentDir`, without rendering anything: schemas, references,
 * lineage and duplicate IDs while building the model, then one check per concern (src/lib/checks/).
 * Sorted by file and line, so an editor can work down the list.
 */
export async function checkContent(contentDir: string, rootDir = process.cwd(), options: CheckOptions = {}): Promise<ContentProblem[]> {
  return (await inspectContent(contentDir, rootDir, options)).problems;
}

/** checkContent's problems, and the entries it read, for a caller that needs them too (the build). */
export async function inspectContent(
  contentDir: string,
  rootDir = process.cwd(),
  options: CheckOptions = {},
): Promise<{ problems: ContentProblem[]; entries: ContentEntries; followOns: ContentProblem[] }> {
  // Parsing the bodies is the largest part of the work: it starts on the other cores as soon as the
  // files are read, while this thread reads their fields, and this thread joins in after.
  const rawFiles = await readRawContentFiles(contentDir, rootDir);
  const bodies = [
    ...new Set(
      rawFiles.flatMap((file) => {
        const body = /\.mdx?$/.test(file.path) ? markdownBody(file.text) : undefined;
        return body === undefined ? [] : [markdownSource({ body, path: file.path })];
      }),
    ),
  ];
  const parsing = startParsing(bodies, { cache: projectParseCache(rootDir, 'as-written') });
  const {
    entries,
    problems: schemaProblems,
    documents: documentsByFile,
  } = await readContentEntries(contentDir, rootDir, new Map(rawFiles.map((file) => [file.path, file.text])));
  const allEntries = Object.values(entries).flat() as ContentEntry<Record<string, unknown>>[];
  // What needs no Markdown tree is done while the other cores still parse: after the join, this
  // thread works alone.
  const beforeTrees = [
    ...strayFileProblems(contentDir, rootDir),
    ...schemaProblems,
    ...requiredPageProblems(contentDir, rootDir, entries.tillganglighet),
    ...publicityProblems(entries),
    ...personnummerProblems(rawFiles),
    ...contactDetailProblems(allEntries, options.contactDetails ?? siteConfig.contactDetails),
  ];
  const trees = await parsing.join();
  const documents = await contentDocuments(entries, new Map(bodies.map((body, index) => [body, trees[index] as Root])));
  const written = new Map(documents.map((document) => [markdownSource(document.entry), document.tree]));
  const parse = (markdown: string) => {
    const tree = written.get(markdown);
    // The model is built without rendering, which only reads the trees.
    return tree ? publishedTreeToRead(tree) : parseMarkdown(markdown);
  };
  const { corpus, problems: referenceProblems } = buildCorpus(entries, { render: false, parse });
  const links = contentLinks(documents);
  const map = siteMap(
    corpus,
    documents,
    entries.ordlista.flatMap((entry) => entry.data.termer),
  );

  const found = [
    ...beforeTrees,
    ...referenceProblems,
    ...mdxProblems(documents),
    ...codeInContentProblems(documents),
    ...linkSchemeProblems(documents),
    ...internalLinkProblems(links, map),
    ...unpublishedLinkProblems(links, map),
    ...keptBackTitleProblems(entries, documents, (file) => documentsByFile.get(file)),
    ...placeholderProblems(documents),
    ...headingIdProblems(documents),
  ];
  // A problem caused by another document's error is left for when that error is fixed.
  const { shown: problems, followOns } = separateFollowOns(found, (file) => documentsByFile.get(file));
  problems.sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      (a.location.column ?? 0) - (b.location.column ?? 0),
  );
  return { problems, entries, followOns };
}

/**
  // A problem caused by another document's error is left for when that error is fixed.
  const { shown: problems, followOns } = separateFollowOns(found, (file) => documentsByFile.get(file));
 * A problem as a GitHub workflow command, so it shows on the line in the pull request. Its title
 * is the problem's code, which the editors' guide explains, and the field at fault.
 */
export function githubAnnotation(problem: ContentProblem): string {
  const { file, line, column } = problem.location;
  const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const title = problem.field ? `${problem.code} [${problem.field}]` : problem.code;
  const properties = Object.entries({ file, line, col: column, title })
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  const message = escapeData(`${problem.message}${problem.hint ? ` ${problem.hint}` : ''}`);
  return `::${problem.severity === 'fel' ? 'error' : 'warning'} ${properties}::${message}`;
}

import type { Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { headingIdOf } from '#markdown/remark-heading-ids.ts';
import type { ContentDocument } from '#lib/content/content-documents.ts';
import type { CollectionName } from '#lib/content/content-entry.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { programPeriodStarts } from '#lib/versions/applicable-documents.ts';
import type { Term } from '#schemas/ordlista.ts';
import { glossaryByLetter } from './glossary.ts';
import { isPublished } from '#lib/publicity/publicity.ts';
import { programSectionIds } from '#lib/lineage/section-history.ts';
import { versionPairs } from '#lib/compare/version-comparison.ts';
import { anvisningarByProgram, programAnchor } from '#lib/corpus/anvisningar-by-program.ts';
import { registryEntries, registryYears } from './registry-numbers.ts';
import { remissVersions } from '#lib/consultation/remiss-versions.ts';
import { STANCES } from '#lib/consultation/stance-filter.ts';
import { ALL_STANCES_ANCHOR, sitePaths, stanceAnchor } from '#lib/routes/urls.ts';

/** One page of the site as links see it. */
export interface SitePage {
  /** IDs on the page that a link may name after `#`. */
  anchors: Set<string>;
  /** False when the page is made from a document that is not published: it will not exist on the site. */
  published: boolean;
}

export type SiteMap = Map<string, SitePage>;

/** IDs every page has, from the layout. */
const LAYOUT_ANCHORS = ['innehall'];

/**
 * Every page the site builds and the anchors on it, from the whole corpus (published or not), so
 * that links in content can be checked without rendering. It mirrors src/pages/: a new kind of
 * page belongs here too (a build test compares the two).
 */
export function siteMap(corpus: Corpus, documents: readonly ContentDocument[], glossaryTerms: readonly Term[] = []): SiteMap {
  const explicitIds = new Map(documents.map((document) => [document.entry.path, headingIds(document)]));
  const map: SiteMap = new Map();
  const add = (url: string, published: boolean, anchors: Iterable<string> = []) =>
    map.set(url, { anchors: new Set([...LAYOUT_ANCHORS, ...anchors]), published });

  for (const url of [sitePaths.home(), sitePaths.search(), sitePaths.programs(), sitePaths.organisations(), sitePaths.remisser()])
    add(url, true);
  add(
    sitePaths.anvisningar(),
    true,
    anvisningarByProgram(publishedView(corpus)).map((group) => programAnchor(group.program?.id)),
  );
  add(sitePaths.accessibility(), true);
  add(
    sitePaths.glossary(),
    true,
    glossaryByLetter(glossaryTerms).flatMap((group) => [`bokstav-${group.letter}`, ...group.entries.map((entry) => entry.anchor)]),
  );
  add(sitePaths.registry(), true);
  for (const { year, entries } of registryYears(registryEntries(corpus)))
    add(
      sitePaths.registry(year),
      true,
      entries.map((entry) => entry.slug),
    );
  add(sitePaths.pointInTime(), true);
  const periodStarts = programPeriodStarts(corpus);
  const publishedPeriodStarts = programPeriodStarts(publishedView(corpus));

  for (const program of corpus.programs) {
    const programPublished = isPublished(program.data);
    add(sitePaths.program(program.id), programPublished);
    add(sitePaths.compareVersions(program.id), programPublished);
    add(sitePaths.changelog(program.id), programPublished);
    add(sitePaths.programPointInTime(program.id), programPublished);
    const publishedPeriods = new Set(publishedPeriodStarts.get(program.id));
    for (const from of periodStarts.get(program.id) ?? []) add(sitePaths.programPointInTime(program.id, from), publishedPeriods.has(from));
    for (const [older, newer] of versionPairs(program.versions))
      add(sitePaths.comparison(program.id, older.id, newer.id), programPublished);
    // Every section a program has had has a history (sectionHistory finds it at least where it is).
    for (const sectionId of programSectionIds(program)) add(sitePaths.sectionHistory(program.id, sectionId), programPublished);
    for (const version of program.versions) {
      const published = programPublished && isPublished(version.data);
      add(sitePaths.version(program.id, version.id), published, [
        ...version.sections.map((section) => section.id),
        ...(explicitIds.get(version.path) ?? []),
      ]);
      for (const section of version.sections) add(sitePaths.section(program.id, version.id, section.id), published);
    }
  }
  for (const anvisning of corpus.anvisningar) {
    add(
      sitePaths.anvisning(anvisning.id),
      anvisning.versions.some((version) => isPublished(version.data)),
      explicitIds.get(anvisning.current.path),
    );
    for (const version of anvisning.versions) {
      add(sitePaths.anvisningVersion(anvisning.id, version.id), isPublished(version.data), explicitIds.get(version.path));
    }
    for (const [older, newer] of versionPairs(anvisning.versions)) {
      add(sitePaths.anvisningComparison(anvisning.id, older.id, newer.id), isPublished(older.data) && isPublished(newer.data));
    }
  }
  for (const organisation of corpus.organisations) add(sitePaths.organisation(organisation.id), isPublished(organisation.data));
  for (const remiss of corpus.remisser) {
    const remissPublished = isPublished(remiss.data);
    add(sitePaths.remiss(remiss.id), remissPublished, explicitIds.get(remiss.path));
    add(sitePaths.matrix(remiss.id), remissPublished);
    add(sitePaths.sammanstallning(remiss.id), remissPublished);
    for (const section of remissVersions(corpus, remiss).sent?.sections ?? []) {
      add(sitePaths.remissSection(remiss.id, section.id), remissPublished, [ALL_STANCES_ANCHOR, ...STANCES.map(stanceAnchor)]);
    }
    for (const answer of remiss.remissvar) {
      const organisation = corpus.organisation(answer.organisationId);
      add(
        sitePaths.remissvar(remiss.id, answer.organisationId),
        isPublished(remiss.data) && isPublished(answer.data) && (!organisation || isPublished(organisation.data)),
        [...answer.kommentarer.map((kommentar) => `kommentar-${kommentar.id}`), ...(explicitIds.get(answer.path) ?? [])],
      );
    }
  }
  for (const sida of corpus.sidor) add(sitePaths.sida(sida.id), isPublished(sida.data), sida.anchors);
  return map;
}

/** The page a content file is published on, from its path under content/; undefined for files no page shows. */
export function urlOfContentFile(relativePath: string): string | undefined {
  const parts = relativePath.replace(/\.(md|mdx|yaml)$/, '').split('/');
  const [collection, first = '', second = ''] = parts as [CollectionName | string, string?, string?];
  if (collection === 'program' && second === 'program') return sitePaths.program(first);
  if (collection === 'program' && second) return sitePaths.version(first, second);
  if (collection === 'anvisningar' && second) return sitePaths.anvisningVersion(first, second);
  if (collection === 'organisationer' && first) return sitePaths.organisation(first);
  if (collection === 'remisser' && first) return sitePaths.remiss(first);
  if (collection === 'remissvar' && second) return sitePaths.remissvar(first, second);
  if (collection === 'sidor' && first) return sitePaths.sida(first);
  return undefined;
}

function headingIds(document: ContentDocument): string[] {
  const ids: string[] = [];
  visit(document.tree, 'heading', (heading: Heading) => {
    const id = headingIdOf(heading);
    if (id) ids.push(id);
  });
  return ids;
}

/** The corpus as the site sees it, for pages (like the point-in-time periods) that only published documents shape. */
function publishedView(corpus: Corpus): Corpus {
  return {
    ...corpus,
    programs: corpus.programs
      .filter((program) => isPublished(program.data))
      .map((program) => ({ ...program, versions: program.versions.filter((version) => isPublished(version.data)) })),
    anvisningar: corpus.anvisningar
      .map((anvisning) => ({ ...anvisning, versions: anvisning.versions.filter((version) => isPublished(version.data)) }))
      .filter((anvisning) => anvisning.versions.length > 0),
  };
}

import { escapeXml, type FeedEntry, tagUri } from '#lib/site/atom-feed.ts';
import { type SummaryCount, summaryCounts } from '#lib/compare/summary-counts.ts';
import type { PairKind } from '#lib/compare/align-sections.ts';
import type { AnvisningModel, AnvisningVersionModel, Corpus, ProgramModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import type { SectionHistory } from '#lib/lineage/section-history.ts';
import { urls } from '#lib/routes/urls.ts';
import { compareProgramVersions } from '#lib/compare/version-comparison.ts';
import type { Standing } from './version-standing.ts';

/**
 * The interface strings feeds are written with; the UI dictionary's `sv.compare` is one. Declared
 * here, not taken from the dictionary, so that the dictionary may name lib types without a loop.
 */
export interface FeedLabels {
  counts: Record<SummaryCount['key'], (count: number) => string> & { words: (added: number, removed: number) => string };
  kind: Record<PairKind, string>;
  changelog: { notes: string };
  links: { compareWithPrevious: string };
  feed: {
    newVersion: (title: string) => string;
    newAnvisning: (title: string) => string;
    sectionAdded: (section: string, version: string) => string;
    sectionChanged: (section: string, version: string) => string;
    sectionLeft: (section: string, version: string) => string;
    standing: (standing: Standing) => string;
  };
}

/** The day a version became news: its decision, else the day it was sent on remiss, else when it starts to apply. */
export function versionDate(corpus: Corpus, version: VersionModel): string | undefined {
  const sent = version.remissIds.map((id) => corpus.remiss(id)?.data.skickad).filter((date) => date !== undefined);
  return version.data.beslutsdatum ?? sent.sort()[0] ?? version.data.giltighet?.fran;
}

/** One entry per dated program version: what it is and how it differs from the one it revises. */
export function versionEntry(
  corpus: Corpus,
  program: ProgramModel,
  version: VersionModel,
  site: URL,
  labels: FeedLabels,
): FeedEntry | undefined {
  const date = versionDate(corpus, version);
  if (!date) return undefined;
  const previous = program.versions.find((candidate) => candidate.id === version.data.foregaende);
  const parts = version.data.sammanfattning ? [`<p>${escapeXml(version.data.sammanfattning)}</p>`] : [];
  parts.push(`<p>${escapeXml(labels.feed.standing(version.standing))}</p>`);
  if (previous) {
    const { summary } = compareProgramVersions(corpus, program, previous, version);
    const counts = summaryCounts(summary).map(({ key, count }) => labels.counts[key](count));
    counts.push(labels.counts.words(summary.wordsAdded, summary.wordsRemoved));
    parts.push(`<ul>${counts.map((count) => `<li>${escapeXml(count)}</li>`).join('')}</ul>`);
    const notes = version.data.andringar.map((note) => `<li>${escapeXml(note.rubrik)}</li>`);
    if (notes.length > 0) parts.push(`<p>${escapeXml(labels.changelog.notes)}:</p><ul>${notes.join('')}</ul>`);
    const comparison = new URL(urls.comparison(program.id, previous.id, version.id), site).href;
    parts.push(`<p><a href="${escapeXml(comparison)}">${escapeXml(labels.links.compareWithPrevious)}</a></p>`);
  }
  return {
    id: tagUri(site, urls.version(program.id, version.id)),
    title: labels.feed.newVersion(version.data.titel),
    updated: date,
    link: new URL(urls.version(program.id, version.id), site).href,
    summary: version.data.sammanfattning,
    contentHtml: parts.join('\n'),
    categories: [program.data.kortnamn],
  };
}

/** One entry per decided version of an anvisning. */
export function anvisningEntry(
  anvisning: AnvisningModel,
  version: AnvisningVersionModel,
  site: URL,
  labels: FeedLabels,
): FeedEntry | undefined {
  const date = version.data.beslutsdatum ?? version.data.giltighet?.fran;
  if (!date) return undefined;
  const index = anvisning.versions.indexOf(version);
  const previous = index > 0 ? anvisning.versions[index - 1] : undefined;
  const comparison = previous && new URL(urls.anvisningComparison(anvisning.id, previous.id, version.id), site).href;
  return {
    id: tagUri(site, urls.anvisningVersion(anvisning.id, version.id)),
    title: labels.feed.newAnvisning(version.data.titel),
    updated: date,
    link: new URL(urls.anvisningVersion(anvisning.id, version.id), site).href,
    summary: version.data.sammanfattning,
    contentHtml: [
      `<p>${escapeXml(version.data.sammanfattning)}</p>`,
      `<p>${escapeXml(labels.feed.standing(version.standing))}</p>`,
      ...(comparison ? [`<p><a href="${escapeXml(comparison)}">${escapeXml(labels.links.compareWithPrevious)}</a></p>`] : []),
    ].join('\n'),
    categories: [version.data.program],
  };
}

/** Every change in one program (or, without one, the whole site): versions and their anvisningar. */
export function changeEntries(corpus: Corpus, site: URL, labels: FeedLabels, program?: ProgramModel): FeedEntry[] {
  const programs = program ? [program] : corpus.programs;
  const entries = programs.flatMap((p) => p.versions.map((version) => versionEntry(corpus, p, version, site, labels)));
  for (const anvisning of corpus.anvisningar) {
    for (const version of anvisning.versions) {
      if (!program || version.data.program === program.id) entries.push(anvisningEntry(anvisning, version, site, labels));
    }
  }
  return entries.filter((entry) => entry !== undefined);
}

/** A section's changes: each version where its text or place changed, where it left, and its anvisningar. */
export function sectionEntries(corpus: Corpus, history: SectionHistory, site: URL, labels: FeedLabels): FeedEntry[] {
  const { program, sectionId } = history;
  const entries: (FeedEntry | undefined)[] = [];
  const entry = (version: VersionModel, title: string, href: string, summary: string): FeedEntry | undefined => {
    const date = versionDate(corpus, version);
    return date
      ? {
          id: tagUri(site, `${urls.version(program.id, version.id)}avsnitt/${sectionId}`),
          title,
          updated: date,
          link: new URL(href, site).href,
          summary,
        }
      : undefined;
  };
  for (const { version, section, previous, departures } of history.appearances) {
    const label = `${section.number} ${section.title}`;
    if (previous?.row.changed) {
      const href = `${urls.comparison(program.id, previous.version.id, version.id)}#${previous.row.anchor}`;
      const title =
        previous.row.kind === 'ny'
          ? labels.feed.sectionAdded(label, version.data.titel)
          : labels.feed.sectionChanged(label, version.data.titel);
      entries.push(
        entry(
          version,
          title,
          href,
          `${labels.kind[previous.row.kind]}. ${labels.counts.words(previous.row.wordsAdded, previous.row.wordsRemoved)}.`,
        ),
      );
    }
    for (const departure of departures) {
      const href = `${urls.comparison(program.id, version.id, departure.version.id)}#${departure.row.anchor}`;
      entries.push(
        entry(departure.version, labels.feed.sectionLeft(label, departure.version.data.titel), href, labels.kind[departure.row.kind]),
      );
    }
  }
  for (const { anvisning, version } of history.anvisningar) entries.push(anvisningEntry(anvisning, version, site, labels));
  return entries.filter((item) => item !== undefined);
}

import { existsSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leakFinder } from '#lib/publicity/leak-guard.ts';
import { publishInputs } from '#lib/publicity/publish-inputs.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { CONTENT, CONTENT_SITE, FIXTURE_CONTENT, FIXTURE_SITE } from '../support/paths.ts';

// The last guard stops a build that writes a document kept back (src/lib/publicity/leak-guard.ts). Its
// markers are only worth something if a page showing the document would show them as written:
// so every remissvar, anvisning version and program version of the fixture and of content/, were it
// kept back, has markers found in the pages the site builds for it now, glossary links and all.
describe('the leak guard’s markers are text the document’s own page shows', () => {
  for (const [name, content, site] of [
    ['the fixture', FIXTURE_CONTENT, FIXTURE_SITE],
    ['content/', CONTENT, CONTENT_SITE],
  ] as const) {
    it(`for every remissvar in ${name}`, async () => {
      const { entries } = await readContentEntries(content);
      expect(entries.remissvar.length).toBeGreaterThan(0);
      for (const answer of entries.remissvar) {
        const markers = markersKeptBack(entries, 'remissvar', answer);
        expect(markers.length, answer.id).toBeGreaterThan(0);
        const [remiss = '', organisation = ''] = answer.id.split('/');
        const page = path.join(site, 'remisser', remiss, organisation, 'index.html');
        expect(existsSync(page), page).toBe(true);
        const html = await readFile(page, 'utf8');
        for (const marker of markers) expect(leakFinder([marker])(html), `${answer.id}: "${marker.marker}"`).toBeDefined();
      }
    });

    it(`for every published anvisning version in ${name} (a version may share all its text with another, and then has none)`, async () => {
      const { entries } = await readContentEntries(content);
      let checked = 0;
      for (const version of entries.anvisningar) {
        const page = path.join(site, 'anvisningar', ...version.id.split('/'), 'index.html');
        if (!existsSync(page)) continue;
        const html = await readFile(page, 'utf8');
        for (const marker of markersKeptBack(entries, 'anvisningar', version)) {
          expect(leakFinder([marker])(html), `${version.id}: "${marker.marker}"`).toBeDefined();
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });

    it(`for every published program version in ${name}, in the version's own pages (its sections have pages of their own)`, async () => {
      const { entries } = await readContentEntries(content);
      let checked = 0;
      for (const version of entries.programversioner) {
        const folder = path.join(site, 'program', ...version.id.split('/'));
        if (!existsSync(path.join(folder, 'index.html'))) continue;
        const markers = markersKeptBack(entries, 'programversioner', version);
        expect(markers.length, version.id).toBeGreaterThan(0);
        const pages = await Promise.all(
          (await Array.fromAsync(glob('**/index.html', { cwd: folder }))).map((file) => readFile(path.join(folder, file), 'utf8')),
        );
        for (const marker of markers) {
          expect(
            pages.some((html) => leakFinder([marker])(html)),
            `${version.id}: "${marker.marker}"`,
          ).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});

type Entries = Awaited<ReturnType<typeof readContentEntries>>['entries'];

/** The markers the build would look for if this one document were kept back. */
function markersKeptBack<K extends 'remissvar' | 'anvisningar' | 'programversioner'>(
  entries: Entries,
  collection: K,
  document: Entries[K][number],
): ReturnType<typeof publishInputs>['markers'] {
  const keptBack = {
    ...entries,
    [collection]: entries[collection].map((entry) =>
      entry === document ? { ...entry, data: { ...entry.data, publicitet: 'ej-publicerad' as const } } : entry,
    ),
  };
  return publishInputs(keptBack).markers.filter(({ path: file }) => file === document.path);
}

import { describe, expect, it } from 'vitest';
import { sv } from '#i18n/sv.ts';
import { changeEntries, sectionEntries, versionDate } from '#lib/versions/feed-entries.ts';
import { sectionHistory } from '#lib/lineage/section-history.ts';
import { fixtureCorpus } from '../../support/corpus.ts';
import { must } from '../../support/must.ts';

const site = new URL('https://styrdok.example.se');

describe('feed entries (fixture corpus)', async () => {
  const corpus = await fixtureCorpus();
  const alfa = must(corpus.program('alfa'), 'alfa');

  it('dates a version by its decision, else by the day it went on remiss; undated drafts are not news yet', () => {
    expect(alfa.versions.map((version) => versionDate(corpus, version))).toEqual(['2020-03-23', '2023-11-20', undefined]);
  });

  it('has one entry per dated version of the program and its anvisningar', () => {
    const entries = changeEntries(corpus, site, sv.compare, alfa);
    expect(entries.map((entry) => [entry.id, entry.updated])).toEqual([
      ['tag:styrdok.example.se,2024:program/alfa/2020/', '2020-03-23'],
      ['tag:styrdok.example.se,2024:program/alfa/2024/', '2023-11-20'],
      ['tag:styrdok.example.se,2024:anvisningar/larm/2022/', '2022-05-10'],
    ]);
    const remissVersion = entries[1];
    expect(remissVersion?.title).toBe('Ny version: Testprogrammet Alfa (remissversion)');
    expect(remissVersion?.contentHtml).toContain('1 sammanslagning av avsnitt');
    expect(remissVersion?.contentHtml).toContain('<li>Personsäkerhet blir ett eget avsnitt</li>');
    expect(remissVersion?.contentHtml).toContain('href="https://styrdok.example.se/program/alfa/jamfor/2020/2024/"');
  });

  it('tells a section’s subscribers when it changed, when it left, and when its anvisning changed', () => {
    const krisstod = sectionEntries(corpus, must(sectionHistory(corpus, alfa, 'krisstod'), 'krisstod'), site, sv.compare);
    expect(krisstod[0]?.summary).toMatch(/^Ändrad text\. \d+ ord tillagda och \d+ ord borttagna\.$/);
    expect(krisstod.map((entry) => entry.title)).toEqual([
      '2.1 Krisstöd ändrades i Testprogrammet Alfa (remissversion)',
      'Ny version av anvisning: Anvisning för larm och krisstöd',
    ]);
    const merged = sectionEntries(corpus, must(sectionHistory(corpus, alfa, 'civilt-forsvar'), 'civilt-forsvar'), site, sv.compare);
    expect(merged.map((entry) => [entry.title, entry.link])).toEqual([
      [
        '3 Civilt försvar finns inte kvar i Testprogrammet Alfa (remissversion)',
        'https://styrdok.example.se/program/alfa/jamfor/2020/2024/#avsnitt-beredskap',
      ],
    ]);
  });
});

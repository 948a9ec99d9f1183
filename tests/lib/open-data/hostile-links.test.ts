import { beforeAll, describe, expect, it } from 'vitest';
import { refusedScheme } from '#lib/content/link-scheme.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { apiKommentar, apiRemiss, apiRemissvar } from '#lib/open-data/consultation.ts';
import { apiLinks } from '#lib/open-data/links.ts';
import { apiAnvisning, apiSection, apiVersion } from '#lib/open-data/programs.ts';
import { fixtureCorpus } from '../../support/fixture-corpus.ts';
import { fixtureCopy } from '../../support/fixture-copy.ts';

// The check refuses these links; should one slip past it, the renderer must not publish it in the
// pages' HTML nor in the JSON API, which carries the same rendered HTML.
const HOSTILE = {
  'program/alfa/2024.md': ['Krisstöd ges även utöver kontorstid.', 'Krisstöd ges [även utöver kontorstid](javascript:alert(1)).'],
  'anvisningar/larm/2022.md': ['Ring krisstödet och följ', 'Ring [krisstödet](JaVaScRiPt:alert(2)) och följ'],
  'remissvar/alfa-2024/norr.md': ['medför ökade kostnader', 'medför [ökade kostnader][k]\n\n[k]: vbscript:msgbox(3)\n\n'],
  'remisser/alfa-2024.md': ['på remiss.', 'på [remiss](<java\tscript:alert(4)>) ![bild](data:image/svg+xml,x).'],
} as const;

/** Every address in a link or image in a text, rendered HTML or JSON holding it. */
const addresses = (text: string) => [...text.matchAll(/(?:href|src)=\\?"([^"\\]*)/g)].map((match) => match[1] as string);
const unsafe = (address: string) => refusedScheme(address) ?? refusedScheme(decodeURIComponent(address));

describe('a link with a refused scheme reaches neither the pages’ HTML nor the JSON API', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    const copy = await fixtureCopy();
    try {
      for (const [file, [before, after]] of Object.entries(HOSTILE)) await copy.edit(file, (text) => text.replace(before, after));
      ({ corpus } = await fixtureCorpus(copy.dir));
    } finally {
      await copy.remove();
    }
  });

  it('keeps the link text, without the link, wherever the text is rendered', () => {
    const links = apiLinks(new URL('https://styrdok.example.se'));
    const alfa = corpus.program('alfa');
    const version = alfa?.versions.find((v) => v.id === '2024');
    const anvisning = corpus.anvisningar.find((a) => a.id === 'larm');
    const remiss = corpus.remisser.find((r) => r.id === 'alfa-2024');
    const answer = remiss?.remissvar.find((a) => a.organisationId === 'norr');
    if (!alfa || !version || !anvisning || !remiss || !answer) throw new Error('The fixture no longer has what the test edits.');

    const rendered = [
      ...version.sections.map((section) => section.html),
      ...anvisning.versions.map((v) => v.html),
      remiss.html,
      answer.html,
      ...answer.kommentarer.map((kommentar) => kommentar.html),
    ].join('\n');
    const api = JSON.stringify([
      apiVersion(corpus, alfa, version, links),
      ...version.sections.map((section) => apiSection(corpus, version, section, links)),
      apiAnvisning(corpus, anvisning, links),
      apiRemiss(corpus, remiss, links),
      apiRemissvar(corpus, answer, links, { showHandlaggare: false }),
      ...answer.kommentarer.map((kommentar) => apiKommentar(corpus, kommentar, links)),
    ]);
    const inBoth = ['även utöver kontorstid', 'Ring krisstödet och följ', 'medför ökade kostnader'];
    for (const [name, text, phrases] of [
      ['pages', rendered, [...inBoth, 'på remiss bild.']],
      // The API has no remiss text.
      ['API', api, inBoth],
    ] as const) {
      for (const phrase of phrases) expect(text, `${name}: ${phrase}`).toContain(phrase);
      // Other links are still there, so the test would see a link left in.
      expect(addresses(text).length, name).toBeGreaterThan(0);
      expect(addresses(text).filter(unsafe), name).toEqual([]);
      expect(text, name).not.toMatch(/alert\([1-4]\)|msgbox|data:image/);
    }
  });
});

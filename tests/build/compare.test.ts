import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { atomProblems } from '../support/atom-validator.ts';
import { attr, hrefs, parsePage, select, selectAll, textOf, underHeading } from '../support/html.ts';
import { must } from '../support/must.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const page = parsePage;
const file = (url: string) => readFile(path.join(FIXTURE_SITE, url), 'utf8');
/** A change marked with ins or del as a reader gets it: all its text, and the labels a screen reader reads around the words. */
const marked = (change: Element) => ({
  text: textOf(change),
  labels: selectAll(':scope > .visually-hidden', change).map((label) => textOf(label)),
});
/** The feeds a page announces to feed readers in its head. */
const announcedFeeds = (tree: Awaited<ReturnType<typeof page>>) =>
  selectAll('link[rel~="alternate"][type="application/atom+xml"]', tree).map((link) => ({
    title: attr(link, 'title'),
    href: attr(link, 'href'),
  }));
/** The entries of an Atom feed, parsed as XML: each one's ID and the address of the page it stands for. */
const feedEntries = (xml: string) =>
  Array.from(new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')).map(
    (entry) => {
      const children = Array.from(entry.childNodes).filter((node): node is XmlElement => node.nodeType === 1);
      return {
        id: children.find((child) => child.localName === 'id')?.textContent,
        link: children.find((child) => child.localName === 'link' && child.getAttribute('rel') === 'alternate')?.getAttribute('href'),
      };
    },
  );

describe('the comparison page of two program versions', async () => {
  const html = await page('program/alfa/jamfor/2020/2024');
  /** The row of the comparison for a section, by its id. */
  const row = (id: string) => select(`#${id}`, html);

  it('marks removed and added words with del and ins and a text label, not colour alone', () => {
    const om = row('avsnitt-om');
    expect(selectAll('ins', om).map(marked)).toContainEqual({ text: '[tillagt: med säkerhet]', labels: ['[tillagt:', ']'] });
    const krisstod = row('avsnitt-krisstod');
    expect(selectAll('del', krisstod).map(marked)).toContainEqual({ text: '[borttaget: dygnet runt]', labels: ['[borttaget:', ']'] });
    expect(selectAll('ins', krisstod).map(marked)).toContainEqual({
      text: '[tillagt: även utöver kontorstid]',
      labels: ['[tillagt:', ']'],
    });
  });

  it('says how sections relate: merged, renamed, moved to another program, new', () => {
    expect(textOf(row('avsnitt-beredskap'))).toMatch(
      /Sammanslaget\s+Sammanslaget av 2 Krisberedskap och 3 Civilt försvar i Testprogrammet Alfa 2020–2023/,
    );
    expect(textOf(row('avsnitt-om'))).toMatch(/Rubriken har ändrats: Om \[tillagt: det nya \]\s*programmet/);
    const moved = row('fore-otillaten-paverkan');
    expect(textOf(moved)).toMatch(/Flyttat till annat program\s+Avsnittet finns nu i 1 Otillåten påverkan \(i Testprogrammet Beta\)/);
    expect(hrefs(moved)).toContain('/program/beta/2024/otillaten-paverkan/');
    expect(textOf(row('avsnitt-personsakerhet'))).toContain('Nytt avsnitt');
  });

  it('shows a moved paragraph as moved, linked both ways, not as removed and added', () => {
    const from = row('fore-otillaten-paverkan');
    const to = row('avsnitt-personsakerhet');
    const [, number] = /^flytt-(\d+)-fore$/.exec(attr(select('[id^="flytt-"][id$="-fore"]', from), 'id') ?? '') ?? [];
    expect(number).toBeDefined();
    expect(hrefs(from)).toContain(`#flytt-${number}-efter`);
    expect(selectAll(`#flytt-${number}-efter`, to)).toHaveLength(1);
    expect(hrefs(to)).toContain(`#flytt-${number}-fore`);
    expect(textOf(to)).toMatch(/Flyttat hit från 4 Otillåten påverkan Hot och våld mot medarbetare ska alltid rapporteras/);
    // The pair that holds the moved text is a move, not an addition.
    const holding = selectAll('.cmp-pair', to).filter((pair) => textOf(pair).includes('Hot och våld mot medarbetare ska alltid'));
    expect(holding.map((pair) => attr(pair, 'class')?.split(' '))).toEqual([expect.arrayContaining(['cmp-moved-in'])]);
  });

  it('shows a split paragraph as split, with only the changed words marked', () => {
    const krisstod = row('avsnitt-krisstod');
    expect(textOf(krisstod)).toContain('Delat i 2 stycken');
    const split = select('.cmp-split', krisstod);
    // The words the paragraphs keep stand unmarked, and the change follows them.
    const kept = selectAll('p', split).filter((paragraph) => {
      const [first, second] = paragraph.children;
      return (
        first?.type === 'text' &&
        first.value.trim() === 'Stadsdelsnämnderna ansvarar för krisstödet i sitt område' &&
        second?.type === 'element' &&
        second.tagName === 'ins'
      );
    });
    expect(kept.length).toBeGreaterThan(0);
    expect(selectAll('ins', split).map((change) => textOf(change))).not.toContainEqual(
      expect.stringMatching(/^\[tillagt: Stadsdelsnämnderna/),
    );
  });

  it('sums up the changes at the top with a jump list to each changed section', () => {
    const summary = select('[aria-labelledby="sammanfattning"]', html);
    const counts = textOf(summary);
    expect(counts).toContain('1 nytt avsnitt');
    expect(counts).toContain('1 sammanslagning av avsnitt');
    expect(counts).toContain('1 avsnitt flyttat till ett annat program');
    expect(counts).toContain('1 flyttat stycke');
    expect(counts).toMatch(/\d+ ord tillagda och \d+ ord borttagna/);
    expect(hrefs(summary)).toContain('#avsnitt-beredskap');
  });

  it('works without JavaScript: both columns and the inline text are in the page, the picker is hidden', () => {
    expect(selectAll('.cmp-old', html).length).toBeGreaterThan(0);
    expect(selectAll('.cmp-new', html).length).toBeGreaterThan(0);
    expect(selectAll('.cmp-inline', html).length).toBeGreaterThan(0);
    expect(attr(select('form.version-picker', html), 'hidden')).toBe('');
    expect(attr(select('html', html), 'lang')).toBe('sv');
  });
});

describe('every pair of versions has a page', () => {
  it('for programs, through a version in between too, listed on the program’s comparison page', async () => {
    const index = await page('program/alfa/jamfor');
    for (const pair of ['2020/2024', '2020/2025-forslag', '2024/2025-forslag']) {
      expect(hrefs(index)).toContain(`/program/alfa/jamfor/${pair}/`);
      expect(selectAll('.cmp-rows', await page(`program/alfa/jamfor/${pair}`))).toHaveLength(1);
    }
    const composed = await page('program/alfa/jamfor/2020/2025-forslag');
    expect(textOf(select('#avsnitt-medarbetarnas-sakerhet', composed))).toContain('Nytt avsnitt');
  });

  it('for anvisningar, linked from the anvisning', async () => {
    const html = await page('anvisningar/larm/jamfor/2022/2025');
    expect(selectAll('ins', html).map(marked)).toContainEqual({
      text: '[tillagt: Utöver kontorstid ringer du socialjouren.]',
      labels: ['[tillagt:', ']'],
    });
    expect(hrefs(await page('anvisningar/larm'))).toContain('/anvisningar/larm/jamfor/2022/2025/');
  });

  it('is linked from the version, and the section links to its history and feed', async () => {
    expect(hrefs(await page('program/alfa/2024'))).toContain('/program/alfa/jamfor/2020/2024/');
    const section = await page('program/alfa/2024/krisstod');
    expect(hrefs(section)).toContain('/program/alfa/avsnitt/krisstod/historik/');
    expect(announcedFeeds(section)).toContainEqual({
      title: 'Ändringar i 2.1 Krisstöd (Alfa) och dess anvisningar',
      href: '/program/alfa/avsnitt/krisstod/flode.xml',
    });
  });
});

describe('the changelog', async () => {
  const html = await page('program/alfa/andringar');
  /** What the changelog says under the heading of a version. */
  const version = (id: string) => underHeading(html, select(`#version-${id}`, html));

  it('lists each version with the editors’ notes and the comments behind them', () => {
    const later = textOf(version('2025-forslag'));
    expect(later).toContain('Kommunstyrelsen betalar krisstöd utöver kontorstid');
    expect(later).toContain('Varför: Stadsdelsnämnderna pekade på ökade kostnader.');
    expect(later).toMatch(
      /Remissynpunkter som ledde till ändringen: Norrby stadsdelsnämnd Synpunkt Krisstöd utöver kontorstid medför ökade kostnader/,
    );
    expect(hrefs(html)).toContain('/remisser/alfa-2024/norr/#kommentar-k2');
    const draft = textOf(version('2024'));
    expect(draft).toMatch(/Remissynpunkter om ändringen: Norrby stadsdelsnämnd Tillstyrker/);
    expect(draft).toContain('Beräknad sammanfattning');
  });

  it('links the computed summary to the comparison page', () => {
    expect(hrefs(html)).toContain('/program/alfa/jamfor/2020/2024/#avsnitt-beredskap');
  });
});

describe('the section history', () => {
  it('shows the section in every version with the change from the one before', async () => {
    const html = await page('program/alfa/avsnitt/krisstod/historik');
    for (const id of ['2020', '2024', '2025-forslag']) expect(selectAll(`#i-${id}`, html)).toHaveLength(1);
    const change = textOf(select('#i-2024', html));
    expect(change).toContain('Ändringar jämfört med Testprogrammet Alfa 2020–2023');
    expect(change).toContain('Delat i 2 stycken');
    expect(textOf(html)).toContain('Anvisning för larm och krisstöd');
  });

  it('follows a section whose ID changed', async () => {
    const html = await page('program/alfa/avsnitt/personsakerhet/historik');
    expect(textOf(html)).toContain('Historik för 3 Medarbetarnas säkerhet');
    expect(hrefs(html)).toContain('/program/alfa/2024/personsakerhet/');
    expect(hrefs(html)).toContain('/program/alfa/2025-forslag/medarbetarnas-sakerhet/');
    expect(textOf(select('#i-2025-forslag', html))).toMatch(/Ny rubrik Hette tidigare 3 Personsäkerhet/);
  });

  it('tells where a section went when it left', async () => {
    const merged = textOf(await page('program/alfa/avsnitt/krisberedskap/historik'));
    expect(merged).toMatch(/Vart avsnittet tog vägen Sammanslaget I Testprogrammet Alfa \(remissversion\) finns texten i 2 Beredskap\s*\./);
    const moved = await page('program/alfa/avsnitt/otillaten-paverkan/historik');
    expect(textOf(moved)).toMatch(/finns texten i 1 Otillåten påverkan \(i Testprogrammet Beta\)/);
    expect(textOf(await page('program/beta/avsnitt/otillaten-paverkan/historik'))).toMatch(
      /Avsnittet kom från 4 Otillåten påverkan i Testprogrammet Alfa/,
    );
  });
});

describe('Atom feeds', () => {
  it('are valid Atom site-wide, per program and per section', async () => {
    const feeds = ['flode.xml', 'program/alfa/flode.xml', 'program/beta/flode.xml', 'program/alfa/avsnitt/krisstod/flode.xml'];
    for (const feed of feeds) expect(atomProblems(await file(feed)), feed).toEqual([]);
    const sections = await readdir(path.join(FIXTURE_SITE, 'program/alfa/avsnitt'));
    for (const section of sections) expect(atomProblems(await file(`program/alfa/avsnitt/${section}/flode.xml`)), section).toEqual([]);
  });

  it('give each change one stable ID, the same in every feed it appears in', async () => {
    const site = feedEntries(await file('flode.xml')).map((entry) => entry.id);
    const section = feedEntries(await file('program/alfa/avsnitt/krisstod/flode.xml'));
    expect(site).toContain('tag:styrdok.example.se,2024:program/alfa/2024/');
    expect(site).toContain('tag:styrdok.example.se,2024:anvisningar/larm/2022/');
    expect(section.map((entry) => entry.id)).toContain('tag:styrdok.example.se,2024:anvisningar/larm/2022/');
    expect(section).toContainEqual({
      id: 'tag:styrdok.example.se,2024:program/alfa/2024/avsnitt/krisstod',
      link: 'https://styrdok.example.se/program/alfa/jamfor/2020/2024/#avsnitt-krisstod',
    });
  });

  it('are announced to feed readers from the pages', async () => {
    expect(announcedFeeds(await page(''))).toContainEqual({ title: 'Ändringar i Styrdok', href: '/flode.xml' });
    expect(announcedFeeds(await page('program/alfa')).map((feed) => feed.href)).toContain('/program/alfa/flode.xml');
  });
});

describe('point in time', () => {
  it("lists each program's periods and what applied in each, program by program", async () => {
    const all = await page('per-datum');
    expect(textOf(all)).toContain('Vad gällde ett visst datum?');
    expect(hrefs(all)).toContain('/program/alfa/per-datum/');
    expect(hrefs(all)).toContain('/program/beta/per-datum/');
    const index = textOf(await page('program/alfa/per-datum'));
    expect(index).toContain('Vad gällde för Alfa?');
    // Alfa's periods end where Alfa's own documents change, not where another program's do.
    expect(index).toMatch(/10 maj 2022 – 31 december 2023 Började gälla: Anvisning för larm och krisstöd \(2022\)/);
    expect(index).toMatch(/Upphörde att gälla: Testprogrammet Alfa 2020–2023/);
    expect(index).not.toContain('Beta');
    const period = textOf(await page('program/alfa/per-datum/2022-05-10'));
    expect(period).toMatch(/Gällande 10 maj 2022 – 31 december 2023/);
    expect(period).toContain('Testprogrammet Alfa 2020–2023');
    expect(period).toContain('Anvisning för larm och krisstöd');
    expect(textOf(await page('program/alfa/per-datum/2024-01-01'))).toContain('Ingen version av programmet gällde under perioden.');
    const beta = textOf(await page('program/beta/per-datum/2024-04-08'));
    expect(beta).toContain('Testprogrammet Beta. Gäller 8 april 2024 – tills vidare.');
    // Beta's own anvisning (written in MDX), and not Alfa's.
    expect(beta).toContain('Anvisning vid otillåten påverkan (2024). Gäller 8 april 2024 – tills vidare.');
    expect(beta).not.toContain('Anvisning för larm och krisstöd');
    // The old one-list-for-everything pages are gone: they grew with the square of the corpus.
    await expect(page('per-datum/2022-05-10')).rejects.toThrow();
  });
});

describe('print', () => {
  it('has an A4 print stylesheet that hides navigation and marks changes without colour', async () => {
    const html = await page('program/alfa/jamfor/2020/2024');
    const stylesheets = selectAll('link[rel~="stylesheet"]', html).map((link) => must(attr(link, 'href'), 'href'));
    expect(stylesheets.length).toBeGreaterThan(0);
    const css = (await Promise.all(stylesheets.map((href) => file(href)))).join('\n');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(print).toMatch(/\.main-nav[^{]*\{[^}]*display:\s*none/);
    expect(print).toMatch(/del:before\s*\{\s*content:\s*"\[−"/);
    expect(print).toMatch(/content:\s*" \(" attr\(href\) "\)"/);
  });
});

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomProblems } from '../support/atom-validator.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const page = (url: string) => readFile(path.join(FIXTURE_SITE, url, 'index.html'), 'utf8');
const file = (url: string) => readFile(path.join(FIXTURE_SITE, url), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The HTML of the element with this id, up to the next row. */
const rowHtml = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  expect(start, `no element with id ${id}`).toBeGreaterThan(-1);
  const next = html.indexOf('class="cmp-row', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
};

describe('the comparison page of two program versions', async () => {
  const html = await page('program/alfa/jamfor/2020/2024');

  it('marks removed and added words with del and ins and a text label, not colour alone', () => {
    const om = rowHtml(html, 'avsnitt-om');
    expect(om).toContain('<ins><span class="visually-hidden">[tillagt: </span> med säkerhet<span class="visually-hidden">]</span></ins>');
    const krisstod = rowHtml(html, 'avsnitt-krisstod');
    expect(krisstod).toMatch(
      /<del><span class="visually-hidden">\[borttaget: <\/span>dygnet runt<span class="visually-hidden">\]<\/span><\/del>/,
    );
    expect(krisstod).toMatch(/<ins><span class="visually-hidden">\[tillagt: <\/span>även utöver kontorstid/);
  });

  it('says how sections relate: merged, renamed, moved to another program, new', () => {
    expect(text(rowHtml(html, 'avsnitt-beredskap'))).toMatch(
      /Sammanslaget\s+Sammanslaget av 2 Krisberedskap och 3 Civilt försvar i Testprogrammet Alfa 2020–2023/,
    );
    expect(text(rowHtml(html, 'avsnitt-om'))).toMatch(/Rubriken har ändrats: Om \[tillagt: det nya \]\s*programmet/);
    const moved = rowHtml(html, 'fore-otillaten-paverkan');
    expect(text(moved)).toMatch(/Flyttat till annat program\s+Avsnittet finns nu i 1 Otillåten påverkan \(i Testprogrammet Beta\)/);
    expect(moved).toContain('href="/program/beta/2024/otillaten-paverkan/"');
    expect(text(rowHtml(html, 'avsnitt-personsakerhet'))).toContain('Nytt avsnitt');
  });

  it('shows a moved paragraph as moved, linked both ways, not as removed and added', () => {
    const from = rowHtml(html, 'fore-otillaten-paverkan');
    const to = rowHtml(html, 'avsnitt-personsakerhet');
    const [, number] = /id="flytt-(\d+)-fore"/.exec(from) ?? [];
    expect(number).toBeDefined();
    expect(from).toContain(`href="#flytt-${number}-efter"`);
    expect(to).toContain(`id="flytt-${number}-efter"`);
    expect(to).toContain(`href="#flytt-${number}-fore"`);
    expect(text(to)).toMatch(/Flyttat hit från 4 Otillåten påverkan Hot och våld mot medarbetare ska alltid rapporteras/);
    // The pair that holds the moved text is a move, not an addition.
    const pairClass = [...to.matchAll(/<div class="cmp-pair (cmp-[a-z-]+)"/g)]
      .filter((match) => match.index < to.indexOf('Hot och våld mot medarbetare ska alltid'))
      .at(-1);
    expect(pairClass?.[1]).toBe('cmp-moved-in');
  });

  it('shows a split paragraph as split, with only the changed words marked', () => {
    const krisstod = rowHtml(html, 'avsnitt-krisstod');
    expect(krisstod).toContain('Delat i 2 stycken');
    const split = krisstod.slice(krisstod.indexOf('cmp-split'));
    expect(split).toContain('<p class="cmp-block cmp-paragraph">Stadsdelsnämnderna ansvarar för krisstödet i sitt område<ins>');
    expect(split).not.toContain('<ins><span class="visually-hidden">[tillagt: </span>Stadsdelsnämnderna');
  });

  it('sums up the changes at the top with a jump list to each changed section', () => {
    const summary = text(html.slice(html.indexOf('id="sammanfattning"'), html.indexOf('class="cmp-controls')));
    expect(summary).toContain('1 nytt avsnitt');
    expect(summary).toContain('1 sammanslagning av avsnitt');
    expect(summary).toContain('1 avsnitt flyttat till ett annat program');
    expect(summary).toContain('1 flyttat stycke');
    expect(summary).toMatch(/\d+ ord tillagda och \d+ ord borttagna/);
    expect(html).toContain('<a href="#avsnitt-beredskap">');
  });

  it('works without JavaScript: both columns and the inline text are in the page, the picker is hidden', () => {
    expect(html).toContain('class="cmp-old');
    expect(html).toContain('class="cmp-new');
    expect(html).toContain('class="cmp-inline');
    expect(html).toMatch(/<form class="version-picker"[^>]*hidden/);
    expect(html).toContain('<html lang="sv"');
  });
});

describe('every pair of versions has a page', () => {
  it('for programs, through a version in between too, listed on the program’s comparison page', async () => {
    const index = await page('program/alfa/jamfor');
    for (const pair of ['2020/2024', '2020/2025-forslag', '2024/2025-forslag']) {
      expect(index).toContain(`href="/program/alfa/jamfor/${pair}/"`);
      expect(await page(`program/alfa/jamfor/${pair}`)).toContain('class="cmp-rows"');
    }
    const composed = await page('program/alfa/jamfor/2020/2025-forslag');
    expect(text(rowHtml(composed, 'avsnitt-medarbetarnas-sakerhet'))).toContain('Nytt avsnitt');
  });

  it('for anvisningar, linked from the anvisning', async () => {
    const html = await page('anvisningar/larm/jamfor/2022/2025');
    expect(html).toMatch(/<ins><span class="visually-hidden">\[tillagt: <\/span>Utöver kontorstid ringer du socialjouren\./);
    expect(await page('anvisningar/larm')).toContain('href="/anvisningar/larm/jamfor/2022/2025/"');
  });

  it('is linked from the version, and the section links to its history and feed', async () => {
    expect(await page('program/alfa/2024')).toContain('href="/program/alfa/jamfor/2020/2024/"');
    const section = await page('program/alfa/2024/krisstod');
    expect(section).toContain('href="/program/alfa/avsnitt/krisstod/historik/"');
    expect(section).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Ändringar i 2.1 Krisstöd (Alfa) och dess anvisningar" href="/program/alfa/avsnitt/krisstod/flode.xml">',
    );
  });
});

describe('the changelog', async () => {
  const html = await page('program/alfa/andringar');

  it('lists each version with the editors’ notes and the comments behind them', () => {
    const later = text(html.slice(html.indexOf('id="version-2025-forslag"'), html.indexOf('id="version-2024"')));
    expect(later).toContain('Kommunstyrelsen betalar krisstöd utöver kontorstid');
    expect(later).toContain('Varför: Stadsdelsnämnderna pekade på ökade kostnader.');
    expect(later).toMatch(
      /Remissynpunkter som ledde till ändringen: Norrby stadsdelsnämnd Synpunkt Krisstöd utöver kontorstid medför ökade kostnader/,
    );
    expect(html).toContain('href="/remisser/alfa-2024/norr/#kommentar-k2"');
    const draft = text(html.slice(html.indexOf('id="version-2024"'), html.indexOf('id="version-2020"')));
    expect(draft).toMatch(/Remissynpunkter om ändringen: Norrby stadsdelsnämnd Tillstyrker/);
    expect(draft).toContain('Beräknad sammanfattning');
  });

  it('links the computed summary to the comparison page', () => {
    expect(html).toContain('href="/program/alfa/jamfor/2020/2024/#avsnitt-beredskap"');
  });
});

describe('the section history', () => {
  it('shows the section in every version with the change from the one before', async () => {
    const html = await page('program/alfa/avsnitt/krisstod/historik');
    for (const id of ['2020', '2024', '2025-forslag']) expect(html).toContain(`id="i-${id}"`);
    const change = text(html.slice(html.indexOf('id="i-2024"'), html.indexOf('id="i-2025-forslag"')));
    expect(change).toContain('Ändringar jämfört med Testprogrammet Alfa 2020–2023');
    expect(change).toContain('Delat i 2 stycken');
    expect(text(html)).toContain('Anvisning för larm och krisstöd');
  });

  it('follows a section whose ID changed', async () => {
    const html = await page('program/alfa/avsnitt/personsakerhet/historik');
    expect(text(html)).toContain('Historik för 3 Medarbetarnas säkerhet');
    expect(html).toContain('href="/program/alfa/2024/personsakerhet/"');
    expect(html).toContain('href="/program/alfa/2025-forslag/medarbetarnas-sakerhet/"');
    expect(text(html.slice(html.indexOf('id="i-2025-forslag"')))).toMatch(/Ny rubrik Hette tidigare 3 Personsäkerhet/);
  });

  it('tells where a section went when it left', async () => {
    const merged = text(await page('program/alfa/avsnitt/krisberedskap/historik'));
    expect(merged).toMatch(/Vart avsnittet tog vägen Sammanslaget I Testprogrammet Alfa \(remissversion\) finns texten i 2 Beredskap\s*\./);
    const moved = await page('program/alfa/avsnitt/otillaten-paverkan/historik');
    expect(text(moved)).toMatch(/finns texten i 1 Otillåten påverkan \(i Testprogrammet Beta\)/);
    expect(text(await page('program/beta/avsnitt/otillaten-paverkan/historik'))).toMatch(
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
    const site = await file('flode.xml');
    const section = await file('program/alfa/avsnitt/krisstod/flode.xml');
    expect(site).toContain('<id>tag:styrdok.example.se,2024:program/alfa/2024/</id>');
    expect(site).toContain('<id>tag:styrdok.example.se,2024:anvisningar/larm/2022/</id>');
    expect(section).toContain('<id>tag:styrdok.example.se,2024:anvisningar/larm/2022/</id>');
    expect(section).toContain('<id>tag:styrdok.example.se,2024:program/alfa/2024/avsnitt/krisstod</id>');
    expect(section).toContain('href="https://styrdok.example.se/program/alfa/jamfor/2020/2024/#avsnitt-krisstod"');
  });

  it('are announced to feed readers from the pages', async () => {
    expect(await page('')).toContain('<link rel="alternate" type="application/atom+xml" title="Ändringar i Styrdok" href="/flode.xml">');
    expect(await page('program/alfa')).toContain('href="/program/alfa/flode.xml"');
  });
});

describe('point in time', () => {
  it("lists each program's periods and what applied in each, program by program", async () => {
    const all = await page('per-datum');
    expect(text(all)).toContain('Vad gällde ett visst datum?');
    expect(all).toContain('href="/program/alfa/per-datum/"');
    expect(all).toContain('href="/program/beta/per-datum/"');
    const index = text(await page('program/alfa/per-datum'));
    expect(index).toContain('Vad gällde för Alfa?');
    // Alfa's periods end where Alfa's own documents change, not where another program's do.
    expect(index).toMatch(/10 maj 2022 – 31 december 2023 Började gälla: Anvisning för larm och krisstöd \(2022\)/);
    expect(index).toMatch(/Upphörde att gälla: Testprogrammet Alfa 2020–2023/);
    expect(index).not.toContain('Beta');
    const period = text(await page('program/alfa/per-datum/2022-05-10'));
    expect(period).toMatch(/Gällande 10 maj 2022 – 31 december 2023/);
    expect(period).toContain('Testprogrammet Alfa 2020–2023');
    expect(period).toContain('Anvisning för larm och krisstöd');
    expect(text(await page('program/alfa/per-datum/2024-01-01'))).toContain('Ingen version av programmet gällde under perioden.');
    const beta = text(await page('program/beta/per-datum/2024-04-08'));
    expect(beta).toContain('Testprogrammet Beta . Gäller 8 april 2024 – tills vidare.');
    expect(beta).toContain('Ingen anvisning till programmet gällde under perioden.');
    expect(beta).not.toContain('Anvisning för larm och krisstöd');
    // The old one-list-for-everything pages are gone: they grew with the square of the corpus.
    await expect(page('per-datum/2022-05-10')).rejects.toThrow();
  });
});

describe('print', () => {
  it('has an A4 print stylesheet that hides navigation and marks changes without colour', async () => {
    const html = await page('program/alfa/jamfor/2020/2024');
    const css = (
      await Promise.all([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => file(match[1] as string)))
    ).join('\n');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(print).toMatch(/\.main-nav[^{]*\{[^}]*display:\s*none/);
    expect(print).toMatch(/del:before\s*\{\s*content:\s*"\[−"/);
    expect(print).toMatch(/content:\s*" \(" attr\(href\) "\)"/);
  });
});

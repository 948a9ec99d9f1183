import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { attr, hrefs, links, parsePage, select, selectAll, textOf, underHeading } from '../support/html.ts';
import { must } from '../support/must.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const page = parsePage;

async function allFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map((file) => path.join(dir, file));
}

describe('the built fixture site', () => {
  it('lists each comment on a section page with its organisation and stance', async () => {
    const html = await page('program/alfa/2024/personsakerhet');
    const comments = underHeading(html, select('#kommentarer-rubrik', html));
    expect(textOf(comments)).toContain('Norrby stadsdelsnämnd');
    expect(textOf(comments)).toMatch(/Tillstyrker\s+Förvaltningen ser positivt på att personsäkerhet lyfts fram/);
    expect(hrefs(comments)).toContain('/remisser/alfa-2024/norr/#kommentar-k1');
  });

  it('groups comments from several organisations on a shared section', async () => {
    const html = textOf(await page('program/alfa/2024/beredskap'));
    expect(html).toContain('Norrby stadsdelsnämnd');
    expect(html).toContain('Skolnämnden');
    expect(html).toMatch(/Avstyrker\s+Skolnämnden avstyrker/);
  });

  it('marks comments in the statement and links them to their sections', async () => {
    const html = await page('remisser/alfa-2024/norr');
    expect(selectAll('section#kommentar-k2.kommentar.kommentar-synpunkt', html)).toHaveLength(1);
    expect(hrefs(html)).toContain('/program/alfa/2024/beredskap/');
    expect(hrefs(html)).toContain('/program/alfa/2024/krisstod/');
    expect(textOf(html)).toContain('Förvaltningen ställer sig bakom programmet.');
  });

  it('lists who has not answered a remiss', async () => {
    const html = await page('remisser/alfa-2024');
    const heading = must(
      selectAll('h2', html).find((h2) => textOf(h2) === 'Har inte svarat'),
      'the heading Har inte svarat',
    );
    const unanswered = textOf(underHeading(html, heading));
    expect(unanswered).toContain('Söderby stadsdelsnämnd');
    expect(unanswered).not.toContain('Norrby');
  });

  it('links an anvisning and the sections it completes both ways', async () => {
    // The anvisning links to the section in the version in force; Alfa has none on the tests' build
    // date (2020's validity has ended), so to the newest decided version that has the section, not a draft.
    expect(hrefs(await page('anvisningar/larm'))).toContain('/program/alfa/2020/krisstod/');
    // The list of anvisningar puts them under the program they complete, with a jump list to each program.
    const list = await page('anvisningar');
    const program = select('section[aria-labelledby="program-alfa"]', list);
    expect(textOf(select('h2#program-alfa', program))).toBe('Testprogrammet Alfa');
    expect(attr(select('ul.card-list > li h3 > a', program), 'href')).toMatch(/^\/anvisningar\//);
    expect(selectAll('.jump-nav a', list).map((link) => attr(link, 'href'))).toEqual(['#program-alfa', '#program-beta']);
    expect(hrefs(await page('program/alfa/2020/krisstod'))).toContain('/anvisningar/larm/');
  });

  it('shows a banner pointing to the version in force on a version that is not', async () => {
    const html = await page('program/delta/2023-remiss/natt');
    expect(textOf(html)).toContain('Det här är inte den gällande versionen.');
    expect(hrefs(html)).toContain('/program/delta/2023/natt/');
    expect(textOf(await page('program/delta/2023/natt'))).not.toContain('Det här är inte den gällande versionen.');
  });

  it('puts that banner first inside main, where the skip link and landmark navigation land, and out of search', async () => {
    for (const url of ['program/alfa/2024/krisstod', 'program/alfa/2024', 'program/delta/2023-remiss']) {
      const main = select('main#innehall', await page(url));
      const shown = main.children.filter((child) => child.type === 'element').filter((child) => attr(child, 'hidden') === undefined);
      expect(shown[0] && attr(shown[0], 'class'), url).toBe('banner');
      expect(attr(select('.banner', main), 'data-pagefind-ignore'), url).toBe('');
    }
  });

  it('links the start page and the search from the page that is not found', async () => {
    const notFound = fromHtml(await readFile(path.join(FIXTURE_SITE, '404.html'), 'utf8'));
    expect(links(select('main', notFound))).toEqual([
      { href: '/sok/', text: 'Sök på webbplatsen' },
      { href: '/', text: 'Gå till startsidan' },
    ]);
  });

  it('shows the declared lineage on the version page', async () => {
    const html = textOf(await page('program/alfa/2024'));
    expect(html).toMatch(/Sammanslaget\s+2 Krisberedskap\s+3 Civilt försvar\s+2 Beredskap/);
    expect(html).toMatch(/Flyttat till annat program\s+4 Otillåten påverkan\s+1 Otillåten påverkan \(Beta\)/);
  });

  it('is in Swedish and loads no JavaScript on reading pages', async () => {
    for (const url of ['', 'program/alfa/2024', 'program/alfa/2024/beredskap', 'remisser/alfa-2024/norr', 'anvisningar/larm']) {
      const html = await page(url);
      expect(attr(select('html', html), 'lang'), url).toBe('sv');
      expect(selectAll('script', html), url).toEqual([]);
    }
  });

  it('leaves a non-public document out of the pages and the search index', async () => {
    expect(existsSync(path.join(FIXTURE_SITE, 'anvisningar/hemlig'))).toBe(false);
    const files = await allFiles(FIXTURE_SITE);
    const pagefindFiles = files.filter(
      (file) => file.includes(`${path.sep}pagefind${path.sep}`) && /\.pf_(fragment|index|filter|meta)$/.test(file),
    );
    expect(pagefindFiles.length).toBeGreaterThan(0);
    for (const file of files.filter((f) => /\.(html|js|css|json|xml)$/.test(f))) {
      const content = await readFile(file, 'utf8');
      expect(content, file).not.toContain('HEMLIG-MARKÖR-FIXTUR');
      expect(content, file).not.toContain('Hemlig anvisning om skyddsvärden');
    }
    let indexedText = '';
    for (const file of pagefindFiles) indexedText += gunzipSync(await readFile(file)).toString('utf8');
    expect(indexedText).toContain('Anvisning för larm och krisstöd');
    expect(indexedText).not.toContain('HEMLIG');
    expect(indexedText).not.toContain('Hemlig anvisning');
  });

  it('publishes the accessibility statement with every required part, linked from every page', async () => {
    const html = textOf(await page('tillganglighet'));
    expect(html).toContain('Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service');
    expect(html).toContain('Innehåll som inte är tillgängligt');
    expect(html).toContain('Hur vi testat webbplatsen');
    expect(html).toContain('Redogörelsen uppdaterades senast 25 november 2026');
    expect(hrefs(await page('tillganglighet'))).toContain('https://www.digg.se/tdosanmalan');
    for (const url of ['', 'program/alfa/2024/beredskap', 'remisser/alfa-2024/norr']) {
      expect(hrefs(await page(url)), url).toContain('/tillganglighet/');
    }
  });

  it('publishes the glossary with abbreviations written out', async () => {
    const term = select('#risk-och-sarbarhetsanalys dt', await page('ordlista'));
    expect(textOf(term)).toBe('Risk- och sårbarhetsanalys (RSA)');
    expect(selectAll('abbr', term).map((abbr) => textOf(abbr))).toEqual(['RSA']);
  });

  it('lists every registry number exactly as written, with an ASCII anchor, on its year’s page', async () => {
    const index = await page('diarienummer');
    const years = selectAll('li', select('ul:has(> li > a[href="/diarienummer/2024/"])', index));
    expect(years.slice(0, 2).map((year) => links(year))).toEqual([
      [{ href: '/diarienummer/2024/', text: '2024' }],
      [{ href: '/diarienummer/2023/', text: '2023' }],
    ]);
    expect(textOf(must(years[0], 'the year 2024'))).toMatch(/^2024 \(\d+ handling(?:ar)?\)$/);
    const html2023 = await page('diarienummer/2023');
    const row = select('tr#norrby-2023-665', html2023);
    expect(textOf(select(':scope > th[scope="row"]:first-child', row))).toBe('NORRBY 2023/665');
    const handling = select(':scope > th:first-child + td', row);
    expect(attr(handling, 'data-label')).toBe('Handling');
    expect(hrefs(handling)[0]).toBe('/remisser/alfa-2024/norr/');
    expect(textOf(html2023)).not.toContain('SKOLA 2024:12');
    expect(links(html2023)).toContainEqual({ href: '/diarienummer/2024/', text: '2024' });
    expect(selectAll('span[aria-current="page"]', html2023).map((current) => textOf(current))).toContain('2023');
    const html2024 = await page('diarienummer/2024');
    expect(textOf(select('tr#skola-2024-12 > th[scope="row"]:first-child', html2024))).toBe('SKOLA 2024:12');
  });
});

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../support/paths.ts';

const page = (url: string) => readFile(path.join(FIXTURE_SITE, url, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function allFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map((file) => path.join(dir, file));
}

describe('the built fixture site', () => {
  it('lists each comment on a section page with its organisation and stance', async () => {
    const html = await page('program/alfa/2024/personsakerhet');
    const comments = html.slice(html.indexOf('id="kommentarer-rubrik"'));
    expect(text(comments)).toContain('Norrby stadsdelsnämnd');
    expect(text(comments)).toMatch(/Tillstyrker\s+Förvaltningen ser positivt på att personsäkerhet lyfts fram/);
    expect(comments).toContain('href="/remisser/alfa-2024/norr/#kommentar-k1"');
  });

  it('groups comments from several organisations on a shared section', async () => {
    const html = text(await page('program/alfa/2024/beredskap'));
    expect(html).toContain('Norrby stadsdelsnämnd');
    expect(html).toContain('Skolnämnden');
    expect(html).toMatch(/Avstyrker\s+Skolnämnden avstyrker/);
  });

  it('marks comments in the statement and links them to their sections', async () => {
    const html = await page('remisser/alfa-2024/norr');
    expect(html).toMatch(/<section id="kommentar-k2" class="kommentar kommentar-synpunkt"/);
    expect(html).toContain('href="/program/alfa/2024/beredskap/"');
    expect(html).toContain('href="/program/alfa/2024/krisstod/"');
    expect(text(html)).toContain('Förvaltningen ställer sig bakom programmet.');
  });

  it('lists who has not answered a remiss', async () => {
    const html = await page('remisser/alfa-2024');
    const unanswered = text(html.slice(html.indexOf('Har inte svarat')));
    expect(unanswered).toContain('Söderby stadsdelsnämnd');
    expect(unanswered).not.toContain('Norrby');
  });

  it('links an anvisning and the sections it completes both ways', async () => {
    // The anvisning links to the section in the version in force.
    expect(await page('anvisningar/larm')).toContain('href="/program/alfa/2020/krisstod/"');
    // The list of anvisningar puts them under the program they complete (one program: no jump list).
    const list = await page('anvisningar');
    expect(list).toMatch(
      /<section aria-labelledby="program-alfa"><h2 id="program-alfa">Testprogrammet Alfa<\/h2><ul class="card-list"><li><h3><a href="\/anvisningar\//,
    );
    expect(list).not.toContain('class="jump-nav"');
    expect(await page('program/alfa/2020/krisstod')).toContain('href="/anvisningar/larm/"');
  });

  it('shows a banner pointing to the version in force on a version that is not', async () => {
    const html = await page('program/alfa/2024/krisstod');
    expect(html).toContain('Det här är inte den gällande versionen.');
    expect(html).toContain('href="/program/alfa/2020/krisstod/"');
    expect(await page('program/alfa/2020/krisstod')).not.toContain('Det här är inte den gällande versionen.');
  });

  it('shows the declared lineage on the version page', async () => {
    const html = text(await page('program/alfa/2024'));
    expect(html).toMatch(/Sammanslaget\s+2 Krisberedskap\s+3 Civilt försvar\s+2 Beredskap/);
    expect(html).toMatch(/Flyttat till annat program\s+4 Otillåten påverkan\s+1 Otillåten påverkan \(Beta\)/);
  });

  it('is in Swedish and loads no JavaScript on reading pages', async () => {
    for (const url of ['', 'program/alfa/2024', 'program/alfa/2024/beredskap', 'remisser/alfa-2024/norr', 'anvisningar/larm']) {
      const html = await page(url);
      expect(html).toContain('<html lang="sv"');
      expect(html, url).not.toMatch(/<script/);
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
    const html = text(await page('tillganglighet'));
    expect(html).toContain('Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service');
    expect(html).toContain('Innehåll som inte är tillgängligt');
    expect(html).toContain('Hur vi testat webbplatsen');
    expect(html).toContain('Redogörelsen uppdaterades senast 25 november 2026');
    expect(await page('tillganglighet')).toContain('href="https://www.digg.se/tdosanmalan"');
    for (const url of ['', 'program/alfa/2024/beredskap', 'remisser/alfa-2024/norr']) {
      expect(await page(url)).toContain('href="/tillganglighet/"');
    }
  });

  it('publishes the glossary with abbreviations written out', async () => {
    const html = await page('ordlista');
    expect(html).toMatch(/<div id="risk-och-sarbarhetsanalys"><dt>Risk- och sårbarhetsanalys \(<abbr>RSA<\/abbr>\)<\/dt>/);
  });

  it('lists every registry number exactly as written, with an ASCII anchor, on its year’s page', async () => {
    const index = await page('diarienummer');
    expect(index).toMatch(
      /<li><a href="\/diarienummer\/2024\/">2024<\/a> \(\d+ handling(?:ar)?\)<\/li>\s*<li><a href="\/diarienummer\/2023\/">2023<\/a>/,
    );
    const html2023 = await page('diarienummer/2023');
    expect(html2023).toMatch(
      /<tr id="norrby-2023-665"><th scope="row">NORRBY 2023\/665<\/th><td data-label="Handling"><a href="\/remisser\/alfa-2024\/norr\/">/,
    );
    expect(html2023).not.toContain('SKOLA 2024:12');
    expect(html2023).toMatch(/<a href="\/diarienummer\/2024\/">2024<\/a>/);
    expect(html2023).toContain('<span aria-current="page">2023</span>');
    expect(await page('diarienummer/2024')).toContain('<tr id="skola-2024-12"><th scope="row">SKOLA 2024:12</th>');
  });
});

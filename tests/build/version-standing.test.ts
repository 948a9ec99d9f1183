import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hrefs, parsePage, select, selectAll, textOf } from '../support/html.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

// Alfa 2020 is marked `gallande`, but its validity ended on 2023-12-31; the tests build for
// 2026-06-15 (vitest.config.ts). Every page must say what the point-in-time pages say.
describe('status and dates agree on every page', () => {
  it('does not call a version in force once its validity has passed', async () => {
    const program = await parsePage('program/alfa');
    const versions = selectAll('ol.card-list > li', program).map((item) => textOf(item));
    expect(versions.find((text) => text.includes('Alfa 2020–2023'))).toContain('Har upphört att gälla');
    expect(textOf(program)).not.toContain('Gällande');
    expect(textOf(await parsePage('program/alfa/2020'))).toMatch(/Status\s*Har upphört att gälla/);
    // The list of programs and the start page name no version in force for Alfa.
    expect(hrefs(await parsePage('program'))).not.toContain('/program/alfa/2020/');
    expect(textOf(await parsePage('program'))).toContain('Gällande: Testprogrammet Beta');
  });

  it('shows the banner, with the last day it applied, on the version that has expired', async () => {
    const banner = textOf(select('.banner', await parsePage('program/alfa/2020/krisstod')));
    expect(banner).toContain('Det här är inte den gällande versionen.');
    expect(banner).toContain('Versionen gällde till och med 31 december 2023.');
    expect(banner).toContain('Programmet har ingen gällande version här.');
  });

  it('agrees with the point-in-time page for the build date', async () => {
    expect(textOf(await parsePage('program/alfa/per-datum/2024-01-01'))).toContain('Ingen version av programmet gällde under perioden.');
    expect(textOf(await parsePage('program/beta/per-datum/2024-04-08'))).toContain(
      'Testprogrammet Beta. Gäller 8 april 2024 – tills vidare.',
    );
  });

  it('says in the feed how each version stood when the feed was built', async () => {
    const feed = await readFile(path.join(FIXTURE_SITE, 'program/alfa/flode.xml'), 'utf8');
    const entry = feed.slice(feed.indexOf('<title>Ny version: Testprogrammet Alfa 2020–2023</title>'));
    expect(entry.slice(0, entry.indexOf('</entry>'))).toContain('Status när flödet byggdes: Har upphört att gälla.');
  });

  it('names no version in force in the API where none is', async () => {
    const api = JSON.parse(await readFile(path.join(FIXTURE_SITE, 'api/program/alfa.json'), 'utf8'));
    expect(api.gallandeVersion).toBeNull();
  });
});

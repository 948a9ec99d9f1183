import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../support/paths.ts';

const page = (url: string) => readFile(path.join(FIXTURE_SITE, url, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const json = async (url: string) => JSON.parse(await readFile(path.join(FIXTURE_SITE, url), 'utf8'));
/** The HTML between an element's start and its end tag (no nesting of the same tag inside). */
const element = (html: string, start: string, tag: string) => {
  const from = html.indexOf(start);
  expect(from, `${start} not found`).toBeGreaterThan(-1);
  return html.slice(from, html.indexOf(`</${tag}>`, from) + tag.length + 3);
};

describe('the consultation matrix page', () => {
  it('is a table with a caption, column headers per organisation and row headers per section', async () => {
    const html = await page('remisser/alfa-2024/matris');
    const table = element(html, '<table class="matrix"', 'table');
    expect(table).toMatch(/<caption[^>]*>Kommentarer per avsnitt och remissinstans – Testprogrammet Alfa \(remissversion\)<\/caption>/);
    const head = element(table, '<thead', 'thead');
    expect([...head.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => text(m[1] ?? '').trim())).toEqual([
      'Avsnitt',
      'Norrby stadsdelsnämnd',
      'Skolnämnden',
      'T Tillstyrker',
      'A Avstyrker',
      'S Synpunkt',
      'Summa',
    ]);
    const rows = [...element(table, '<tbody', 'tbody').matchAll(/<th scope="row">(.*?)<\/th>/g)].map((m) => text(m[1] ?? '').trim());
    expect(rows).toEqual(['1 Om det nya programmet', '2 Beredskap', '2.1 Krisstöd', '3 Personsäkerhet']);
  });

  it('shows each stance as a letter with its word for screen readers, linking to the comment', async () => {
    const html = await page('remisser/alfa-2024/matris');
    const row = element(html, '<tr class="level-1"><th scope="row"><a href="/remisser/alfa-2024/avsnitt/beredskap/">', 'tr');
    const cells = [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1] ?? '');
    expect(cells[0]).toContain('href="/remisser/alfa-2024/norr/#kommentar-k2"');
    expect(text(cells[0] ?? '')).toMatch(/S\s*Synpunkt, kommentar k2 från Norrby stadsdelsnämnd/);
    expect(cells[1]).toContain('href="/remisser/alfa-2024/skola/#kommentar-k1"');
    expect(text(cells[1] ?? '')).toMatch(/A\s*Avstyrker, kommentar k1 från Skolnämnden/);
    // Totals per stance and for the section: 0 tillstyrker, 1 avstyrker, 1 synpunkt, 2 in all.
    expect(cells.slice(2).map((cell) => text(cell).trim())).toEqual(['0', '1', '1', '2']);
    expect(html).toMatch(/<dt><span class="stance-chip stance-avstyrker">A<\/span><\/dt>\s*<dd>Avstyrker<\/dd>/);
  });

  it('totals each organisation, and lists who has not answered', async () => {
    const html = await page('remisser/alfa-2024/matris');
    const foot = element(html, '<tfoot', 'tfoot');
    expect([...foot.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => text(m[1] ?? '').trim())).toEqual(['2', '1', '1', '1', '1', '3']);
    const unanswered = text(html.slice(html.indexOf('id="ej-svarat"')));
    expect(unanswered).toContain('Remissinstanser som inte har svarat (1)');
    expect(unanswered).toContain('Söderby stadsdelsnämnd');
  });

  it('is linked from the remiss page, with the exports', async () => {
    const html = await page('remisser/alfa-2024');
    expect(html).toContain('href="/remisser/alfa-2024/matris/"');
    expect(html).toContain('href="/remisser/alfa-2024/sammanstallning/"');
    expect(html).toContain('href="/remisser/alfa-2024/kommentarer.csv" download="alfa-2024-kommentarer.csv"');
    expect(html).toContain('href="/api/remisser/alfa-2024/kommentarer.json"');
  });
});

describe('comments per section with a stance filter that works without JavaScript', () => {
  it('lists every comment on the section, with a link to each stance', async () => {
    const html = await page('remisser/alfa-2024/avsnitt/beredskap');
    expect(html).not.toMatch(/<script/);
    const filter = element(html, '<nav class="stance-filter"', 'nav');
    expect(text(filter)).toMatch(/Alla \(2\)\s+Tillstyrker \(0\)\s+Avstyrker \(1\)\s+Synpunkt \(1\)/);
    expect(filter).toContain('<a href="#kommentarer" class="stance-all">');
    expect(filter).toContain('<a href="#stallning-avstyrker">');
    expect(text(html)).toContain('Krisstöd utöver kontorstid medför ökade kostnader');
    expect(text(html)).toContain('Skolnämnden avstyrker att beredskapen dimensioneras');
  });

  it('filters in the page, by a :target rule per stance over marked comments', async () => {
    const html = await page('remisser/alfa-2024/avsnitt/beredskap');
    for (const stance of ['tillstyrker', 'avstyrker', 'synpunkt']) expect(html).toContain(`id="stallning-${stance}"`);
    expect(html).toMatch(/<li class="kommentar-card[^"]*" data-stallning="avstyrker">/);
    expect(text(html)).toContain('Visar 1 av 2 kommentarer: avstyrker.');
    expect(text(html)).toContain('Inga kommentarer om avsnittet har den här ställningen.');
    expect(existsSync(path.join(FIXTURE_SITE, 'remisser/alfa-2024/avsnitt/beredskap/avstyrker/index.html'))).toBe(false);
  });

  it('is offered on the section page of the draft', async () => {
    const html = await page('program/alfa/2024/beredskap');
    expect(html).toContain('href="/remisser/alfa-2024/avsnitt/beredskap/#stallning-avstyrker"');
  });
});

describe('the remissammanställning', () => {
  it('lists every consulted body in report order with the summary written in content, and who did not answer', async () => {
    const html = text(await page('remisser/alfa-2024/sammanstallning'));
    expect(html).toContain('Ärendet har remitterats till 3 remissinstanser: Norrby stadsdelsnämnd, Söderby stadsdelsnämnd, Skolnämnden.');
    expect(html).toContain('Remissvar har kommit in från 2 av 3 remissinstanser.');
    expect(html).toMatch(
      /Norrby stadsdelsnämnd Dnr NORRBY 2023\/665 · 23 januari 2024 · 2 kommentarer: 1 tillstyrker, 1 synpunkt Norrby stadsdelsnämnd ställer sig bakom/,
    );
    expect(html).toContain('Följande remissinstanser har inte svarat: Söderby stadsdelsnämnd.');
    expect(html).toContain('Ingen version är ännu beslutad efter remissen.');
  });

  it('shows how every comment was handled once a version is decided', async () => {
    const html = await page('remisser/delta-2023/sammanstallning');
    const table = text(element(html, '<table class="data-table card-table handling-table"', 'table'));
    expect(table).toMatch(
      /Norrby stadsdelsnämnd, k3 Synpunkt om 2 Larm, 2\.1 Larm på natten Delvis beaktad Tjänstepersonen i beredskap larmar på natten.* 2\.1 Larm på natten/,
    );
    expect(table).toMatch(/Norrby stadsdelsnämnd, k2 Synpunkt om 3 Övning Ej beaktad .* Ingen ändring/);
    expect(text(html)).toContain('Hantering: 1 beaktad, 1 delvis beaktad, 1 ej beaktad');
  });
});

describe('the handling, end to end', () => {
  it('closes each comment in the statement with how it was handled and what changed', async () => {
    const html = await page('remisser/delta-2023/norr');
    const k3 = element(html, '<section id="kommentar-k3"', 'section');
    expect(k3).toContain('<div class="kommentar-hantering hantering-delvis-beaktad">');
    expect(text(k3)).toContain('Hantering: Delvis beaktad. Tjänstepersonen i beredskap larmar på natten');
    expect(k3).toMatch(/Ändrade i Testprogrammet Delta 2023: <a href="\/program\/delta\/2023\/natt\/">2\.1 Larm på natten<\/a>/);
    expect(text(html)).toMatch(/Synpunkt om 2 Larm, 2\.1 Larm på natten – Hantering: Delvis beaktad/);
  });

  it('shows the handling beside each comment on the section page of the draft', async () => {
    const html = text(await page('program/delta/2023-remiss/larm'));
    expect(html).toMatch(
      /Förvaltningen avstyrker att bara räddningstjänsten larmas.*Hantering: Beaktad\. Säkerhetssamordnaren informeras nu vid varje larm\./,
    );
  });

  it('shows on a section of the decided version the comments that changed it', async () => {
    const html = await page('program/delta/2023/larm');
    const changed = text(html.slice(html.indexOf('id="andrat-efter-remissen"')));
    expect(changed).toContain('Ändrat efter remissen');
    expect(changed).toContain('Förvaltningen avstyrker att bara räddningstjänsten larmas');
    expect(changed).not.toContain('Vaktbolaget har inte mandat');
    expect(await page('program/delta/2023/ovning')).not.toContain('id="andrat-efter-remissen"');
  });

  it('lists on the decided version what became of every comment of the remiss', async () => {
    const html = await page('program/delta/2023');
    const table = text(element(html, '<table class="data-table card-table handling-table"', 'table'));
    expect(table).toContain('Norrby stadsdelsnämnd, k1');
    expect(table).toContain('Skolnämnden, k1');
    expect(table).toMatch(/Ej beaktad Att öva varje år kostar mer/);
  });
});

describe('exports and open data', () => {
  it('writes the comments of a remiss as CSV that Swedish Excel opens: BOM, semicolons, CRLF', async () => {
    const bytes = await readFile(path.join(FIXTURE_SITE, 'remisser/delta-2023/kommentarer.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('\r\n');
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
    const records = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(4);
    expect(Object.keys(records[0] ?? {})).toEqual([
      'Remissinstans',
      'Remissinstans-id',
      'Dnr',
      'Datum',
      'Kommentar-id',
      'Avsnitts-id',
      'Avsnitt',
      'Ställning',
      'Hantering',
      'Motivering',
      'Ändrade avsnitt i beslutad version',
      'Text',
      'Länk',
    ]);
    expect(records.find((record) => record['Kommentar-id'] === 'k3' && record['Remissinstans-id'] === 'norr')).toMatchObject({
      Remissinstans: 'Norrby stadsdelsnämnd',
      Dnr: 'NORRBY 2023/301',
      'Avsnitts-id': 'larm, natt',
      Ställning: 'Synpunkt',
      Hantering: 'Delvis beaktad',
      'Ändrade avsnitt i beslutad version': '2.1 Larm på natten',
      Länk: 'https://styrdok.example.se/remisser/delta-2023/norr/#kommentar-k3',
    });
  });

  it('publishes every API resource valid against the JSON Schema it names, and every link resolves', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const schemaDir = path.join(FIXTURE_SITE, 'api/schema');
    for (const file of await readdir(schemaDir)) ajv.addSchema(JSON.parse(await readFile(path.join(schemaDir, file), 'utf8')));
    const files = (await readdir(path.join(FIXTURE_SITE, 'api'), { recursive: true })).filter(
      (file) => file.endsWith('.json') && !file.startsWith('schema'),
    );
    expect(files.length).toBeGreaterThan(40);
    const site = 'https://styrdok.example.se';
    for (const file of files) {
      const resource = await json(`api/${file}`);
      const validate = ajv.getSchema(resource.$schema);
      expect(validate, `${file} names ${resource.$schema}`).toBeDefined();
      expect(validate?.(resource), `${file}: ${JSON.stringify(validate?.errors)}`).toBe(true);
      for (const [, address] of JSON.stringify(resource).matchAll(/"(?:url|webbsida|kommentarer|kommentarerCsv)":"([^"]+)"/g)) {
        const local = (address ?? '').replace(site, '').split('#')[0] ?? '';
        const target = path.join(FIXTURE_SITE, local.endsWith('/') ? `${local}index.html` : local);
        expect(existsSync(target), `${file} links to ${address}`).toBe(true);
      }
    }
  });

  it('gives the comments of a remiss as JSON with the same facts as the CSV', async () => {
    const data = await json('api/remisser/delta-2023/kommentarer.json');
    expect(data.kommentarer.map((k: { id: string }) => k.id)).toEqual([
      'delta-2023/norr#k1',
      'delta-2023/norr#k2',
      'delta-2023/norr#k3',
      'delta-2023/skola#k1',
    ]);
    expect(data.kommentarer[2]).toMatchObject({
      organisation: { id: 'norr', namn: 'Norrby stadsdelsnämnd' },
      dnr: 'NORRBY 2023/301',
      stallning: 'synpunkt',
      hantering: { hantering: 'delvis-beaktad', version: { id: 'delta/2023' } },
    });
  });
});

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { attr, hrefs, links, parsePage, select, selectAll, textOf, underHeading } from '../support/html.ts';
import { must } from '../support/must.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const page = parsePage;
const json = async (url: string) => JSON.parse(await readFile(path.join(FIXTURE_SITE, url), 'utf8'));
/** The text a screen reader reads: without what is hidden from it. */
const spoken = (node: Element) => textOf(node, '[aria-hidden="true"]');
/** The text the eye sees: without what is there for screen readers only. */
const shown = (node: Element) => textOf(node, '.visually-hidden');

describe('the consultation matrix page', () => {
  it('is a table with a caption, column headers per organisation and row headers per section', async () => {
    const html = await page('remisser/alfa-2024/matris');
    const table = select('table.matrix', html);
    expect(textOf(select('caption', table))).toBe('Kommentarer per avsnitt och remissinstans – Testprogrammet Alfa (remissversion)');
    const head = selectAll('thead th[scope="col"]', table);
    expect(head.map(spoken)).toEqual(['Avsnitt', 'Norrby stadsdelsnämnd', 'Skolnämnden', 'Tillstyrker', 'Avstyrker', 'Synpunkt', 'Summa']);
    expect(head.map(shown)).toEqual(['Avsnitt', 'Norrby stadsdelsnämnd', 'Skolnämnden', 'T', 'A', 'S', 'Summa']);
    const rows = selectAll('tbody th[scope="row"]', table).map((header) => textOf(header));
    expect(rows).toEqual(['1 Om det nya programmet', '2 Beredskap', '2.1 Krisstöd', '3 Personsäkerhet']);
  });

  it('shows each stance as a letter with its word for screen readers, linking to the comment', async () => {
    const html = await page('remisser/alfa-2024/matris');
    const row = select('tbody tr:has(> th[scope="row"] a[href="/remisser/alfa-2024/avsnitt/beredskap/"])', html);
    const cells = selectAll(':scope > td', row);
    const norr = must(cells[0], 'the cell of Norrby stadsdelsnämnd');
    const skola = must(cells[1], 'the cell of Skolnämnden');
    expect(hrefs(norr)).toContain('/remisser/alfa-2024/norr/#kommentar-k2');
    expect(shown(norr)).toBe('S');
    expect(spoken(norr)).toBe('Synpunkt, kommentar k2 från Norrby stadsdelsnämnd');
    expect(hrefs(skola)).toContain('/remisser/alfa-2024/skola/#kommentar-k1');
    expect(shown(skola)).toBe('A');
    expect(spoken(skola)).toBe('Avstyrker, kommentar k1 från Skolnämnden');
    // Totals per stance and for the section: 0 tillstyrker, 1 avstyrker, 1 synpunkt, 2 in all.
    expect(cells.slice(2).map((cell) => textOf(cell))).toEqual(['0', '1', '1', '2']);
    // The legend gives the word for each letter.
    expect(textOf(select('dt .stance-chip.stance-avstyrker', html))).toBe('A');
    expect(textOf(select('dt:has(.stance-chip.stance-avstyrker) + dd', html))).toBe('Avstyrker');
  });

  it('totals each organisation, and lists who has not answered', async () => {
    const html = await page('remisser/alfa-2024/matris');
    const foot = select('tfoot', html);
    expect(selectAll('td', foot).map((cell) => textOf(cell))).toEqual(['2', '1', '1', '1', '1', '3']);
    const unanswered = textOf(underHeading(html, select('#ej-svarat', html)));
    expect(unanswered).toContain('Remissinstanser som inte har svarat (1)');
    expect(unanswered).toContain('Söderby stadsdelsnämnd');
  });

  it('is linked from the remiss page, with the exports', async () => {
    const html = await page('remisser/alfa-2024');
    expect(hrefs(html)).toContain('/remisser/alfa-2024/matris/');
    expect(hrefs(html)).toContain('/remisser/alfa-2024/sammanstallning/');
    expect(attr(select('a[href="/remisser/alfa-2024/kommentarer.csv"]', html), 'download')).toBe('alfa-2024-kommentarer.csv');
    expect(hrefs(html)).toContain('/api/remisser/alfa-2024/kommentarer.json');
  });
});

describe('comments per section with a stance filter that works without JavaScript', () => {
  it('lists every comment on the section, with a link to each stance', async () => {
    const html = await page('remisser/alfa-2024/avsnitt/beredskap');
    expect(selectAll('script', html)).toEqual([]);
    const filter = select('nav.stance-filter', html);
    expect(textOf(filter)).toMatch(/Alla \(2\)\s+Tillstyrker \(0\)\s+Avstyrker \(1\)\s+Synpunkt \(1\)/);
    expect(attr(select('a[href="#kommentarer"]', filter), 'class')?.split(' ')).toContain('stance-all');
    expect(hrefs(filter)).toContain('#stallning-avstyrker');
    expect(textOf(html)).toContain('Krisstöd utöver kontorstid medför ökade kostnader');
    expect(textOf(html)).toContain('Skolnämnden avstyrker att beredskapen dimensioneras');
  });

  it('filters in the page, by a :target rule per stance over marked comments', async () => {
    const html = await page('remisser/alfa-2024/avsnitt/beredskap');
    for (const stance of ['tillstyrker', 'avstyrker', 'synpunkt']) expect(selectAll(`#stallning-${stance}`, html)).toHaveLength(1);
    expect(selectAll('li.kommentar-card[data-stallning="avstyrker"]', html).length).toBeGreaterThan(0);
    expect(textOf(html)).toContain('Visar 1 av 2 kommentarer: avstyrker.');
    expect(textOf(html)).toContain('Inga kommentarer om avsnittet har den här ställningen.');
    expect(existsSync(path.join(FIXTURE_SITE, 'remisser/alfa-2024/avsnitt/beredskap/avstyrker/index.html'))).toBe(false);
  });

  it('is offered on the section page of the draft', async () => {
    const html = await page('program/alfa/2024/beredskap');
    expect(hrefs(html)).toContain('/remisser/alfa-2024/avsnitt/beredskap/#stallning-avstyrker');
  });
});

describe('the remissammanställning', () => {
  it('lists every consulted body in report order with the summary written in content, and who did not answer', async () => {
    const html = textOf(await page('remisser/alfa-2024/sammanstallning'));
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
    // Each row: the comment and what it is about (the parts of the row header), then a cell per column.
    const rows = selectAll('table.handling-table tbody tr', html).map((row) =>
      [...selectAll(':scope > th > *', row), ...selectAll(':scope > td', row)].map((cell) => textOf(cell)),
    );
    expect(rows).toContainEqual([
      'Norrby stadsdelsnämnd, k3',
      'Synpunkt om 2 Larm, 2.1 Larm på natten',
      'Delvis beaktad',
      expect.stringMatching(/^Tjänstepersonen i beredskap larmar på natten/),
      '2.1 Larm på natten',
    ]);
    expect(rows).toContainEqual(['Norrby stadsdelsnämnd, k2', 'Synpunkt om 3 Övning', 'Ej beaktad', expect.any(String), 'Ingen ändring']);
    expect(textOf(html)).toContain('Hantering: 1 beaktad, 1 delvis beaktad, 1 ej beaktad');
  });
});

describe('the handling, end to end', () => {
  it('closes each comment in the statement with how it was handled and what changed', async () => {
    const html = await page('remisser/delta-2023/norr');
    const k3 = select('section#kommentar-k3', html);
    const handling = select('.kommentar-hantering.hantering-delvis-beaktad', k3);
    expect(textOf(k3)).toContain('Hantering: Delvis beaktad. Tjänstepersonen i beredskap larmar på natten');
    const changed = must(
      selectAll('p', handling).find((paragraph) => textOf(paragraph).startsWith('Ändrade i Testprogrammet Delta 2023:')),
      'what the handling changed',
    );
    expect(textOf(changed)).toBe('Ändrade i Testprogrammet Delta 2023: 2.1 Larm på natten');
    expect(links(changed)).toEqual([{ href: '/program/delta/2023/natt/', text: '2.1 Larm på natten' }]);
    expect(textOf(html)).toMatch(/Synpunkt om 2 Larm, 2\.1 Larm på natten – Hantering: Delvis beaktad/);
  });

  it('shows the handling beside each comment on the section page of the draft', async () => {
    const html = textOf(await page('program/delta/2023-remiss/larm'));
    expect(html).toMatch(
      /Förvaltningen avstyrker att bara räddningstjänsten larmas.*Hantering: Beaktad\. Säkerhetssamordnaren informeras nu vid varje larm\./,
    );
  });

  it('shows on a section of the decided version the comments that changed it', async () => {
    const html = await page('program/delta/2023/larm');
    const changed = textOf(underHeading(html, select('#andrat-efter-remissen', html)));
    expect(changed).toContain('Ändrat efter remissen');
    expect(changed).toContain('Förvaltningen avstyrker att bara räddningstjänsten larmas');
    expect(changed).not.toContain('Vaktbolaget har inte mandat');
    expect(selectAll('#andrat-efter-remissen', await page('program/delta/2023/ovning'))).toEqual([]);
  });

  it('lists on the decided version what became of every comment of the remiss', async () => {
    const html = await page('program/delta/2023');
    const table = textOf(select('table.handling-table', html));
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

import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type KommentarExportRow, kommentarExportRows, toExcelCsv } from '#lib/consultation/comment-export.ts';
import type { Corpus, RemissModel } from '#lib/corpus/corpus-model.ts';
import { remissVersions } from '#lib/consultation/remiss-versions.ts';
import { fixtureCorpus, nameIn } from '../../support/fixture-corpus.ts';

let corpus: Corpus;
beforeAll(async () => {
  ({ corpus } = await fixtureCorpus());
});

const headers: Record<keyof KommentarExportRow, string> = {
  organisation: 'Remissinstans',
  organisationId: 'Id',
  dnr: 'Dnr',
  datum: 'Datum',
  kommentar: 'Kommentar',
  avsnittIds: 'Avsnitts-id',
  avsnitt: 'Avsnitt',
  stallning: 'Ställning',
  hantering: 'Hantering',
  motivering: 'Motivering',
  andradeAvsnitt: 'Ändrade avsnitt',
  text: 'Text',
  lank: 'Länk',
};

function rowsOf(remissId: string) {
  const remiss = corpus.remiss(remissId) as RemissModel;
  const { sent, followUp } = remissVersions(corpus, remiss);
  return kommentarExportRows(remiss, {
    nameOf: nameIn(corpus),
    sentSections: sent?.sections ?? [],
    followUpSections: followUp?.sections,
    site: new URL('https://styrdok.example.se'),
    stanceLabel: (stallning) => stallning.toUpperCase(),
    utfallLabel: (utfall) => `<${utfall}>`,
  });
}

describe('kommentarExportRows', () => {
  it('has one row per comment, organisations in name order, with sections by ID and by number and title', () => {
    const rows = rowsOf('alfa-2024');
    expect(rows.map((row) => `${row.organisationId}#${row.kommentar}`)).toEqual(['norr#k1', 'norr#k2', 'skola#k1']);
    expect(rows[1]).toMatchObject({
      organisation: 'Norrby stadsdelsnämnd',
      dnr: 'NORRBY 2023/665',
      datum: '2024-01-23',
      avsnittIds: 'beredskap, krisstod',
      avsnitt: '2 Beredskap; 2.1 Krisstöd',
      stallning: 'SYNPUNKT',
      hantering: '',
      text: 'Krisstöd utöver kontorstid medför ökade kostnader för stadsdelsnämnderna.',
      lank: 'https://styrdok.example.se/remisser/alfa-2024/norr/#kommentar-k2',
    });
  });

  it('carries the handling and the sections of the decided version it changed', () => {
    const row = rowsOf('delta-2023').find((candidate) => candidate.organisationId === 'norr' && candidate.kommentar === 'k3');
    expect(row).toMatchObject({
      hantering: '<delvis-beaktad>',
      andradeAvsnitt: '2.1 Larm på natten',
      avsnitt: '2 Larm; 2.1 Larm på natten',
    });
  });
});

describe('toExcelCsv', () => {
  const tricky: KommentarExportRow = {
    ...Object.fromEntries(Object.keys(headers).map((key) => [key, ''])),
    organisation: 'Nämnd; med semikolon',
    dnr: 'ÅÄÖ 2024/1',
    text: 'Första stycket säger "så här".\nAndra stycket.',
    motivering: '=SUMMA(A1:A9)',
  } as KommentarExportRow;
  const csv = toExcelCsv([tricky], headers);

  it('starts with the UTF-8 byte order mark and separates fields with semicolons and records with CRLF', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${Object.values(headers).join(';')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes what needs quoting so a CSV reader gets the same values back', () => {
    const [record] = parse(csv, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(record?.Remissinstans).toBe('Nämnd; med semikolon');
    expect(record?.Dnr).toBe('ÅÄÖ 2024/1');
    expect(record?.Text).toBe('Första stycket säger "så här".\nAndra stycket.');
  });

  it('keeps a spreadsheet from running a field that looks like a formula', () => {
    const [record] = parse(csv, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(record?.Motivering).not.toMatch(/^=/);
    expect(record?.Motivering).toContain('SUMMA(A1:A9)');
  });
});

import { describe, expect, it } from 'vitest';
import { statementMetadata } from '#lib/import/statement-metadata.ts';
import { statementFromText } from '#lib/import/text-statement.ts';
import { contentContext } from './import-context.ts';

/** The warnings of an import, as `field code`. */
const warningsOf = (metadata: ReturnType<typeof statementMetadata>) =>
  metadata.warnings.map((warning) => `${warning.field ?? ''} ${warning.code}`.trim());

const DECISION =
  'Förvaltningens förslag till beslut\nNämnden överlämnar tjänsteutlåtandet som svar på remissen om\nStockholms stads säkerhetsprogram.\n';

describe('the fields of a statement, with where they came from and what looks wrong', () => {
  it('reports every field it found with its source, and every field it did not find', async () => {
    const document = statementFromText(`Till\nJärva stadsdelsnämnd\n\nSäkerhetsprogrammet\nSvar på remiss\n\n${DECISION}`);
    const metadata = statementMetadata(document, 'svar.txt', await contentContext());
    expect(metadata.sources).toEqual({
      titel: 'rubriken, före första mellanrubriken',
      beslut: 'texten under rubriken "Förvaltningens förslag till beslut"',
      organisation: 'mottagaren "Järva stadsdelsnämnd"',
      remiss: 'texten nämner "stockholms stads säkerhetsprogram"',
    });
    expect(metadata.missing).toEqual(['dnr', 'datum', 'dokumenttyp', 'sammantrade', 'avsandare', 'handlaggare']);
    expect(metadata.warnings[0]?.format()).toBe(
      'svar.txt varning [dnr] (import/field-not-found): fältet "dnr" hittades inte i texten. Fältet krävs: fyll i det från originalet.',
    );
    expect(metadata.warnings[3]?.hint).toBe('Fyll i det från originalet om det står där.');
    expect(warningsOf(metadata)).toEqual([
      'dnr import/field-not-found',
      'datum import/field-not-found',
      'dokumenttyp import/field-not-found',
      'sammantrade import/field-not-found',
      'avsandare import/field-not-found',
      'handlaggare import/field-not-found',
    ]);
  });

  it('flags a title holding a date, a Dnr or the sender, and a decision that ends in a name', async () => {
    const document = statementFromText(
      [
        'Järva stadsdelsförvaltning',
        'Tjänsteutlåtande',
        'Dnr JÄRVA 2024/12',
        '2024-01-23',
        '',
        'Till',
        'Järva stadsdelsnämnd',
        '2024-02-22',
        '',
        'JÄRVA STADSDELSFÖRVALTNING SVAR PÅ REMISS 2024-01-23 JÄRVA 2024/12',
        '',
        'Förvaltningens förslag till beslut',
        'Stadsdelsnämnden överlämnar tjänsteutlåtandet som svar på remissen om Stockholms stads säkerhetsprogram. Anna Berg',
        '',
      ].join('\n'),
    );
    const metadata = statementMetadata(document, 'svar.txt', await contentContext());
    expect(warningsOf(metadata)).toEqual([
      'handlaggare import/field-not-found',
      'titel import/title-with-date',
      'titel import/title-with-dnr',
      'titel import/title-with-sender',
      'beslut import/decision-ends-in-name',
    ]);
    expect(metadata.warnings.at(-1)?.message).toBe('beslutet slutar med namnet "Anna Berg", troligen början på underskriften.');
  });

  it('flags dates far from the remiss and a meeting before the statement, and leaves out the remiss’s own Dnr', async () => {
    const document = statementFromText(
      [
        'Handläggare',
        'Anna Berg',
        'Telefon: 08-508 000 01',
        'Per Holm',
        'Telefon: 08-508 000 02',
        '',
        'Till',
        'Järva stadsdelsnämnd',
        '2014-02-22',
        '',
        'Järva stadsdelsförvaltning',
        'Tjänsteutlåtande',
        'Dnr KS 2023/1254',
        '2024-02-23',
        '',
        'Stockholms stads säkerhetsprogram',
        'Svar på remiss',
        '',
        DECISION,
      ].join('\n'),
    );
    const metadata = statementMetadata(document, 'svar.txt', await contentContext());
    expect(metadata.data.dnr).toBeUndefined();
    expect(metadata.data.handlaggare).toEqual({ namn: 'Anna Berg', telefon: '08-508 000 01' });
    expect(warningsOf(metadata)).toEqual([
      'dnr import/dnr-of-remiss',
      'dnr import/field-not-found',
      'handlaggare import/other-handlaggare',
      'sammantrade import/date-far-from-remiss',
      'sammantrade import/meeting-before-statement',
    ]);
    expect(metadata.warnings.map((warning) => warning.message)).toContain(
      'sammanträdet 2014-02-22 ligger långt från remissen "sakerhetsprogrammet-2024", som skickades 2023-11-20.',
    );
    expect(metadata.warnings.map((warning) => warning.message)).toContain('fler handläggare står i brevhuvudet: Per Holm, 08-508 000 02.');
  });

  it('warns of a flattened text and of an organisation not among the remissinstanser', async () => {
    const flat = `Till Rinkeby-Kista stadsdelsnämnd 2024-02-22 Stockholms stads säkerhetsprogram Förvaltningens förslag till beslut Nämnden överlämnar tjänsteutlåtandet som svar på remissen. ${'Förvaltningen har läst förslaget och har inget att tillägga utöver detta. '.repeat(10)}`;
    const document = statementFromText(flat);
    expect(document.flattened).toBe(true);
    const metadata = statementMetadata(document, 'svar.txt', await contentContext());
    expect(metadata).toMatchObject({ organisationId: 'rinkeby-kista', remissId: 'sakerhetsprogrammet-2024' });
    expect(warningsOf(metadata)).toContain('import/flattened-text');
    expect(warningsOf(metadata)).toContain('organisation import/not-remissinstans');
  });
});

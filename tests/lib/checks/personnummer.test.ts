import { describe, expect, it } from 'vitest';
import { findIdentityNumbers, luhnCheckDigit, maskIdentityNumber } from '#lib/checks/personnummer.ts';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';
import { testPersonnummer, withWrongCheckDigit } from '../../support/identity-numbers.ts';

const STATEMENT = 'remissvar/alfa-2024/norr.md';
const LAST_LINE = 'Förvaltningen ställer sig bakom programmet.';

describe('findIdentityNumbers', () => {
  it('finds a personnummer with or without separator, in 10 or 12 digits', () => {
    const short = testPersonnummer('19900517', '123');
    const long = testPersonnummer('19900517', '123', { long: true });
    const plus = short.replace('-', '+');
    const bare = short.replace('-', '');
    // Written with a space (or a no-break space) as the separator, as people often do.
    const spaced = short.replace('-', ' ');
    const noBreak = short.replace('-', '\u00a0');
    for (const written of [short, long, plus, bare, spaced, noBreak, `${long.slice(0, 8)}-${long.slice(8)}`]) {
      expect(
        findIdentityNumbers(`Uppgift: ${written}.`).map((match) => match.text),
        written,
      ).toEqual([written]);
    }
  });

  it('finds a samordningsnummer (the day plus 60) and says which it is', () => {
    const number = testPersonnummer('19900517', '456', { dayOffset: 60 });
    expect(findIdentityNumbers(`nr ${number}`)).toEqual([{ text: number, index: 3, kind: 'samordningsnummer' }]);
  });

  it('leaves alone what only has the shape: a wrong check digit, an impossible date, longer numbers, dates and phone numbers', () => {
    const valid = testPersonnummer('19900517', '123');
    const text = [
      withWrongCheckDigit(valid),
      testPersonnummer('19900231', '123'), // 31 February
      `1${valid.replace('-', '')}`, // eleven digits
      '2024-01-23',
      '08-508 290 00',
      '08-508 290 00 och 070-123 45 67',
      'Dnr JÄRVA 2023/665',
      'beslut 2024-01-23 1234 kr',
    ].join(' ');
    expect(findIdentityNumbers(text)).toEqual([]);
  });

  it('in built files (standalone), skips digits that are part of a hash, but not a number in text', () => {
    const bare = testPersonnummer('19900517', '123').replace('-', '');
    expect(findIdentityNumbers(`"hash":"sv_${bare}a"`, { standalone: true })).toEqual([]);
    expect(findIdentityNumbers(`<p>Nr ${bare}.</p>`, { standalone: true }).map((match) => match.text)).toEqual([bare]);
    // Content is checked without that exception: an identity number glued to a word is still one.
    expect(findIdentityNumbers(`pnr${bare}`)).toHaveLength(1);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(findIdentityNumbers(testPersonnummer('20000229', '123', { long: true }))).toHaveLength(1);
    expect(findIdentityNumbers(testPersonnummer('19000229', '123', { long: true }))).toEqual([]);
  });

  it('computes the Luhn digit and masks all but year and month', () => {
    expect(luhnCheckDigit('121212121')).toBe(2);
    expect(maskIdentityNumber('900517-1234')).toBe('9005**-****');
    expect(maskIdentityNumber('199005171234')).toBe('199005******');
  });
});

describe('npm run check: personnummer', () => {
  it('reports a personnummer in a statement with file, line, column and the number masked', async () => {
    const number = testPersonnummer('19900517', '123');
    const { lines } = await checkFixture({ edit: { [STATEMENT]: (text) => text.replace(LAST_LINE, `${LAST_LINE} Kontakt: ${number}.`) } });
    const line = lineSaying(lines, 'ett personnummer', '(9005**-****)', 'får aldrig publiceras');
    expect(line).toMatch(new RegExp(`${STATEMENT}:19:${LAST_LINE.length + 11} fel \\(checks/identity-number\\)`));
    expect(line).not.toContain(number);
  });

  it('reports a samordningsnummer in a YAML file', async () => {
    const number = testPersonnummer('19851103', '987', { dayOffset: 60, long: true });
    const { lines } = await checkFixture({
      edit: { 'organisationer/norr.yaml': (text) => `${text}beskrivning: "Ärende ${number}"\n` },
    });
    expect(lineSaying(lines, 'ett samordningsnummer', '198511******')).toMatch(
      /organisationer\/norr\.yaml:3:22 fel \(checks\/identity-number\)/,
    );
  });

  it('reports it even in a document that is never published', async () => {
    const number = testPersonnummer('19900517', '123');
    const { lines } = await checkFixture({ edit: { 'anvisningar/hemlig/2023.md': (text) => `${text}\n${number}\n` } });
    expect(lineSaying(lines, 'personnummer')).toMatch(/anvisningar\/hemlig\/2023\.md:14:1 fel \(checks\/identity-number\)/);
  });

  it('passes dates, registry numbers, phone numbers and numbers that fail the Luhn check', async () => {
    const almost = withWrongCheckDigit(testPersonnummer('19900517', '123'));
    const { lines } = await checkFixture({
      edit: { [STATEMENT]: (text) => text.replace(LAST_LINE, `${LAST_LINE} Ärende ${almost}, daterat 2024-01-23, Dnr 1.5.1-135-2012.`) },
    });
    expect(lines.filter((line) => line.includes('nummer'))).toEqual([]);
  });
});

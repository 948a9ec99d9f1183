import { describe, expect, it } from 'vitest';
import { findContactDetails } from '#lib/checks/contact-details.ts';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';

const STATEMENT = 'remissvar/alfa-2024/norr.md';
const LAST_LINE = 'Förvaltningen ställer sig bakom programmet.';
const withContact = (extra: string) => ({ edit: { [STATEMENT]: (text: string) => text.replace(LAST_LINE, `${LAST_LINE} ${extra}`) } });
const allowed = ['registrator@', 'tillganglighet@', 'info@norrby.example.se', '08-508 290 00'];

describe('findContactDetails', () => {
  it('finds Swedish phone numbers in the ways they are written', () => {
    const text = 'Ring 08-508 026 22, 070-123 45 67, +46 8 508 026 22 eller 0850802622.';
    expect(findContactDetails(text, []).map((found) => found.text)).toEqual([
      '08-508 026 22',
      '070-123 45 67',
      '+46 8 508 026 22',
      '0850802622',
    ]);
  });

  it('stops at the end of the number when another number follows', () => {
    expect(findContactDetails('tel. 08-508 026 22 2024', []).map((found) => found.text)).toEqual(['08-508 026 22']);
  });

  it('leaves out allowlisted mailboxes, addresses and numbers, and things that are not phone numbers', () => {
    const text =
      'registrator@jarva.stockholm.se, info@norrby.example.se, växeln +46 8 508 290 00, 2024-01-23, Dnr 1.5.1-135-2012, 0,5 procent';
    expect(findContactDetails(text, allowed)).toEqual([]);
  });

  it('finds personal addresses, also with Swedish letters', () => {
    expect(findContactDetails('Kontakt: åsa.öberg@stockholm.se.', allowed).map((found) => found.text)).toEqual(['åsa.öberg@stockholm.se']);
  });
});

describe('npm run check: officials’ contact details', () => {
  it('with level "error": an error at the line and column of a direct number', async () => {
    const { lines } = await checkFixture(withContact('Handläggare: 08-508 026 22.'), { contactDetails: { level: 'error', allowed } });
    expect(lineSaying(lines, 'ett direkt telefonnummer (08-508 026 22) skulle publiceras', 'contactDetails.allowed')).toMatch(
      new RegExp(`${STATEMENT}:19:${LAST_LINE.length + 15} fel \\(checks/contact-details\\)`),
    );
  });

  it('with level "warn": a warning, so the check still passes', async () => {
    const { problems, lines } = await checkFixture(withContact('Mejla anna.andersson@norrby.example.se.'), {
      contactDetails: { level: 'warn', allowed },
    });
    expect(lineSaying(lines, 'en personlig e-postadress (anna.andersson@norrby.example.se)')).toMatch(
      new RegExp(`${STATEMENT}:19:\\d+ varning \\(checks/contact-details\\)`),
    );
    expect(problems.filter((problem) => problem.severity === 'fel')).toEqual([]);
  });

  it('reports a frontmatter field at its line, but not the handläggare field, which showHandlaggare governs', async () => {
    const { lines } = await checkFixture(
      {
        edit: {
          [STATEMENT]: (text) =>
            text.replace(
              'exempel: true',
              'avsandare: "Norrby sdf, tel 08-508 026 22"\nhandlaggare:\n  namn: Anna Andersson\n  telefon: "08-508 111 22"\nexempel: true',
            ),
        },
      },
      { contactDetails: { level: 'error', allowed } },
    );
    expect(lineSaying(lines, '08-508 026 22')).toMatch(new RegExp(`${STATEMENT}:7:1 fel \\[avsandare\\] \\(checks/contact-details\\)`));
    expect(lines.filter((line) => line.includes('08-508 111 22'))).toEqual([]);
  });

  it('with level "allow", or for allowlisted addresses: nothing', async () => {
    const allowedText = 'Frågor till registrator@norrby.example.se eller 08-508 290 00.';
    expect((await checkFixture(withContact(allowedText), { contactDetails: { level: 'error', allowed } })).lines).toEqual([]);
    expect((await checkFixture(withContact('Ring 08-508 026 22.'), { contactDetails: { level: 'allow', allowed } })).lines).toEqual([]);
  });
});

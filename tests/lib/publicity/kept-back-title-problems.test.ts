import { describe, expect, it } from 'vitest';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';

const ANVISNING = 'anvisningar/larm/2022.md';
const HIDDEN = 'anvisningar/hemlig/2023.md';
const TITLE = 'Hemlig anvisning om skyddsvärden';
const FIRST_LINE = 'Ring krisstödet och följ larmlistan.';
const at = (file: string, line: number, column: number, field = '') =>
  new RegExp(`${file}:${line}:${column} fel ${field ? `\\[${field}\\] ` : ''}\\(publicity/kept-back-title\\): `);

describe('npm run check: public text does not name a document kept back', () => {
  it('reports the title in a body, whole though written across emphasis and a line break, naming both files', async () => {
    const { lines } = await checkFixture({
      edit: {
        [ANVISNING]: (text) => text.replace(FIRST_LINE, `${FIRST_LINE.slice(0, -1)}, enligt **Hemlig** anvisning\nom skyddsvärden.`),
      },
    });
    const line = lineSaying(lines, `den offentliga texten nämner "${TITLE}", titeln på`, HIDDEN, 'som inte publiceras', 'Titeln avslöjar');
    expect(line).toMatch(at(ANVISNING, 11, 47));
    expect(lines).toHaveLength(1);
  });

  it('reports it in a field, in a heading, in code and begun with a small letter, each at its place', async () => {
    const { lines } = await checkFixture({
      edit: {
        [ANVISNING]: (text) =>
          text.replace('sammanfattning: Så larmar förvaltningen krisstöd.', `sammanfattning: Så larmar förvaltningen enligt ${TITLE}.`),
        'remissvar/alfa-2024/norr.md': (text) =>
          text.replace('medför ökade kostnader', 'medför (se `hemlig anvisning om skyddsvärden`) ökade kostnader'),
        'sidor/redaktorsguide.md': (text) => text.replace('## Kontrollerna', `## Kontrollerna och ${TITLE} {#kontrollerna}`),
      },
    });
    expect(lineSaying(lines, `nämner "${TITLE}"`, ANVISNING)).toMatch(at(ANVISNING, 8, 1, 'sammanfattning'));
    expect(lineSaying(lines, 'nämner "hemlig anvisning om skyddsvärden"')).toMatch(at('remissvar/alfa-2024/norr.md', 16, 40));
    expect(lineSaying(lines, `nämner "${TITLE}"`, 'redaktorsguide.md')).toMatch(at('sidor/redaktorsguide.md', 14, 21));
    expect(lines).toHaveLength(3);
  });

  it('reports a short title only as a whole word as written, and not a title that a published document has too', async () => {
    const { lines } = await checkFixture({
      edit: {
        [HIDDEN]: (text) => text.replace(`titel: ${TITLE}`, 'titel: Skalskydd'),
        [ANVISNING]: (text) => text.replace(FIRST_LINE, 'Skalskyddet och Yttre skalskydd gäller. Se Skalskydd.'),
      },
    });
    expect(lineSaying(lines, 'nämner "Skalskydd"')).toMatch(at(ANVISNING, 11, 44));
    expect(lines).toHaveLength(1);

    // The anvisning kept back titled like the published one: the title gives nothing away.
    const shared = await checkFixture({
      edit: { [HIDDEN]: (text) => text.replace(`titel: ${TITLE}`, 'titel: Anvisning för larm och krisstöd') },
    });
    expect(shared.lines).toEqual([]);
  });

  it('reads no text of a document kept back as public', async () => {
    const { lines } = await checkFixture({
      edit: {
        'anvisningar/larm/2025.md': (text) =>
          text.replace('exempel: true', `exempel: true\npublicitet: ej-publicerad\nsammanfattning: Ersätter ${TITLE}.`),
      },
    });
    expect(lines.filter((line) => line.includes('publicity/kept-back-title'))).toEqual([]);
  });
});

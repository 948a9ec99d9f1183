import { describe, expect, it } from 'vitest';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';

const STATEMENT = 'remissvar/alfa-2024/norr.md';

describe('npm run check: placeholders left by the scaffolding', () => {
  it('is an error in a document that would be published, at the field and in the text', async () => {
    const { lines } = await checkFixture({
      edit: {
        [STATEMENT]: (text) =>
          text.replace('dnr: NORRBY 2023/665', 'dnr: "FYLL I"').replace('ställer sig bakom', 'FYLL I ställer sig bakom'),
      },
    });
    expect(lineSaying(lines, '"FYLL I" står kvar i fältet "dnr"')).toMatch(
      new RegExp(`${STATEMENT}:3:1 fel \\[dnr\\] \\(checks/placeholder\\)`),
    );
    expect(lineSaying(lines, '"FYLL I" står kvar i texten')).toMatch(new RegExp(`${STATEMENT}:19:15 fel \\(checks/placeholder\\)`));
  });

  it('is only a warning in a document that is not published', async () => {
    const { problems, lines } = await checkFixture({
      edit: { 'anvisningar/hemlig/2023.md': (text) => text.replace('Får aldrig publiceras på webbplatsen.', '"FYLL I: en mening."') },
    });
    expect(lineSaying(lines, '"FYLL I" står kvar i fältet "sammanfattning"')).toMatch(
      /anvisningar\/hemlig\/2023\.md:8:1 varning \[sammanfattning\] \(checks\/placeholder\)/,
    );
    expect(problems.filter((problem) => problem.severity === 'fel')).toEqual([]);
  });

  it('passes a document without placeholders', async () => {
    expect((await checkFixture()).lines).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';

const ANVISNING = 'anvisningar/larm/2022.md';
const FIRST_LINE = 'Ring krisstödet och följ larmlistan.';
const replaceFirstLine = (replacement: string) => ({ edit: { [ANVISNING]: (text: string) => text.replace(FIRST_LINE, replacement) } });

describe('npm run check: internal links and anchors', () => {
  it('passes links to pages, sections, headings and comments that exist (the fixture guide and anvisning have them)', async () => {
    const { lines } = await checkFixture(
      replaceFirstLine(
        [
          'Se [versionen](/program/alfa/2024/#krisstod), [avsnittet](/program/alfa/2024/krisstod/),',
          '[svaret](/remisser/alfa-2024/skola/#kommentar-k1), [sök](/sok/?q=larm), [start](/),',
          '[guiden](/redaktorsguide/#kontrollerna) och [extern](https://www.stockholm.se/).',
        ].join('\n'),
      ),
    );
    expect(lines).toEqual([]);
  });

  it('reports a link to a page that does not exist, with the nearest address', async () => {
    const { lines } = await checkFixture(replaceFirstLine('Ring [krisstödet](/program/alfa/2024/krisstd/) nu.'));
    expect(
      lineSaying(
        lines,
        'länken går till "/program/alfa/2024/krisstd/", en sida som inte finns',
        'Menade du "/program/alfa/2024/krisstod/"',
      ),
    ).toMatch(new RegExp(`${ANVISNING}:11:6 fel \\(checks/broken-link\\)`));
  });

  it("knows the glossary's terms as anchors, so text can link a term to its explanation", async () => {
    const good = await checkFixture(replaceFirstLine('Gör en [RSA](/ordlista/#risk-och-sarbarhetsanalys) först.'));
    expect(good.lines).toEqual([]);
    const { lines } = await checkFixture(replaceFirstLine('Gör en [RSA](/ordlista/#risk-och-sarbarhetsanalyser) först.'));
    expect(
      lineSaying(lines, '"#risk-och-sarbarhetsanalyser" finns inte på sidan /ordlista/', 'Menade du "risk-och-sarbarhetsanalys"'),
    ).toMatch(new RegExp(`${ANVISNING}:11:\\d+ fel \\(checks/unknown-anchor\\)`));
  });

  it('reports an address without its closing slash', async () => {
    const { lines } = await checkFixture(replaceFirstLine('Se [larm](/anvisningar/larm).'));
    expect(lineSaying(lines, 'Adresserna slutar med snedstreck: skriv "/anvisningar/larm/"')).toMatch(
      new RegExp(`${ANVISNING}:11:4 fel \\(checks/link-without-slash\\)`),
    );
  });

  it('reports an anchor that is not on the page, suggesting one that is', async () => {
    const { lines } = await checkFixture(
      replaceFirstLine('Se [beredskap](/program/alfa/2024/#beredskapen) och [k9](/remisser/alfa-2024/norr/#kommentar-k9).'),
    );
    expect(lineSaying(lines, '"#beredskapen" finns inte på sidan /program/alfa/2024/', 'Menade du "beredskap"')).toMatch(
      new RegExp(`${ANVISNING}:11:4 fel \\(checks/unknown-anchor\\)`),
    );
    expect(lineSaying(lines, '"#kommentar-k9" finns inte', '"kommentar-k1"')).toContain(`${ANVISNING}:11:`);
  });

  it('checks an anchor on the same page against the document’s own headings', async () => {
    const { lines } = await checkFixture({
      edit: { 'sidor/redaktorsguide.md': (text) => text.replace('(#andra-en-anvisning)', '(#andra-anvisning)') },
    });
    expect(lineSaying(lines, '"#andra-anvisning" finns inte på sidan /redaktorsguide/', 'Menade du "andra-en-anvisning"')).toMatch(
      /sidor\/redaktorsguide\.md:16:4 fel \(checks\/unknown-anchor\)/,
    );
  });

  it('refuses a relative link, and turns a link to a content file into the page address', async () => {
    const { lines } = await checkFixture(replaceFirstLine('Se [larm](../larm/) och [remissen](../../remisser/alfa-2024.md#bakgrund).'));
    expect(lineSaying(lines, 'länken "../larm/" är relativ')).toMatch(new RegExp(`${ANVISNING}:11:4 fel \\(checks/relative-link\\)`));
    expect(
      lineSaying(
        lines,
        'länken "../../remisser/alfa-2024.md#bakgrund" är relativ',
        'Länka till sidan i stället: "/remisser/alfa-2024/#bakgrund"',
      ),
    ).toContain(`${ANVISNING}:11:`);
  });
});

import { describe, expect, it } from 'vitest';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';

const ANVISNING = 'anvisningar/larm/2022.md';
const FIRST_LINE = 'Ring krisstödet och följ larmlistan.';
// The body of the anvisning starts on line 11; FIRST_LINE is its first line.
const replaceFirstLine = (replacement: string) => ({ edit: { [ANVISNING]: (text: string) => text.replace(FIRST_LINE, replacement) } });
const at = (line: number, column: number) =>
  new RegExp(`${ANVISNING}:${line}:${column} fel (\\[\\w+\\] )?\\(checks/unsafe-link-scheme\\): `);

describe('npm run check: a link goes to the site or to https:, http:, mailto: or tel:', () => {
  it('refuses javascript: in an inline link, in any case, at its line and column', async () => {
    const { lines } = await checkFixture(replaceFirstLine('Ring [a](javascript:alert(1)) och [b](JaVaScRiPt:alert(1)) nu.'));
    expect(
      lineSaying(lines, 'länken har adressen "javascript:alert(1)"', 'börjar med "javascript:"', 'https:, http:, mailto: eller tel:'),
    ).toMatch(at(11, 6));
    expect(lineSaying(lines, 'länken har adressen "JaVaScRiPt:alert(1)"', 'börjar med "javascript:"')).toMatch(at(11, 35));
    expect(lines).toHaveLength(2);
  });

  it('sees through a tab, a space or a character reference, and reports each once', async () => {
    const { lines } = await checkFixture(
      replaceFirstLine('[c](<java\tscript:alert(1)>) [d](&#106;avascript:alert(1)) [e](&#x20;javascript:alert(1))'),
    );
    // The tab is shown as \t, so the editor can see it.
    expect(lineSaying(lines, 'länken har adressen "java\\tscript:alert(1)"')).toMatch(at(11, 1));
    expect(lineSaying(lines, 'länken har adressen "javascript:alert(1)"')).toMatch(at(11, 29));
    expect(lineSaying(lines, 'länken har adressen " javascript:alert(1)"')).toMatch(at(11, 59));
    // Not also taken for relative links.
    expect(lines).toHaveLength(3);
  });

  it('refuses it in an autolink, a reference definition, an image and a directive’s attribute', async () => {
    const { lines } = await checkFixture(
      replaceFirstLine(
        [
          '<JAVASCRIPT:alert(1)> och [ref-länken][ref] och ![bild](data:image/svg+xml,x).',
          '',
          '[ref]: vbscript:msgbox(1)',
          '',
          '::larm{href="javascript:alert(1)"}',
        ].join('\n'),
      ),
    );
    expect(lineSaying(lines, 'länken har adressen "JAVASCRIPT:alert(1)"')).toMatch(at(11, 1));
    expect(lineSaying(lines, 'bilden har adressen "data:image/svg+xml,x"', '"data:"')).toMatch(at(11, 49));
    expect(lineSaying(lines, 'länkdefinitionen har adressen "vbscript:msgbox(1)"', '"vbscript:"')).toMatch(at(13, 1));
    expect(lineSaying(lines, 'attributet "href" har adressen "javascript:alert(1)"')).toMatch(at(15, 1));
    // The directive is refused as unknown as well.
    expect(lineSaying(lines, '"::larm" är ingen komponent')).toMatch(/:15:1 fel \(checks\/unknown-directive\)/);
  });

  it('refuses an HTML or MDX link with its attribute as code, at its place', async () => {
    const { lines } = await checkFixture(replaceFirstLine('<a href="javascript:alert(1)">a</a> och <Link href="javascript:alert(1)" />'));
    expect(lineSaying(lines, 'HTML-taggen <a>')).toMatch(new RegExp(`${ANVISNING}:11:1 fel \\(checks/html-tag\\)`));
    expect(lineSaying(lines, 'komponenten <Link>')).toMatch(new RegExp(`${ANVISNING}:11:41 fel \\(checks/component\\)`));
  });

  it('passes https:, http:, mailto:, tel:, site paths and anchors', async () => {
    const { lines } = await checkFixture(
      replaceFirstLine(
        '[a](https://www.stockholm.se/) [b](HTTP://example.se/) [c](mailto:registrator@norrby.example.se) [d](tel:+46850829000) ' +
          '[e](/redaktorsguide/) [f](#innehall) <https://www.stockholm.se/>',
      ),
    );
    expect(lines).toEqual([]);
  });
});

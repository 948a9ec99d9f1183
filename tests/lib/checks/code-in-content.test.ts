import { describe, expect, it } from 'vitest';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';

const ANVISNING = 'anvisningar/larm/2022.md';
const FIRST_LINE = 'Ring krisstödet och följ larmlistan.';
// The body of the anvisning starts on line 11; FIRST_LINE is its first line.
const replaceFirstLine = (replacement: string) => ({ edit: { [ANVISNING]: (text: string) => text.replace(FIRST_LINE, replacement) } });

describe('npm run check: no code in content', () => {
  it('refuses an import line (MDX) at its line', async () => {
    const { lines } = await checkFixture(replaceFirstLine("import Larm from '../../src/components/Larm.astro';"));
    expect(lineSaying(lines, 'en rad som börjar med "import" är kod (MDX)')).toMatch(
      new RegExp(`${ANVISNING}:11:1 fel \\(checks/code-line\\)`),
    );
  });

  it('refuses an export line', async () => {
    const { lines } = await checkFixture(replaceFirstLine('export const x = process.env;'));
    expect(lineSaying(lines, '"export" är kod')).toMatch(new RegExp(`${ANVISNING}:11:1 fel \\(checks/code-line\\)`));
  });

  it('refuses a JavaScript expression at its column', async () => {
    const { lines } = await checkFixture(replaceFirstLine('Ring {process.exit(1)} nu.'));
    expect(lineSaying(lines, '"{process.exit(1)}" ser ut som ett koduttryck')).toMatch(
      new RegExp(`${ANVISNING}:11:6 fel \\(checks/code-expression\\)`),
    );
  });

  it('refuses an expression written with character references, which read as braces', async () => {
    const { lines } = await checkFixture(replaceFirstLine('Ring &#123;process.exit(1)&#125; nu.'));
    expect(lineSaying(lines, '"{process.exit(1)}" ser ut som ett koduttryck')).toMatch(
      new RegExp(`${ANVISNING}:11:\\d+ fel \\(checks/code-expression\\)`),
    );
  });

  it('refuses a component and a script, naming them', async () => {
    const { lines } = await checkFixture(
      replaceFirstLine('<Larm niva="hog" />\n\n<script>alert(1)</script>\n\nText <Knapp nivå="hög" /> här.'),
    );
    expect(lineSaying(lines, 'komponenten <Larm> är kod (JSX)')).toMatch(new RegExp(`${ANVISNING}:11:1 fel \\(checks/component\\)`));
    expect(lineSaying(lines, '<script> är kod och får aldrig stå i innehåll')).toMatch(
      new RegExp(`${ANVISNING}:13:1 fel \\(checks/script-tag\\)`),
    );
    // Not HTML to Markdown (å in an attribute name), but still a component.
    expect(lineSaying(lines, 'komponenten <Knapp>')).toMatch(new RegExp(`${ANVISNING}:15:6 fel \\(checks/component\\)`));
  });

  it('refuses raw HTML, which the site does not render, once per element', async () => {
    const { lines } = await checkFixture(replaceFirstLine('Ring <b>krisstödet</b> nu.'));
    expect(lines.filter((line) => line.includes('HTML-taggen <b>'))).toEqual([
      expect.stringMatching(new RegExp(`${ANVISNING}:11:6 fel \\(checks/html-tag\\)`)),
    ]);
  });

  it('refuses HTML that is no tag, such as a doctype', async () => {
    const { lines } = await checkFixture(replaceFirstLine('<!DOCTYPE html>'));
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `${ANVISNING}:11:1 fel \\(checks/raw-html\\): "<!DOCTYPE html>" är HTML-kod och visas inte på webbplatsen\\. Innehållet är ren Markdown`,
        ),
      ),
    ]);
  });

  it('refuses directives that are not on the allowlist, and kommentar outside remissvar', async () => {
    const { lines } = await checkFixture(
      replaceFirstLine('::youtube{#abc}\n\n:::kommentar{#k1 avsnitt="krisstod" stallning="synpunkt"}\nText\n:::'),
    );
    expect(lineSaying(lines, '"::youtube" är ingen komponent som webbplatsen känner till')).toMatch(
      new RegExp(`${ANVISNING}:11:1 fel \\(checks/unknown-directive\\)`),
    );
    expect(lineSaying(lines, '"kommentar" kan bara användas i remissvar')).toMatch(
      new RegExp(`${ANVISNING}:13:1 fel \\(checks/directive-elsewhere\\)`),
    );
  });

  it('in a remissvar, whose kommentar lines are allowed, still finds code inside a kommentar and other directives', async () => {
    const REMISSVAR = 'remissvar/alfa-2024/norr.md';
    const inKommentar = await checkFixture({
      edit: { [REMISSVAR]: (text: string) => text.replace('lyfts fram i ett eget avsnitt.', 'lyfts fram i <b>ett eget</b> avsnitt.') },
    });
    expect(inKommentar.lines).toEqual([
      expect.stringMatching(new RegExp(`${REMISSVAR}:12:\\d+ fel \\(checks/html-tag\\): HTML-taggen <b>`)),
    ]);
    const otherDirective = await checkFixture({
      edit: { [REMISSVAR]: (text: string) => text.replace('Förvaltningen ställer sig bakom programmet.', '::karta{#stockholm}') },
    });
    expect(otherDirective.lines).toEqual([
      expect.stringMatching(new RegExp(`${REMISSVAR}:19:1 fel \\(checks/unknown-directive\\): "::karta" är ingen komponent`)),
    ]);
  });

  it('passes plain Markdown: code spans and blocks, comments, heading IDs, kommentar in a remissvar, prose colons', async () => {
    const { lines } = await checkFixture(
      replaceFirstLine(
        '## Larm {#larm}\n\nSkriv `import` och `{x}` som kod. Kl. 8:e varje dag.\n\n<!-- Redaktörens anteckning -->\n\n```\n<div>{x}</div>\nexport default 1\n```',
      ),
    );
    expect(lines).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/checks/check-content.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';

const MDX = 'anvisningar/paverkan/2024.mdx';

interface Case {
  name: string;
  code: string;
  change: (text: string) => string;
  /** What the message must say besides its code. */
  says: string[];
  /** Line and column in the file. */
  at: string;
  file?: string;
}

// Each construct that would make MDX run code, and the MDX syntax editors trip over, as an editor would write it into the fixture's .mdx anvisning.
const cases: Case[] = [
  {
    name: 'an import line',
    code: 'content/mdx-esm',
    change: (text) => text.replace('{/* Skriven', "import Karta from './karta.js'\n\n{/* Skriven"),
    says: ['"import Karta from', 'är kod'],
    at: '11:1',
  },
  {
    name: 'an export line',
    code: 'content/mdx-esm',
    change: (text) => text.replace('## Så anmäler du', 'export const telefon = "112"\n\n## Så anmäler du'),
    says: ['"export const telefon'],
    at: '19:1',
  },
  {
    name: 'an expression in the text',
    code: 'content/mdx-expression',
    change: (text) => text.replace('ring 112 först', 'ring {nummer} först'),
    says: ['"{nummer}" är ett koduttryck'],
    at: '16:23',
  },
  {
    name: 'an expression as an attribute value',
    code: 'content/mdx-attribute-expression',
    change: (text) => text.replace('<Notis typ="viktigt">', '<Notis typ={typ}>'),
    says: ['attributet typ', 'typ="viktigt"'],
    at: '15:8',
  },
  {
    name: 'attributes spread from an expression',
    code: 'content/mdx-attribute-expression',
    change: (text) => text.replace('<Notis typ="viktigt">', '<Notis {...inställningar}>'),
    says: ['attributet {...inställningar}'],
    at: '15:8',
  },
  {
    name: 'a component that is not allowed',
    code: 'content/mdx-unknown-component',
    change: (text) => text.replace('## Så anmäler du', '<Notice typ="viktigt" />\n\n## Så anmäler du'),
    says: ['<Notice> är ingen komponent', 'Menade du "Notis"?'],
    at: '19:1',
  },
  {
    name: 'an HTML tag',
    code: 'content/mdx-unknown-component',
    change: (text) => text.replace('samma dag', '<b>samma dag</b>'),
    says: ['<b> är ingen komponent', 'skriv Markdown'],
    at: '20:54',
  },
  {
    name: 'a notice inside a paragraph',
    code: 'content/mdx-inline-component',
    change: (text) => text.replace('samma dag.', 'samma dag. <Notis>Nu.</Notis>'),
    says: ['<Notis> står inne i ett stycke', '</Notis> på en egen rad'],
    at: '20:65',
  },
  {
    name: 'an HTML comment',
    code: 'content/mdx-syntax',
    change: (text) => text.replace('{/* Skriven i MDX, med de komponenter som innehåll får använda. */}', '<!-- Anteckning -->'),
    says: ['HTML-kommentar', '{/* anteckning */}'],
    at: '11:2',
  },
  {
    name: 'a "<" in prose',
    code: 'content/mdx-syntax',
    change: (text) => text.replace('samma dag', 'inom <24 timmar'),
    says: ['tecknet <', 'Skriv \\<'],
    at: '20:60',
  },
  {
    name: 'an unmatched brace',
    code: 'content/mdx-syntax',
    change: (text) => text.replace('samma dag', 'samma dag {'),
    says: ['klammerparentes', 'Skriv \\{'],
    at: '20:66',
  },
  {
    name: 'a notice without its closing tag',
    code: 'content/mdx-syntax',
    change: (text) => text.replace('Spara meddelanden och brev: de är underlag för polisen.\n</Notis>', 'Spara meddelanden.'),
    says: ['sluttagg'],
    at: '22:1',
  },
  {
    name: 'a notice of a kind that does not exist',
    code: 'checks/notis-attribute',
    change: (text) => text.replace('<Notis typ="viktigt">', '<Notis typ="vikigt">'),
    says: ['typ="vikigt"', 'Menade du "viktigt"?'],
    at: '15:1',
  },
  {
    name: 'a comment marker outside a remissvar',
    code: 'checks/directive-elsewhere',
    change: (text) =>
      text
        .replace('<Notis>\n', '<Kommentar id="k1" avsnitt="otillaten-paverkan" stallning="synpunkt">\n')
        .replace(/<\/Notis>\n$/, '</Kommentar>\n'),
    says: ['"kommentar" kan bara användas i remissvar'],
    at: '22:1',
  },
];

describe('npm run check reports what an MDX text may not hold, at its line and column', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  for (const testCase of cases) {
    it(`when it has ${testCase.name}`, async () => {
      const copy = await fixtureCopy();
      cleanup = copy.remove;
      const file = testCase.file ?? MDX;
      await copy.edit(file, testCase.change);
      const lines = (await checkContent(copy.dir)).filter((problem) => problem.severity === 'fel').map((problem) => problem.format());
      const match = lines.find(
        (line) => line.includes(`(${testCase.code}): `) && testCase.says.every((fragment) => line.includes(fragment)),
      );
      expect(match, `no message says all of ${JSON.stringify(testCase.says)}:\n${lines.join('\n')}`).toBeDefined();
      expect(match).toContain(`${file}:${testCase.at} fel`);
    });
  }

  it('when a notice in Markdown stands on one line', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await copy.edit('anvisningar/larm/2022.md', (text) => `${text.trimEnd()}\n\n::notis{typ="viktigt"}\n`);
    const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
    expect(lines).toContainEqual(
      expect.stringMatching(/anvisningar\/larm\/2022\.md:15:1 fel \(checks\/directive-not-a-block\): "notis" står inne i ett stycke/),
    );
  });

  it('when a document is written both as .md and as .mdx', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await copy.write('anvisningar/larm/2022.mdx', await readFile(path.join(copy.dir, 'anvisningar/larm/2022.md'), 'utf8'));
    const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
    expect(lines).toContainEqual(
      expect.stringMatching(
        /anvisningar\/larm\/2022\.mdx fel \(content\/md-and-mdx\): filen finns också som .*anvisningar\/larm\/2022\.md/,
      ),
    );
  });
});

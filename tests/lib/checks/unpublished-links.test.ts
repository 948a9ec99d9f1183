import { describe, expect, it } from 'vitest';
import { inspectContent } from '#lib/checks/check-content.ts';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';
import { fixtureCopy } from '../../support/fixture-copy.ts';

const ANVISNING = 'anvisningar/larm/2022.md';
const FIRST_LINE = 'Ring krisstödet och följ larmlistan.';

describe('npm run check: a public text linking to an unpublished document', () => {
  it('is an error at the link, not a broken link', async () => {
    const { lines } = await checkFixture({
      edit: { [ANVISNING]: (text) => text.replace(FIRST_LINE, `${FIRST_LINE} Se [den andra](/anvisningar/hemlig/).`) },
    });
    const line = lineSaying(lines, 'texten är offentlig men länkar till /anvisningar/hemlig/', 'inte publiceras');
    expect(line).toMatch(new RegExp(`${ANVISNING}:11:${FIRST_LINE.length + 5} fel \\[publicitet\\] \\(checks/link-to-unpublished\\)`));
    expect(lines.filter((l) => l.includes('en sida som inte finns'))).toEqual([]);
  });

  it('is allowed from a document that is itself not published', async () => {
    const { lines } = await checkFixture({
      edit: { 'anvisningar/hemlig/2023.md': (text) => `${text}\nSe [larm](/anvisningar/larm/) och [mig](/anvisningar/hemlig/2023/).\n` },
    });
    expect(lines).toEqual([]);
  });

  it('waits behind the parent when the linked page’s document became unpublished through it', async () => {
    const copy = await fixtureCopy();
    try {
      await copy.edit('remisser/alfa-2024.md', (text) => text.replace('exempel: true', 'exempel: true\npublicitet: ej-publicerad'));
      await copy.edit(ANVISNING, (text) => text.replace(FIRST_LINE, 'Se [svaret](/remisser/alfa-2024/norr/#kommentar-k1).'));
      const { problems, followOns } = await inspectContent(copy.dir);
      // The remiss's answers and beredning lean on it too: one error there, naming them …
      expect(problems.filter((problem) => problem.severity === 'fel').map((problem) => problem.code)).toEqual([
        'publicity/hidden-but-needed',
      ]);
      // … and the link is found, as a follow-on that shows once the remiss is settled.
      const link = followOns.find((problem) => problem.code === 'checks/link-to-unpublished');
      expect(link?.format()).toMatch(
        new RegExp(`${ANVISNING}:11:4 fel \\[publicitet\\] \\(checks/link-to-unpublished\\): .*/remisser/alfa-2024/norr/`),
      );
    } finally {
      await copy.remove();
    }
  });
});

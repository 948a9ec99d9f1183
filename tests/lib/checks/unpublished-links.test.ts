import { describe, expect, it } from 'vitest';
import { checkFixture, lineSaying } from '../../support/check-fixture.ts';

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

  it('is an error when the linked page’s document became unpublished through its parent', async () => {
    const { lines } = await checkFixture({
      edit: {
        'remisser/alfa-2024.md': (text) => text.replace('exempel: true', 'exempel: true\npublicitet: ej-publicerad'),
        [ANVISNING]: (text) => text.replace(FIRST_LINE, `Se [svaret](/remisser/alfa-2024/norr/#kommentar-k1).`),
      },
    });
    expect(lineSaying(lines, 'länkar till /remisser/alfa-2024/norr/')).toMatch(
      new RegExp(`${ANVISNING}:11:4 fel \\[publicitet\\] \\(checks/link-to-unpublished\\)`),
    );
  });
});

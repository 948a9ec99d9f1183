import { describe, expect, it } from 'vitest';
import { changeSummary } from '#lib/authoring/change-summary.ts';
import { testPersonnummer } from '../../support/identity-numbers.ts';

const anvisning = (text: string, extra = '') => `---
titel: Anvisning för larm
program: p
avsnitt: [beredskap]
beslutadAv: Stadsdirektören
status: utkast
sammanfattning: Så larmar förvaltningen.
${extra}---
## Larma {#larma}
${text}
`;

describe('changeSummary', () => {
  it('reports a renamed section by its ID, with the old heading', () => {
    const before = anvisning('Ring larmcentralen.');
    const after = before.replace('## Larma {#larma}', '## Så larmar du {#larma}');
    expect(changeSummary([{ path: 'anvisningar/larm/2022.md', before, after }])).toContain(
      '- Avsnittet **Så larmar du** (ny rubrik, tidigare **Larma**).',
    );
  });

  it('shows no text of a document that is not published, only that it changed', () => {
    const hidden = 'publicitet: ej-publicerad\n';
    const summary = changeSummary([
      { path: 'anvisningar/larm/2022.md', before: anvisning('Hemlig rutin A.', hidden), after: anvisning('Hemlig rutin B.', hidden) },
    ]);
    expect(summary).toContain('`anvisningar/larm/2022.md` · ändrad · publiceras inte');
    expect(summary).toContain('- Texten publiceras inte och visas därför inte här.');
    expect(summary).not.toContain('Hemlig rutin');
  });

  it('never repeats an identity number, even when the content (wrongly) has one', () => {
    const number = testPersonnummer('19761224', '318');
    const summary = changeSummary([{ path: 'anvisningar/larm/2022.md', before: anvisning('Ring.'), after: anvisning(`Ring ${number}.`) }]);
    expect(summary).toContain('7612**-****');
    expect(summary).not.toContain(number);
  });

  it('says when a changed file cannot be read', () => {
    expect(changeSummary([{ path: 'remisser/r.md', before: '---\ntitel: R\n---\n', after: 'ingen frontmatter' }])).toContain(
      '- Filen kan inte läsas (se innehållskontrollen).',
    );
  });
});

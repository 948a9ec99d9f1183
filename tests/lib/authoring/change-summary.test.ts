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

describe('changeSummary: links, data and pages', () => {
  it('shows a link whose target changed, not "only the form changed"', () => {
    const before = anvisning('Se [avsnittet om beredskap](/program/p/2020/beredskap/) och [staden](https://www.stockholm.se/).');
    const after = before.replace('/program/p/2020/beredskap/', '/program/p/2024/beredskap/');
    const summary = changeSummary([{ path: 'anvisningar/larm/2022.md', before, after }]);
    expect(summary).toContain('- Avsnittet **Larma**:');
    expect(summary).toContain(
      '  - Länken **avsnittet om beredskap** går nu till `/program/p/2024/beredskap/` (tidigare `/program/p/2020/beredskap/`).',
    );
    expect(summary).not.toContain('Bara formen');
  });

  it('names links added and removed, and still says when only the form changed', () => {
    const before = anvisning('Ring [larmcentralen](https://larm.example/).');
    const added = changeSummary([{ path: 'anvisningar/larm/2022.md', before, after: `${before}\nSe [guiden](/redaktorsguide/).\n` }]);
    expect(added).toContain('  - Ny länk **guiden** till `/redaktorsguide/`.');
    const removed = changeSummary([{ path: 'anvisningar/larm/2022.md', before, after: anvisning('Ring larmcentralen.') }]);
    expect(removed).toContain('  - Länken **larmcentralen** till `https://larm.example/` är borttagen.');
    const reflowed = changeSummary([{ path: 'anvisningar/larm/2022.md', before, after: before.replace('Ring [', 'Ring\n[') }]);
    expect(reflowed).toContain('- Bara formen har ändrats (radbrytningar eller mellanslag).');
  });

  it('diffs a beredning key by key, with the words that changed in a long text', () => {
    const beredning = (hantering: string, motivering: string) =>
      `sammanfattningar:\n  norr: Norrby ställer sig bakom programmet.\nkommentarer:\n  norr#k1:\n    hantering: ${hantering}\n    motivering: ${motivering}\n`;
    const long = 'Avsnittet anger nu vilka kategorier av aktörer som stadsdelsnämnderna ska samordna med i sitt arbete';
    const summary = changeSummary([
      {
        path: 'beredning/alfa-2024.yaml',
        before: beredning('ej-beaktad', long),
        after: beredning('beaktad', long.replace('kategorier av aktörer', 'myndigheter och föreningar')),
      },
    ]);
    expect(summary).toContain('### Beredning: beredning/alfa-2024.yaml');
    expect(summary).toContain('- Fältet **kommentarer › norr#k1 › hantering**: `ej-beaktad` → `beaktad`');
    expect(summary).toMatch(/- Fältet \*\*kommentarer › norr#k1 › motivering\*\*:\n {2}> .*myndigheter och föreningar/);
    expect(summary).not.toContain('sammanfattningar');
    expect(summary).not.toMatch(/[{}"]/);
  });

  it('diffs the glossary term by term, naming a new term and each field of it', () => {
    const before = 'termer:\n  - term: RSA\n    forklaring: En analys.\n  - term: Remiss\n    forklaring: Ett förslag på remiss.\n';
    const after = `${before.replace('En analys.', 'En risk- och sårbarhetsanalys.')}  - term: Krisstöd\n    forklaring: Stöd efter en kris.\n    varianter: [krisstödet]\n`;
    const summary = changeSummary([{ path: 'ordlista.yaml', before, after }]);
    expect(summary).toContain('- Fältet **termer › RSA › forklaring**: `En analys.` → `En risk- och sårbarhetsanalys.`');
    expect(summary).toContain(
      '- Fältet **termer › Krisstöd**: nytt\n  - **term**: `Krisstöd`\n  - **forklaring**: `Stöd efter en kris.`\n  - **varianter**: `krisstödet`',
    );
    expect(summary).not.toContain('Remiss');
  });

  it('links each changed page to its address on the site, under its base path, and in the preview', () => {
    const before = anvisning('Ring.');
    const change = { path: 'anvisningar/larm/2022.md', before, after: anvisning('Ring 112.') };
    expect(changeSummary([change], { site: 'https://stockholmsstad.github.io/styrdok' })).toContain(
      '· sidan [/anvisningar/larm/2022/](https://stockholmsstad.github.io/styrdok/anvisningar/larm/2022/)',
    );
    expect(
      changeSummary([change], { site: 'https://stockholmsstad.github.io', basePath: '/styrdok/', preview: 'http://localhost:4321/' }),
    ).toContain(
      '· sidan [/anvisningar/larm/2022/](https://stockholmsstad.github.io/styrdok/anvisningar/larm/2022/) ([förhandsvisning](http://localhost:4321/anvisningar/larm/2022/))',
    );
    expect(
      changeSummary([{ path: 'ordlista.yaml', before: 'termer: []\n', after: 'termer: []\n# ny kommentar\n' }], { site: 'https://s.se/' }),
    ).toContain('· sidan [/ordlista/](https://s.se/ordlista/)');
  });
});

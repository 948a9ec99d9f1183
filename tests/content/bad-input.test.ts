import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '#lib/checks/check-content.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';

interface Case {
  name: string;
  /** The problem's code, which the line shows after the field: `fel [fält] (kod): …`. */
  code: string;
  file: string;
  change: (text: string) => string;
  /** Everything the message must say: the field, the bad value, the suggestion … */
  says: string[];
  line?: number;
  /** Where the problem is reported, when it is not the edited file. */
  reportedIn?: string;
  /** Makes `file` anew from this file's text, passed through `change`. */
  copyFrom?: string;
  /** A warning rather than an error. */
  severity?: 'varning';
  /**
   * Every public document that leans on one kept back is an error of its own (each must change, or
   * the one kept back), so these cases may report in several files. Every other mistake is reported once.
   */
  inEveryDependent?: true;
}

// One case per kind of bad input an editor can make. Each names the file, the problem's code and what must be in the message.
const cases: Case[] = [
  {
    name: 'a required frontmatter field is missing',
    code: 'content/missing-field',
    file: 'remisser/alfa-2024.md',
    change: (text) => text.replace('dnr: KS 2023/1254\n', ''),
    says: ['[dnr]', 'fältet "dnr" saknas'],
  },
  {
    name: 'a frontmatter field is misspelt',
    code: 'content/unknown-field',
    file: 'remissvar/alfa-2024/norr.md',
    change: (text) => text.replace('sammantrade:', 'sammantrde:'),
    says: ['okänt fält "sammantrde"', 'Menade du "sammantrade"?'],
    line: 5,
  },
  {
    name: 'a date is malformed',
    code: 'content/invalid-field',
    file: 'remissvar/alfa-2024/norr.md',
    change: (text) => text.replace('datum: 2024-01-23', 'datum: 23/1 2024'),
    says: ['[datum]', '23/1 2024'],
    line: 4,
  },
  {
    name: 'a stance is not one of the three',
    code: 'content/invalid-value',
    file: 'remissvar/alfa-2024/norr.md',
    change: (text) => text.replace('stallning="tillstyrker"', 'stallning="stödjer"'),
    says: ['kommentar.stallning', '"stödjer"', 'tillstyrker'],
  },
  {
    name: 'a comment points at a section that does not exist',
    code: 'corpus/unknown-kommentar-section',
    file: 'remissvar/alfa-2024/norr.md',
    change: (text) => text.replace('avsnitt="personsakerhet"', 'avsnitt="personsakerhe"'),
    says: ['"personsakerhe"', 'Menade du "personsakerhet"?'],
    line: 11,
  },
  {
    name: 'an anvisning points at a section that does not exist',
    code: 'corpus/unknown-section',
    file: 'anvisningar/larm/2022.md',
    change: (text) => text.replace('avsnitt: [krisstod]', 'avsnitt: [krisstd]'),
    says: ['[avsnitt.0]', '"krisstd"', 'Menade du "krisstod"?'],
    line: 4,
  },
  {
    name: 'an anvisning points at a program that does not exist',
    code: 'corpus/unknown-program',
    file: 'anvisningar/larm/2022.md',
    change: (text) => text.replace('program: alfa', 'program: alpha'),
    says: ['[program]', 'programmet "alpha" finns inte', 'Menade du "alfa"?'],
  },
  {
    name: 'a remiss points at a version that does not exist',
    code: 'corpus/unknown-version',
    file: 'remisser/alfa-2024.md',
    change: (text) => text.replace('version: "2024"', 'version: "2025"'),
    says: ['[version]', '"2025"', 'Menade du'],
    line: 4,
  },
  {
    name: 'a remiss lists an organisation that does not exist',
    code: 'corpus/unknown-organisation',
    file: 'remisser/alfa-2024.md',
    change: (text) => text.replace('remissinstanser: [norr, soder, skola]', 'remissinstanser: [norr, sodr, skola]'),
    says: ['[remissinstanser.1]', 'organisationen "sodr" finns inte', 'Menade du "soder"'],
  },
  {
    name: 'a lineage claim points at a section that is not in the previous version',
    code: 'lineage/unknown-previous-section',
    file: 'program/alfa/2024.md',
    change: (text) => text.replace('fran: [krisberedskap, civilt-forsvar]', 'fran: [krisberedskap, civilt-forsvaret]'),
    says: ['[harkomst.0.fran.1]', '"civilt-forsvaret"', 'Menade du "civilt-forsvar"?'],
  },
  {
    name: 'a lineage claim moves a section to a program that does not exist',
    code: 'lineage/unknown-program',
    file: 'program/alfa/2024.md',
    change: (text) => text.replace('"beta:otillaten-paverkan"', '"gamma:otillaten-paverkan"'),
    says: ['[harkomst.1.till]', 'programmet "gamma" finns inte'],
  },
  {
    name: 'a lineage claim is impossible (a kept section declared new)',
    code: 'lineage/new-but-kept',
    file: 'program/alfa/2024.md',
    change: (text) =>
      text.replace('  - { typ: ny, till: personsakerhet }', '  - { typ: ny, till: personsakerhet }\n  - { typ: ny, till: krisstod }'),
    says: ['"krisstod" kan inte vara nytt'],
  },
  {
    name: 'a section disappears without lineage',
    code: 'lineage/removed-without-lineage',
    file: 'program/alfa/2025-forslag.md',
    change: (text) =>
      text.replace('{ typ: omdopt, fran: personsakerhet, till: medarbetarnas-sakerhet }', '{ typ: ny, till: medarbetarnas-sakerhet }'),
    says: ['"personsakerhet"', 'saknas i denna version utan förklaring'],
  },
  {
    name: 'two sections of one version share an ID',
    code: 'content/duplicate-section-id',
    file: 'program/alfa/2020.md',
    change: (text) => text.replace('## Civilt försvar {#civilt-forsvar}', '## Civilt försvar {#krisberedskap}'),
    says: ['avsnitts-id "krisberedskap" används två gånger'],
    line: 23,
  },
  {
    name: 'a section heading has no ID',
    code: 'content/section-without-id',
    file: 'program/alfa/2020.md',
    change: (text) => text.replace('## Om programmet {#om}', '## Om programmet'),
    says: ['"Om programmet" saknar id', '{#om-programmet}'],
    line: 12,
  },
  {
    name: 'a version names a previous version that does not exist',
    code: 'corpus/unknown-version',
    file: 'program/alfa/2024.md',
    change: (text) => text.replace('foregaende: "2020"', 'foregaende: "2019"'),
    says: ['[foregaende]', 'versionen "2019" finns inte', 'Menade du "2020"'],
  },
  {
    name: 'a change note cites a comment that does not exist',
    code: 'versions/note-unknown-kommentar',
    file: 'program/alfa/2025-forslag.md',
    change: (text) => text.replace('remissvar: [norr#k2]', 'remissvar: [norr#k9]'),
    says: ['[andringar.0.remissvar.0]', 'remissvaret från "norr" har ingen kommentar "k9"', 'Menade du "k1" eller "k2"?'],
    line: 13,
  },
  {
    name: 'a change note cites an organisation that did not answer',
    code: 'versions/note-unknown-remissvar',
    file: 'program/alfa/2025-forslag.md',
    change: (text) => text.replace('remissvar: [norr#k2]', 'remissvar: [nor#k2]'),
    says: ['[andringar.0.remissvar.0]', 'inget remissvar från "nor"', 'Menade du "norr"?'],
  },
  {
    name: 'a change note cites a comment in the wrong form',
    code: 'content/invalid-field',
    file: 'program/alfa/2025-forslag.md',
    change: (text) => text.replace('remissvar: [norr#k2]', 'remissvar: [norr-k2]'),
    says: ['[andringar.0.remissvar.0]', 'organisation#kommentar'],
  },
  {
    name: 'a change note names a section in neither version',
    code: 'versions/note-unknown-section',
    file: 'program/alfa/2025-forslag.md',
    change: (text) => text.replace('avsnitt: [krisstod]', 'avsnitt: [krisstd]'),
    says: ['[andringar.0.avsnitt.0]', '"krisstd" finns varken i denna version eller i den föregående', 'Menade du "krisstod"?'],
    line: 12,
  },
  {
    name: 'frontmatter YAML cannot be read',
    code: 'content/unreadable-yaml',
    file: 'organisationer/norr.yaml',
    change: (text) => text.replace('typ: stadsdelsnamnd', 'typ: [stadsdelsnamnd'),
    says: ['fälten kan inte läsas: en lista som börjar med [ stängs inte med ]'],
  },
  {
    name: 'a heading ID in a remiss has a slash',
    code: 'routes/invalid-heading-id',
    file: 'remisser/alfa-2024.md',
    change: (text) => `${text.trimEnd()}\n\n## Annat {#annat/x}\n\nText.\n`,
    says: ['rubrikens id "annat/x" har fel form', 'Skriv {#annat-x}'],
  },
  {
    name: 'frontmatter is indented with a tab',
    code: 'content/unreadable-yaml',
    file: 'remissvar/alfa-2024/norr.md',
    change: (text) => text.replace('datum: 2024-01-23', '\tdatum: 2024-01-23'),
    says: ['fälten kan inte läsas: raden är indragen med tabb'],
    line: 4,
  },
  {
    name: 'an organisation type is wrong',
    code: 'content/invalid-value',
    file: 'organisationer/norr.yaml',
    change: (text) => text.replace('typ: stadsdelsnamnd', 'typ: stadsdelsnämnd'),
    says: ['[typ]', '"stadsdelsnämnd"', 'Menade du "stadsdelsnamnd"?'],
    line: 2,
  },
  {
    name: 'the accessibility statement lacks a part the law requires',
    code: 'content/missing-field',
    file: 'tillganglighetsredogorelse.md',
    change: (text) => text.replace(/tillsyn:\n( {2}.*\n)+/, ''),
    says: ['[tillsyn]', 'fältet "tillsyn" saknas'],
  },
  {
    name: 'the accessibility statement says the site is partly compliant but lists no shortcomings',
    code: 'content/invalid-field',
    file: 'tillganglighetsredogorelse.md',
    change: (text) => text.replace(/brister:\n( {2}.*\n)+/, 'brister: []\n'),
    says: ['[brister]', 'måste redovisa sina kända brister'],
  },
  {
    name: 'the accessibility statement lists a lack of compliance without its WCAG criteria',
    code: 'content/invalid-field',
    file: 'tillganglighetsredogorelse.md',
    change: (text) => text.replace(/ {4}kriterier:\n( {6}- .*\n)+/, ''),
    says: ['[brister.0.kriterier]', 'vilka framgångskriterier i WCAG'],
  },
  {
    name: 'a remiss that public answers lean on is kept back',
    code: 'publicity/hidden-but-needed',
    file: 'remisser/alfa-2024.md',
    change: (text) => text.replace('exempel: true', 'exempel: true\npublicitet: ej-publicerad'),
    says: ['[publicitet]', 'dokumentet publiceras inte, men 3 offentliga dokument bygger på det', 'remissvar/alfa-2024/norr.md'],
  },
  {
    name: 'a public remiss is about a version that is not published',
    inEveryDependent: true,
    code: 'publicity/remiss-of-hidden-version',
    file: 'program/alfa/2024.md',
    change: (text) => text.replace('exempel: true', 'exempel: true\npublicitet: ej-publicerad'),
    reportedIn: 'remisser/alfa-2024.md',
    says: ['[version]', 'remissen är offentlig men versionen "alfa/2024" är inte publicerad'],
  },
  {
    name: 'a program with public versions and anvisningar is kept back',
    code: 'publicity/hidden-but-needed',
    file: 'program/beta/program.yaml',
    change: (text) => `${text}publicitet: ej-publicerad\n`,
    says: ['dokumentet publiceras inte, men 2 offentliga dokument bygger på det', 'program/beta/2024.md'],
  },
  {
    name: 'an organisation whose public answers are kept back',
    code: 'publicity/hidden-but-needed',
    file: 'organisationer/skola.yaml',
    change: (text) => `${text}publicitet: ej-publicerad\n`,
    says: ['dokumentet publiceras inte, men 2 offentliga dokument bygger på det', 'remissvar/delta-2023/skola.md'],
  },
  {
    name: 'a YAML file is a list instead of fields',
    code: 'content/fields-not-a-map',
    file: 'organisationer/norr.yaml',
    change: () => '- Norrby stadsdelsnämnd\n- stadsdelsnamnd\n',
    says: ['fälten ska vara en lista av "namn: värde".'],
    line: 1,
  },
  {
    name: 'a field that holds a list is written as text',
    code: 'content/wrong-type',
    file: 'remisser/alfa-2024.md',
    change: (text) => text.replace('remissinstanser: [norr, soder, skola]', 'remissinstanser: norr'),
    says: ['[remissinstanser]', 'fältet "remissinstanser" ska vara en lista (värdet är "norr").'],
  },
  {
    name: 'a lineage claim has no type',
    code: 'content/wrong-shape',
    file: 'program/alfa/2024.md',
    change: (text) => text.replace('  - { typ: ny, till: personsakerhet }', '  - { till: personsakerhet }'),
    says: ['[harkomst.2.typ]', '"harkomst.2.typ" har fel form.', 'Ange "typ"'],
  },
  {
    name: 'a version’s text has a level-1 heading',
    code: 'content/top-level-heading',
    file: 'program/alfa/2020.md',
    change: (text) => text.replace('## Om programmet {#om}', '# Alfa {#alfa}\n\n## Om programmet {#om}'),
    says: ['rubriken "Alfa" har nivå 1 (#)', 'Börja avsnitten på nivå 2'],
    line: 12,
  },
  {
    name: 'a remissvar lies in the folder of a remiss that does not exist',
    code: 'corpus/unknown-remiss',
    file: 'remissvar/alfa-2023/norr.md',
    copyFrom: 'remissvar/alfa-2024/norr.md',
    change: (text) => text,
    says: ['remissen "alfa-2023" finns inte.', 'Menade du "alfa-2024" eller "delta-2023"?'],
  },
  {
    name: 'a version lies in a folder without program.yaml',
    code: 'corpus/program-without-yaml',
    file: 'program/gamma/2024.md',
    copyFrom: 'program/beta/2024.md',
    change: (text) => text,
    says: ['mappen "gamma" har ingen program.yaml.', 'Lägg till program.yaml'],
  },
  {
    name: 'versions follow each other in a circle',
    code: 'corpus/predecessor-cycle',
    file: 'program/alfa/2020.md',
    change: (text) => text.replace('exempel: true', 'exempel: true\nforegaende: "2024"'),
    says: ['[foregaende]', '"foregaende" gör en cirkel (2020 → 2024 → 2020): 2020 kan inte komma efter sig själv.'],
  },
  {
    name: 'two versions of a program are in force',
    code: 'corpus/program-versions-in-force',
    file: 'program/alfa/2024.md',
    change: (text) => text.replace('status: remissversion', 'status: gallande\nbeslutsdatum: 2024-05-01'),
    says: ['[status]', 'programmet "alfa" har mer än en gällande version (2020, 2024).', 'Sätt status "ersatt"'],
  },
  {
    name: 'two versions of an anvisning are in force',
    code: 'corpus/anvisning-versions-in-force',
    file: 'anvisningar/larm/2025.md',
    change: (text) => text.replace('status: utkast', 'status: gallande\nbeslutsdatum: 2025-01-10'),
    reportedIn: 'anvisningar/larm/2022.md',
    says: ['[status]', 'anvisningen "larm" har mer än en gällande version.'],
  },
  {
    name: 'a version in force has passed the end of its validity',
    code: 'versions/in-force-expired',
    file: 'program/delta/2023.md',
    change: (text) =>
      text.replace('beslutsdatum: 2023-12-11', 'beslutsdatum: 2023-12-11\ngiltighet: { fran: 2024-01-01, till: 2025-12-31 }'),
    says: [
      '[status]',
      'versionen "2023" har status "gallande"',
      'slutade 31 december 2025 (2025-12-31)',
      '15 juni 2026 (2026-06-15)',
      'Sätt status "ersatt"',
    ],
    severity: 'varning',
  },
  {
    name: 'a replaced version still applies by its dates',
    code: 'versions/ended-without-end',
    file: 'program/beta/2024.md',
    change: (text) => text.replace('status: gallande', 'status: ersatt'),
    says: ['[status]', 'versionen "2024" har status "ersatt"', 'gäller den fortfarande 15 juni 2026', 'Ange giltighet.till'],
    severity: 'varning',
  },
  {
    name: 'two versions of a program apply on the same day',
    code: 'versions/overlapping-validity',
    file: 'program/alfa/2024.md',
    change: (text) => text.replace('status: remissversion', 'status: ersatt\nbeslutsdatum: 2023-06-01'),
    says: ['[beslutsdatum]', 'versionen "2024" och versionen "2020" gäller båda från 1 juni 2023 (2023-06-01)', 'Rätta giltighet.till'],
  },
  {
    name: 'a receiving program says a section came from where the giving program says it did not go',
    code: 'lineage/move-disagrees',
    file: 'program/beta/2024.md',
    change: (text) => text.replace('fran: "alfa:otillaten-paverkan"', 'fran: "alfa:civilt-forsvar"'),
    says: [
      '[harkomst.0.fran]',
      'härkomsten "alfa:civilt-forsvar → otillaten-paverkan" stämmer inte',
      'alfa/2024 anger "alfa:beredskap"',
      'det räcker att en sida anger flytten',
    ],
  },
  {
    name: 'a first version declares a lineage other than a section from another program',
    code: 'content/invalid-field',
    file: 'program/beta/utkast.md',
    copyFrom: 'program/beta/2024.md',
    change: (text) =>
      text
        .replace('status: gallande', 'status: utkast')
        .replace(
          '{ typ: flyttad, fran: "alfa:otillaten-paverkan", till: otillaten-paverkan }',
          '{ typ: omdopt, fran: paverkan, till: otillaten-paverkan }',
        ),
    says: ['[harkomst.0]', 'versionen har ingen föregående version', 'typ: flyttad, fran: "program:avsnitt"'],
  },
  {
    name: 'a program names an owner that is not an organisation',
    code: 'corpus/unknown-organisation',
    file: 'program/alfa/program.yaml',
    change: (text) => text.replace('agare: ks', 'agare: kss'),
    says: ['[agare]', '"kss"', 'Menade du "ks"?'],
    line: 3,
  },
  {
    name: 'a remissvar is dated before its remiss was sent',
    code: 'consultation/answer-before-remiss',
    file: 'remissvar/alfa-2024/norr.md',
    change: (text) => text.replace('datum: 2024-01-23', 'datum: 2023-11-01'),
    says: ['[datum]', 'daterat 2023-11-01, före remissen "alfa-2024" skickades 2023-11-20', 'Rätta datumet'],
    line: 4,
    severity: 'varning',
  },
  {
    name: 'a remissvar comes from an organisation that had ceased by its date',
    code: 'consultation/answer-after-ceased',
    file: 'organisationer/norr.yaml',
    change: (text) => `${text.trimEnd()}\nupphorde: 2023-12-31\n`,
    reportedIn: 'remissvar/alfa-2024/norr.md',
    says: ['[datum]', 'daterat 2024-01-23, men organisationen "norr" upphörde 2023-12-31', 'foregangare'],
    severity: 'varning',
  },
  {
    name: 'a page is named like one of the site’s own',
    code: 'corpus/reserved-page-id',
    file: 'sidor/sok.md',
    copyFrom: 'sidor/redaktorsguide.md',
    change: () => '---\ntitel: Sök\nbeskrivning: En sida med ett namn som redan används.\nexempel: true\n---\nText.\n',
    says: ['sidan kan inte heta "sok": adressen /sok/ används redan av webbplatsen.'],
  },
  {
    name: 'an organisation answers the same remiss twice',
    code: 'corpus/duplicate-remissvar',
    file: 'remissvar/alfa-2024/norr2.md',
    copyFrom: 'remissvar/alfa-2024/norr.md',
    change: (text) => text.replace('exempel: true', 'exempel: true\norganisation: norr'),
    says: ['[organisation]', '"norr" har redan ett remissvar på "alfa-2024", i ', 'remissvar/alfa-2024/norr.md.', 'Ta bort det ena'],
  },
  {
    name: 'an organisation answers a remiss it was not sent',
    code: 'corpus/not-remissinstans',
    file: 'remissvar/alfa-2024/ks.md',
    copyFrom: 'remissvar/alfa-2024/skola.md',
    change: (text) => text,
    severity: 'varning',
    says: ['"ks" står inte bland remissinstanserna för "alfa-2024".', 'remissinstanser'],
  },
  {
    name: 'a link runs script (javascript:)',
    code: 'checks/unsafe-link-scheme',
    file: 'anvisningar/larm/2022.md',
    change: (text) => text.replace('Ring krisstödet och följ', 'Ring [krisstödet](javascript:alert(document.cookie)) och följ'),
    says: ['länken har adressen "javascript:alert(document.cookie)"', 'börjar med "javascript:"'],
    line: 11,
  },
  {
    name: 'a link in a comment runs script, written in mixed case',
    code: 'checks/unsafe-link-scheme',
    file: 'remissvar/alfa-2024/norr.md',
    change: (text) => text.replace('medför ökade kostnader', 'medför [ökade kostnader](JaVaScRiPt:alert(1))'),
    says: ['länken har adressen "JaVaScRiPt:alert(1)"', 'börjar med "javascript:"'],
    line: 16,
  },
  {
    name: 'an autolink runs script',
    code: 'checks/unsafe-link-scheme',
    file: 'program/alfa/2024.md',
    change: (text) =>
      text.replace('Krisstöd ges även utöver kontorstid.', 'Krisstöd ges även utöver kontorstid, se <javascript:alert(1)>.'),
    says: ['länken har adressen "javascript:alert(1)"'],
    line: 27,
  },
  {
    name: 'a reference definition runs script',
    code: 'checks/unsafe-link-scheme',
    file: 'remisser/alfa-2024.md',
    change: (text) => text.replace('på remiss.', 'på [remiss][r].\n\n[r]: &#x20;jav&#x61;script:alert(1)'),
    says: ['länkdefinitionen har adressen " javascript:alert(1)"'],
    line: 14,
  },
  {
    name: 'a source address in the fields runs script',
    code: 'content/invalid-field',
    file: 'anvisningar/larm/2022.md',
    change: (text) => text.replace('exempel: true', 'exempel: true\nkalla: "javascript:alert(1)"'),
    says: ['[kalla]', 'ska vara en webbadress (https://…)'],
    line: 10,
  },
  {
    name: 'public text names a document kept back by its title, without a link',
    code: 'publicity/kept-back-title',
    file: 'remisser/alfa-2024.md',
    change: (text) => text.replace('på remiss.', 'på remiss, tillsammans med Hemlig anvisning om skyddsvärden.'),
    says: ['den offentliga texten nämner "Hemlig anvisning om skyddsvärden"', 'anvisningar/hemlig/2023.md, som inte publiceras'],
    line: 12,
  },
];

describe('npm run check reports bad input with file, field, value and a suggestion', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => cleanup?.());

  it('finds nothing wrong in the fixture corpus as it is', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    expect((await checkContent(copy.dir)).filter((problem) => problem.severity === 'fel')).toEqual([]);
  });

  for (const testCase of cases) {
    it(`when ${testCase.name}`, async () => {
      const copy = await fixtureCopy();
      cleanup = copy.remove;
      if (testCase.copyFrom) {
        const text = await readFile(path.join(copy.dir, testCase.copyFrom), 'utf8');
        await mkdir(path.join(copy.dir, path.dirname(testCase.file)), { recursive: true });
        await copy.write(testCase.file, testCase.change(text));
      } else await copy.edit(testCase.file, testCase.change);
      const problems = (await checkContent(copy.dir)).filter((problem) => problem.severity === (testCase.severity ?? 'fel'));
      const reportedIn = testCase.reportedIn ?? testCase.file;
      const inFile = problems.filter((problem) => problem.location.file.endsWith(reportedIn));
      const lines = inFile.map((problem) => problem.format());
      expect(lines, `problems: ${problems.map((problem) => problem.format()).join('\n')}`).not.toEqual([]);
      const says = [...testCase.says, `(${testCase.code}): `];
      const match = lines.find((line) => says.every((fragment) => line.includes(fragment)));
      expect(match, `no message says all of ${JSON.stringify(says)}:\n${lines.join('\n')}`).toBeDefined();
      if (testCase.line !== undefined) expect(match).toContain(`${reportedIn}:${testCase.line}:`);
      // One mistake, one error: nothing in files the editor did not touch, and the mistake once.
      const errors = (await checkContent(copy.dir)).filter((problem) => problem.severity === 'fel');
      if (testCase.inEveryDependent) {
        expect(errors.every((problem) => problem.code.startsWith('publicity/') || problem.code === 'checks/link-to-unpublished')).toBe(
          true,
        );
      } else expect(errors.map((problem) => problem.format())).toEqual(testCase.severity ? [] : [match]);
    });
  }

  // One public document alone leaning on one kept back: most likely the reference was just
  // written, so the error is where it was written, under the kind of reference it is.
  const alone = [
    {
      code: 'publicity/version-of-hidden-program',
      hide: ['program/beta/program.yaml', 'anvisningar/paverkan/2024.mdx'],
      at: 'program/beta/2024.md',
    },
    {
      code: 'publicity/anvisning-of-hidden-program',
      hide: ['program/beta/program.yaml', 'program/beta/2024.md'],
      at: 'anvisningar/paverkan/2024.mdx',
    },
    {
      code: 'publicity/remissvar-to-hidden-remiss',
      hide: ['remisser/alfa-2024.md', 'remissvar/alfa-2024/skola.md', 'beredning/alfa-2024.yaml'],
      at: 'remissvar/alfa-2024/norr.md',
    },
    {
      code: 'publicity/beredning-of-hidden-remiss',
      hide: ['remisser/alfa-2024.md', 'remissvar/alfa-2024/skola.md', 'remissvar/alfa-2024/norr.md'],
      at: 'beredning/alfa-2024.yaml',
    },
    {
      code: 'publicity/remissvar-from-hidden-organisation',
      hide: ['organisationer/skola.yaml', 'remissvar/delta-2023/skola.md'],
      at: 'remissvar/alfa-2024/skola.md',
    },
  ];
  for (const { code, hide, at } of alone) {
    it(`when one public document alone leans on one kept back (${code})`, async () => {
      const copy = await fixtureCopy();
      cleanup = copy.remove;
      for (const file of hide) {
        await copy.edit(file, (text) =>
          /\.ya?ml$/.test(file)
            ? `${text.trimEnd()}\npublicitet: ej-publicerad\n`
            : text.replace(/^---\n/, '---\npublicitet: ej-publicerad\n'),
        );
      }
      const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`${at.replaceAll('.', '\\.')}:\\d+:\\d+ fel \\[[a-z]+\\] \\(${code}\\): `)),
      );
      expect(lines.filter((line) => line.includes('(publicity/hidden-but-needed)'))).toEqual([]);
    });
  }

  it('when a version is named like a page about the program', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await copy.write(
      'program/beta/jamfor.md',
      '---\ntitel: Testprogrammet Beta\nstatus: utkast\nbeslutadAv: Kommunfullmäktige\n---\n## Otillåten påverkan {#otillaten-paverkan}\nText.\n',
    );
    await copy.write('program/beta/per-datum.md', await readFile(path.join(copy.dir, 'program/beta/jamfor.md'), 'utf8'));
    await copy.write('anvisningar/larm/jamfor.md', await readFile(path.join(copy.dir, 'anvisningar/larm/2025.md'), 'utf8'));
    const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
    expect(lines).toContainEqual(
      expect.stringMatching(/program\/beta\/jamfor\.md:\d+:\d+ fel \(routes\/reserved-version-id\): versionen kan inte heta "jamfor"/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /program\/beta\/per-datum\.md:\d+:\d+ fel \(routes\/reserved-version-id\): versionen kan inte heta "per-datum"/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/anvisningar\/larm\/jamfor\.md:\d+:\d+ fel \(routes\/reserved-version-id\): versionen kan inte heta "jamfor"/),
    );
  });

  it('when a file in content/ is code or lies where nothing reads it', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    await copy.write('remissvar/alfa-2024/extra.js', 'export const x = 1;\n');
    await copy.write('organisationer/annan.yml', 'namn: Annan\n');
    await copy.write('organisationer/annan.md', '---\nnamn: Annan\n---\n');
    const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
    expect(lines).toContainEqual(
      expect.stringMatching(/remissvar\/alfa-2024\/extra\.js fel \(checks\/code-file\): innehållet får bara bestå av Markdown/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/organisationer\/annan\.yml fel \(checks\/code-file\): innehållet får bara bestå av Markdown/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /organisationer\/annan\.md fel \(checks\/stray-file\): filen ligger på en plats som ingen del av webbplatsen läser\./,
      ),
    );
  });

  it('when the accessibility statement is missing', async () => {
    const copy = await fixtureCopy();
    cleanup = copy.remove;
    const { rm } = await import('node:fs/promises');
    await rm(`${copy.dir}/tillganglighetsredogorelse.md`);
    const lines = (await checkContent(copy.dir)).map((problem) => problem.format());
    expect(lines).toContainEqual(
      expect.stringMatching(
        /tillganglighetsredogorelse\.md fel \(checks\/missing-accessibility-statement\): webbplatsen saknar tillgänglighetsredogörelse/,
      ),
    );
  });
});

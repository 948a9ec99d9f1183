// A seeded generator of a large, realistic content folder for the benchmark: programs with
// versions and declared lineage (renamed, merged, split, moved, new and removed sections),
// remisser, remissvar whose comments point at real sections, anvisningar and organisations.
// Usage: node scripts/bench/generate-corpus.ts <documents> <folder> [seed]
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { asciiSlug } from '#lib/text/slug.ts';
import { AUDIENCES, ORGANISATIONS } from './city.ts';
import { addDays, CORPUS_DATE, date, EXAMPLE_LINE, frontmatter, lowerFirst } from './corpus-format.ts';
import { toMdx } from './mdx-share.ts';
import { FIXED_TOPS, flatten, type Program, programHistory, type Version } from './program-history.ts';
import { Random } from './random.ts';
import { remissvar } from './remissvar-text.ts';
import { paragraph, paragraphs } from './swedish-text.ts';

export { EXAMPLE_LINE } from './corpus-format.ts';

export interface CorpusOptions {
  /** How many content files (documents) to write in all. */
  documents: number;
  seed?: number;
  /** Writes one in this many documents with a body as MDX (default 0: none). */
  mdxEvery?: number;
}

export interface GeneratedCorpus {
  /** Path relative to the content folder → file text, sorted by path. */
  files: Map<string, string>;
  /** Files that are not documents but that the site needs (the beredning of each remiss). */
  supporting: Map<string, string>;
  /** The documents written as MDX (see mdxEvery), by path, as the Markdown they were made from. */
  markdownOf: Map<string, string>;
  counts: Record<'organisationer' | 'program' | 'programversioner' | 'remisser' | 'remissvar' | 'anvisningar', number>;
}

export function generateCorpus({ documents, seed = 1, mdxEvery = 0 }: CorpusOptions): GeneratedCorpus {
  const random = new Random(seed);
  const files = new Map<string, string>();
  const supporting = new Map<string, string>();
  let serial = 100;
  const dnr = (prefix: string, year: number) => `${prefix} ${year}/${serial++}`;

  // Sizes scale with the corpus; organisations and programs stay within what a city has.
  const organisations = ORGANISATIONS.slice(0, Math.min(ORGANISATIONS.length, Math.max(4, Math.round(documents * 0.045))));
  const programCount = Math.min(60, Math.max(2, Math.round(documents / 200)));
  const consultable = organisations.filter((org) => org.typ !== 'kommunstyrelsen' && org.typ !== 'kommunfullmaktige');

  for (const org of organisations) {
    files.set(
      `organisationer/${org.id}.yaml`,
      stringify(
        {
          namn: org.namn,
          typ: org.typ,
          ...(org.forvaltning ? { forvaltning: org.forvaltning } : {}),
          beskrivning: `${org.namn} är en del av Stockholms stad och svarar på remisser om stadens styrdokument.`,
          exempel: true,
        },
        { lineWidth: 0 },
      ),
    );
  }

  // Programs, their versions and lineage.
  const programs: Program[] = [];
  for (let index = 0; index < programCount; index++) programs.push(programHistory(random, index, documents, programs));

  for (const program of programs) {
    files.set(
      `program/${program.id}/program.yaml`,
      stringify(
        {
          namn: program.namn,
          kortnamn: program.kortnamn,
          agare: 'kommunstyrelsen',
          beskrivning: `${program.namn} anger mål, ansvar och arbetssätt för stadens nämnder och bolagsstyrelser.`,
          exempel: true,
        },
        { lineWidth: 0 },
      ),
    );
    for (const version of program.versions) {
      const period = version.status === 'remissversion' ? '(remissversion)' : `${version.from}–${version.from + 3}`;
      const body = [EXAMPLE_LINE, '', paragraph(random)];
      for (const top of version.sections) {
        body.push('', `## ${top.title} {#${top.id}}`, '', top.text);
        for (const child of top.children) body.push('', `### ${child.title} {#${child.id}}`, '', child.text);
      }
      files.set(
        `program/${program.id}/${version.id}.md`,
        frontmatter(
          {
            titel: `${program.namn} ${period}`,
            status: version.status,
            beslutadAv: 'Kommunfullmäktige',
            ...(version.beslutsdatum ? { beslutsdatum: version.beslutsdatum } : {}),
            dnr: dnr('KS', version.from - 2),
            // The version in force applies until it is replaced: with a last day in the past, as
            // the generated years would give, every version would read as expired (and the search
            // would have no section in force to rank first).
            ...(version.status === 'remissversion'
              ? {}
              : {
                  giltighet: {
                    fran: date(version.from, 1, 1),
                    ...(version.status === 'gallande' ? {} : { till: date(version.from + 3, 12, 31) }),
                  },
                }),
            ...(version.previousId ? { foregaende: version.previousId } : {}),
            ...(version.claims.length > 0 ? { harkomst: version.claims } : {}),
            sammanfattning: `Versionen anger mål och ansvar för ${version.sections
              .slice(FIXED_TOPS.length, FIXED_TOPS.length + 3)
              .map((top) => lowerFirst(top.title))
              .join(', ')} med mera.`,
            exempel: true,
          },
          body.join('\n'),
        ),
      );
    }
  }

  // Remisser: every version after the first was sent on remiss before it was decided.
  const remisser = programs.flatMap((program) => program.versions.slice(1).map((version) => ({ program, version })));
  const fixed = files.size + remisser.length;
  const remissvarTarget = Math.round((documents - fixed) * 0.5);
  const perRemiss = remisser.length > 0 ? remissvarTarget / remisser.length : 0;
  let remissvarCount = 0;
  remisser.forEach(({ program, version }, index) => {
    const id = asciiSlug(`${program.id}-${version.id}`);
    const answering = Math.min(consultable.length, Math.floor(perRemiss) + (index < remissvarTarget % remisser.length ? 1 : 0));
    const consulted = random.sample(consultable, Math.min(consultable.length, Math.max(answering, Math.round(answering / 0.8))));
    const sentYear = version.from - 1;
    const skickad = date(sentYear - (version.beslutsdatum ? 1 : 0), random.int(1, 6), random.int(1, 28));
    const svarSenast = addDays(skickad, random.int(60, 100));
    files.set(
      `remisser/${id}.md`,
      frontmatter(
        {
          titel: `Remiss av ${program.namn}`,
          program: program.id,
          version: version.id,
          avsandare: 'kommunstyrelsen',
          dnr: dnr('KS', Number(skickad.slice(0, 4))),
          skickad,
          svarSenast,
          remissinstanser: consulted.map((org) => org.id),
          exempel: true,
        },
        [EXAMPLE_LINE, '', paragraphs(random, 2, 3)].join('\n'),
      ),
    );
    const sections = flatten(version.sections);
    const beredning = { sammanfattningar: {} as Record<string, string>, kommentarer: {} as Record<string, unknown> };
    for (const org of consulted.slice(0, answering)) {
      const text = remissvar(random, { program, org, sections, svarSenast, dnr: dnr(org.dnrPrefix, Number(skickad.slice(0, 4))) });
      files.set(`remissvar/${id}/${org.id}.md`, text);
      remissvarCount++;
      // The executive office's beredning: a summary per answer and the handling of every comment,
      // which the check requires once a version after the remiss is decided.
      beredning.sammanfattningar[org.id] = `${org.namn} lämnar synpunkter på ${lowerFirst(program.namn)}.`;
      for (const [, kommentarId] of text.matchAll(/:::kommentar\{#([a-z0-9-]+)/g)) {
        beredning.kommentarer[`${org.id}#${kommentarId}`] = {
          hantering: random.pick(['beaktad', 'delvis-beaktad', 'ej-beaktad']),
          motivering: paragraph(random).slice(0, 160),
        };
      }
    }
    supporting.set(`beredning/${id}.yaml`, stringify({ exempel: true, ...beredning }));
  });

  // Anvisningar fill the rest, one to three versions each.
  let anvisningVersions = Math.max(1, documents - files.size);
  const titles = new Set<string>();
  while (anvisningVersions > 0) {
    const program = random.pick(programs);
    const inForce = program.versions.find((version) => version.status === 'gallande') as Version;
    const targets = random.sample(flatten(inForce.sections), random.int(1, 3));
    const hidden = random.chance(0.02);
    const lastYear = Number(CORPUS_DATE.slice(0, 4));
    const firstYear = Math.min(inForce.from + random.int(0, 2), lastYear);
    // Versions two years apart, none decided after the corpus's day.
    const count = Math.min(anvisningVersions, random.int(1, 3), Math.floor((lastYear - firstYear) / 2) + 1);
    const decisionDnr = dnr('KS', firstYear);
    const subject = targets
      .slice(0, 2)
      .map((target) => lowerFirst(target.title))
      .join(' och ');
    let titel = hidden
      ? `Intern anvisning för ${subject}, dnr ${decisionDnr}`
      : `Tillämpningsanvisning för ${subject} ${random.pick(AUDIENCES)}`;
    for (let n = 2; titles.has(titel); n++) titel = `${titel.replace(/ – del \d+$/, '')} – del ${n}`;
    titles.add(titel);
    const id = asciiSlug(titel);
    for (let v = 0; v < count; v++) {
      const year = firstYear + v * 2;
      const body = [EXAMPLE_LINE, ''];
      if (hidden) body.push(`Anvisningen med dnr ${decisionDnr} version ${year} innehåller uppgifter som omfattas av sekretess.`, '');
      body.push(
        '## Syfte',
        '',
        paragraphs(random, 1, 2),
        '',
        '## Så här gör du',
        '',
        paragraphs(random, 2, 4),
        '',
        '## Ansvar',
        '',
        paragraph(random),
      );
      files.set(
        `anvisningar/${id}/${year}.md`,
        frontmatter(
          {
            titel,
            program: program.id,
            avsnitt: targets.map((target) => target.id),
            beslutadAv: 'Stadsdirektören',
            beslutsdatum: [date(year, random.int(1, 12), random.int(1, 28)), CORPUS_DATE].sort()[0],
            status: v === count - 1 ? 'gallande' : 'ersatt',
            dnr: v === 0 ? decisionDnr : dnr('KS', year),
            sammanfattning: `Anvisningen beskriver hur ${subject} ska hanteras i stadens verksamheter.`,
            ...(hidden ? { publicitet: 'ej-publicerad' } : {}),
            exempel: true,
          },
          body.join('\n'),
        ),
      );
      anvisningVersions--;
    }
  }

  // One in mdxEvery documents with a body is written in MDX, its directives as components.
  const markdownOf = new Map<string, string>();
  let withBody = 0;
  const written = [...files.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, text]): [string, string] => {
      if (!file.endsWith('.md') || mdxEvery === 0 || ++withBody % mdxEvery !== 0) return [file, text];
      markdownOf.set(`${file}x`, text);
      return [`${file}x`, toMdx(text)];
    });
  const sorted = new Map(written);
  const count = (prefix: string, suffix: RegExp = /$/) =>
    [...sorted.keys()].filter((file) => file.startsWith(prefix) && suffix.test(file)).length;
  return {
    files: sorted,
    supporting: new Map([...supporting].sort(([a], [b]) => a.localeCompare(b))),
    markdownOf,
    counts: {
      organisationer: count('organisationer/'),
      program: count('program/', /program\.yaml$/),
      programversioner: count('program/', /\.mdx?$/),
      remisser: count('remisser/'),
      remissvar: remissvarCount,
      anvisningar: count('anvisningar/'),
    },
  };
}

/** Writes a generated corpus into `dir`, replacing what was there. */
export async function writeCorpus(dir: string, corpus: GeneratedCorpus): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const folders = new Set([...corpus.files.keys()].map((file) => path.dirname(path.join(dir, file))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const all = [...corpus.files, ...corpus.supporting];
  const folders2 = new Set(all.map(([file]) => path.dirname(path.join(dir, file))));
  for (const folder of folders2) await mkdir(folder, { recursive: true });
  await Promise.all(all.map(([file, text]) => writeFile(path.join(dir, file), text)));
  // Not a document: the site must have an accessibility statement to build at all.
  await writeFile(path.join(dir, 'tillganglighetsredogorelse.md'), ACCESSIBILITY_STATEMENT);
}

const ACCESSIBILITY_STATEMENT = `---
organisation: Stockholms stad
tjanst: Styrdok (genererad testkorpus)
efterlevnad: delvis-forenlig
brister:
  - beskrivning: Korpusen är genererad för att mäta bygget och har inte granskats.
    orsak: bristande-forenlighet
    kriterier: [1.3.1 Information och relationer]
bedomning:
  metod: Automatiska tester med axe-core och Nu Html Checker.
  datum: "2026-11-25"
publicerad: "2026-11-25"
senastUppdaterad: "2026-11-25"
tillsyn:
  anmalan: https://www.digg.se/tdosanmalan
exempel: true
---
Genererad tillgänglighetsredogörelse för benchmark.
`;

if (import.meta.main) {
  const [documents = '1000', dir = `.bench/corpus-${documents}`, seed = '1'] = process.argv.slice(2);
  const corpus = generateCorpus({ documents: Number(documents), seed: Number(seed) });
  await writeCorpus(path.resolve(dir), corpus);
  console.log(`${corpus.files.size} dokument i ${dir}:`, corpus.counts);
}

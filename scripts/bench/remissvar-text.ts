// One organisation's remissvar for the benchmark corpus: a tjänsteutlåtande whose comments point
// at sections of the version sent on remiss.
import type { ORGANISATIONS } from './city.ts';
import { addDays, EXAMPLE_LINE, frontmatter, lowerFirst } from './corpus-format.ts';
import type { Program, Section } from './program-history.ts';
import type { Random } from './random.ts';
import { paragraph, paragraphs, remissvarSentence } from './swedish-text.ts';

export interface RemissvarInput {
  program: Program;
  org: (typeof ORGANISATIONS)[number];
  sections: Section[];
  svarSenast: string;
  dnr: string;
}

export function remissvar(random: Random, { program, org, sections, svarSenast, dnr }: RemissvarInput): string {
  const beslut = `${org.namn} överlämnar förvaltningens tjänsteutlåtande som svar på remissen.`;
  const datum = addDays(svarSenast, -random.int(5, 40));
  const body = [
    EXAMPLE_LINE,
    '',
    '## Förvaltningens förslag till beslut',
    '',
    beslut,
    '',
    '## Sammanfattning',
    '',
    paragraph(random),
    '',
    '## Bakgrund',
    '',
    paragraphs(random, 1, 3),
    '',
    '## Förvaltningens synpunkter',
  ];
  const commented = random.sample(sections, Math.min(sections.length, random.int(2, 6)));
  commented.forEach((section, index) => {
    const also = random.chance(0.25) ? random.pick(sections) : undefined;
    const avsnitt = also && also.id !== section.id ? `${section.id} ${also.id}` : section.id;
    const roll = random.next();
    const stallning = roll < 0.5 ? 'synpunkt' : roll < 0.85 ? 'tillstyrker' : 'avstyrker';
    const topic = lowerFirst(section.title);
    body.push(
      '',
      `### ${section.title}`,
      '',
      `:::kommentar{#k${index + 1} avsnitt="${avsnitt}" stallning="${stallning}"}`,
      `${remissvarSentence(random, topic)} ${paragraph(random, 2, 4)}`,
      ':::',
    );
    if (random.chance(0.5)) body.push('', paragraph(random, 2, 3));
  });
  body.push('', '## Jämställdhets- och barnrättsanalys', '', paragraph(random, 2, 4));
  return frontmatter(
    {
      titel: `Svar på remiss av ${program.namn}`,
      dokumenttyp: 'Tjänsteutlåtande',
      dnr,
      datum,
      sammantrade: addDays(datum, random.int(14, 30)),
      beslut,
      ...(org.forvaltning ? { avsandare: org.forvaltning } : {}),
      exempel: true,
    },
    body.join('\n'),
  );
}

import { describe, expect, it } from 'vitest';
import type { RemissSection } from '#lib/import/import-context.ts';
import { proposedKommentarer } from '#lib/import/proposed-kommentarer.ts';
import type { StatementBlock } from '#lib/import/statement.ts';

const SECTIONS: RemissSection[] = [
  { id: 'beredskap', title: 'Beredskap', number: '7.1' },
  { id: 'personsakerhet', title: 'Personsäkerhet', number: '7.4' },
  { id: 'omvarldsbevakning', title: 'Omvärldsbevakning och kommunikation', number: '6.2' },
];
const heading = (text: string): StatementBlock => ({ type: 'heading', text });
const paragraph = (text: string): StatementBlock => ({ type: 'paragraph', text });

describe('the comments the importer proposes', () => {
  it('takes a passage with a stance and a section, numbered in order, with the words it went by', () => {
    const blocks = [
      heading('Förvaltningens synpunkter'),
      paragraph('Förvaltningen har läst förslaget. Förvaltningen välkomnar att personsäkerhet blir ett eget avsnitt.'),
      paragraph('Förvaltningen ställer sig bakom programmet.'),
      paragraph('Beredskapen i skolorna beskrivs i avsnitt 7.1. Förvaltningen efterfrågar mer om jouren.'),
    ];
    expect(proposedKommentarer(blocks, SECTIONS)).toEqual([
      { block: 1, end: 2, id: 'k1', avsnitt: ['personsakerhet'], stallning: 'tillstyrker', cue: 'välkomnar', phrases: ['personsäkerhet'] },
      { block: 3, end: 4, id: 'k2', avsnitt: ['beredskap'], stallning: 'synpunkt', cue: 'efterfrågar', phrases: ['Beredskapen'] },
    ]);
  });

  it('passes over the summary, the background and the decision, which repeat or describe', () => {
    const blocks = [
      heading('Sammanfattning'),
      paragraph('Förvaltningen välkomnar att personsäkerhet blir ett eget avsnitt.'),
      heading('Ärendet – Remissen i sammanfattning'),
      paragraph('Stadsledningskontoret föreslår att beredskap blir ett fokusområde.'),
      heading('Förslag till beslut'),
      paragraph('Nämnden tillstyrker avsnittet om personsäkerhet.'),
    ];
    expect(proposedKommentarer(blocks, SECTIONS)).toEqual([]);
  });

  it('takes in the list that a passage opens with a colon', () => {
    const blocks = [
      paragraph('Bolaget ser positivt på kraven på omvärldsbevakning och kommunikation. Det är viktigt att:'),
      { type: 'item', ordered: false, text: 'information når fastighetsskötarna,' },
      { type: 'item', ordered: false, text: 'hyresgästerna informeras.' },
      paragraph('Bolaget har inget mer att tillägga.'),
    ] satisfies StatementBlock[];
    expect(proposedKommentarer(blocks, SECTIONS)).toMatchObject([{ block: 0, end: 3, avsnitt: ['omvarldsbevakning'] }]);
  });
});

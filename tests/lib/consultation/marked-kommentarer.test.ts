import { describe, expect, it } from 'vitest';
import { markedKommentarer } from '#lib/consultation/marked-kommentarer.ts';
import { parseMarkdown } from '#markdown/processor.ts';

describe('markedKommentarer', () => {
  it('reads the comments marked in a statement with their sections, stance and text', () => {
    const body = 'Inledning.\n\n:::kommentar{#k1 avsnitt="beredskap krisstod" stallning="synpunkt"}\nKostnaderna ökar.\n:::\n';
    const { kommentarer, problems } = markedKommentarer(parseMarkdown(body), 'svar.md', 8);
    expect(problems).toEqual([]);
    expect(kommentarer).toMatchObject([
      { id: 'k1', avsnitt: ['beredskap', 'krisstod'], stallning: 'synpunkt', text: 'Kostnaderna ökar.', line: 10 },
    ]);
  });
  it('reports a missing ID, a bad stance and a duplicate ID in Swedish', () => {
    const body = [
      ':::kommentar{avsnitt="a" stallning="synpunkt"}\nx\n:::',
      ':::kommentar{#k1 avsnitt="a" stallning="emot"}\ny\n:::',
      ':::kommentar{#k2 avsnitt="a" stallning="synpunkt"}\nz\n:::',
      ':::kommentar{#k2 avsnitt="b" stallning="synpunkt"}\nw\n:::',
    ].join('\n\n');
    const messages = markedKommentarer(parseMarkdown(body), 'svar.md').problems.map((p) => p.format());
    expect(messages).toEqual([
      expect.stringMatching(/^svar\.md:1:1 fel \[kommentar\.id\] \(content\/missing-field\): attributet "id" saknas/),
      expect.stringMatching(
        /^svar\.md:5:1 fel \[kommentar\.stallning\] \(content\/invalid-value\): .*"emot".*Giltiga värden: "avstyrker", "synpunkt", "tillstyrker"/,
      ),
      'svar.md:13:1 fel [kommentar.id] (consultation/duplicate-kommentar-id): kommentars-id "k2" används redan (rad 9). Ge varje kommentar ett eget id, t.ex. #k1, #k2 …',
    ]);
  });
  it('refuses a comment written as a single line instead of around a passage', () => {
    const { problems } = markedKommentarer(parseMarkdown('::kommentar{#k1 avsnitt="a" stallning="synpunkt"}\n'), 'svar.md');
    expect(problems[0]).toMatchObject({
      code: 'consultation/kommentar-not-a-block',
      message: expect.stringContaining('ska omsluta ett stycke'),
    });
  });
  it('refuses a comment the importer proposed until the editor removes its forslag attribute', () => {
    const proposed = ':::kommentar{#k1 avsnitt="krisstod" stallning="synpunkt" forslag="kostnader; krisstöd"}\nKostnaderna ökar.\n:::\n';
    const { kommentarer, problems } = markedKommentarer(parseMarkdown(proposed), 'svar.md', 5);
    expect(problems.map((problem) => problem.format())).toEqual([
      'svar.md:5:1 fel [kommentar.forslag] (consultation/unconfirmed-kommentar): kommentaren "k1" är ett förslag från importen och inte bekräftad: avsnitt "krisstod" och ställning "synpunkt" är gissade efter orden "kostnader; krisstöd". Läs stycket mot originalet, rätta avsnitt och stallning om de är fel och ta bort forslag="…". Är stycket ingen kommentar tar du bort hela markeringen (raden :::kommentar{…} och raden ::: efter stycket).',
    ]);
    expect(kommentarer).toMatchObject([{ id: 'k1', avsnitt: ['krisstod'], stallning: 'synpunkt' }]);
    const confirmed = markedKommentarer(parseMarkdown(proposed.replace(' forslag="kostnader; krisstöd"', '')), 'svar.md');
    expect(confirmed.problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { anchors, matchGap, type Paragraph } from '#lib/compare/align-paragraphs.ts';
import { wordBag } from '#lib/text/text-similarity.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((key) => ({ key, bag: wordBag(key) }));

const A = 'Varje nämnd ska ha en plan för hur verksamheten ska hanteras vid en kris.';
const B = 'Kommunstyrelsen har en central krisledning som kan samordna stadens insatser vid större händelser.';
const C1 = 'Stadsdelsnämnderna ansvarar för att erbjuda krisstöd till människor som bor i stadsdelsområdet.';
const C2 = 'Varje stadsdelsnämnd ska ha en krisstödsorganisation med utbildad personal som kan öppna en samlingsplats.';
const UNRELATED = 'Fallolyckor är den vanligaste orsaken till att äldre skadas i hemmet.';

describe('anchors', () => {
  it('pairs unchanged and nearly unchanged paragraphs in order and leaves the rest in gaps', () => {
    const { matches, gaps } = anchors(paragraphs(A, B, C1, C2), paragraphs(A, UNRELATED, C1, C2.replace('utbildad', 'välutbildad')));
    expect(matches).toEqual([
      { old: [0], new: [0] },
      { old: [2], new: [2] },
      { old: [3], new: [3] },
    ]);
    expect(gaps).toEqual([{ old: [1], new: [1] }]);
  });

  it('keeps the longer run in place, so the paragraph that moved past it is the one left over', () => {
    const { matches, gaps } = anchors(paragraphs(A, B, C1), paragraphs(C1, A, B.replace('större', 'allvarliga')));
    expect(matches).toEqual([
      { old: [0], new: [1] },
      { old: [1], new: [2] },
    ]);
    expect(gaps).toEqual([
      { old: [], new: [0] },
      { old: [2], new: [] },
    ]);
  });
});

describe('matchGap', () => {
  it('pairs an edited paragraph with its old text and leaves an unrelated one as new', () => {
    const older = paragraphs(B);
    const newer = paragraphs(UNRELATED, B.replace('större', 'allvarliga'));
    expect(matchGap(older, newer, { old: [0], new: [0, 1] })).toEqual([{ old: [0], new: [1] }]);
  });

  it('reads a paragraph cut in two as a split, not an edit plus a new paragraph', () => {
    const older = paragraphs(`${C1} ${C2}`);
    const newer = paragraphs(C1, C2);
    expect(matchGap(older, newer, { old: [0], new: [0, 1] })).toEqual([{ old: [0], new: [0, 1] }]);
  });

  it('reads two paragraphs joined as a merge', () => {
    const older = paragraphs(C1, C2);
    const newer = paragraphs(`${C1} ${C2.replace('utbildad', 'välutbildad')}`);
    expect(matchGap(older, newer, { old: [0, 1], new: [0] })).toEqual([{ old: [0, 1], new: [0] }]);
  });

  it('does not call an edit followed by a new paragraph a split', () => {
    const older = paragraphs(A);
    const newer = paragraphs(A.replace('en kris', 'en kris och under höjd beredskap'), UNRELATED);
    expect(matchGap(older, newer, { old: [0], new: [0, 1] })).toEqual([{ old: [0], new: [0] }]);
  });

  it('leaves a pair alone when it is vetoed as a move', () => {
    const older = paragraphs(B);
    const newer = paragraphs(B.replace('större', 'allvarliga'));
    expect(matchGap(older, newer, { old: [0], new: [0] }, () => false)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ParagraphMatch } from '#lib/compare/align-paragraphs.ts';
import { piecesApart, takeInDistantPieces } from '#lib/compare/distant-pieces.ts';
import { wordBag } from '#lib/text/text-similarity.ts';

const para = (text: string) => ({ key: text, bag: wordBag(text) });
const RAPPORT = 'Alla händelser med hot eller våld ska rapporteras i stadens system för arbetsskador och tillbud.';
const INNEHALL = 'Rapporten ska innehålla vad som hände, var och när det hände och vilka som var inblandade.';
const CHEF = 'Chefen ska se till att medarbetaren får stöd efter händelsen och att den följs upp.';
const none = { old: new Set<number>(), new: new Set<number>() };

describe('takeInDistantPieces', () => {
  it('takes a later unpaired paragraph into the edited pair it was merged into', () => {
    const matches: ParagraphMatch[] = [
      { old: [0], new: [0] },
      { old: [1], new: [1] },
    ];
    const taken = takeInDistantPieces([para(RAPPORT), para(CHEF), para(INNEHALL)], [para(`${RAPPORT} ${INNEHALL}`), para(CHEF)], matches, {
      old: new Set([2]),
      new: new Set(),
    });
    expect(taken).toEqual({ old: [2], new: [] });
    expect(matches[0]).toEqual({ old: [0, 2], new: [0] });
  });

  it('takes a later unpaired paragraph split off an edited one', () => {
    const matches: ParagraphMatch[] = [
      { old: [0], new: [0] },
      { old: [1], new: [1] },
    ];
    const taken = takeInDistantPieces([para(`${RAPPORT} ${INNEHALL}`), para(CHEF)], [para(RAPPORT), para(CHEF), para(INNEHALL)], matches, {
      old: new Set(),
      new: new Set([2]),
    });
    expect(taken).toEqual({ old: [], new: [2] });
    expect(matches[0]).toEqual({ old: [0], new: [0, 2] });
  });

  it('takes a third piece further on when the three read clearly better, and no fourth', () => {
    const POLIS = 'Säkerhetssamordnaren håller kontakt med polisen och följer utvecklingen i området.';
    const OVNING = 'Varje arbetsplats ska öva utrymning minst en gång om året.';
    const matches: ParagraphMatch[] = [{ old: [0], new: [0] }];
    const older = [RAPPORT, OVNING, INNEHALL, CHEF, POLIS].map(para);
    const taken = takeInDistantPieces(older, [para(`${RAPPORT} ${INNEHALL} ${CHEF} ${POLIS}`), para(OVNING)], matches, {
      old: new Set([2, 3, 4]),
      new: new Set(),
    });
    expect(taken).toEqual({ old: [2, 3], new: [] });
    expect(matches[0]).toEqual({ old: [0, 2, 3], new: [0] });
    expect(piecesApart([0, 2, 3])).toEqual([2, 3]);
  });

  it('pairs a paragraph whose pieces are all unpaired, in order with the other pairs', () => {
    const matches: ParagraphMatch[] = [{ old: [1], new: [1] }];
    const taken = takeInDistantPieces([para(`${RAPPORT} ${INNEHALL}`), para(CHEF)], [para(RAPPORT), para(CHEF), para(INNEHALL)], matches, {
      old: new Set([0]),
      new: new Set([0, 2]),
    });
    expect(taken).toEqual({ old: [0], new: [0, 2] });
    expect(matches).toContainEqual({ old: [0], new: [0, 2] });
  });

  it('leaves alone a piece before the pair, one that reads no better together, and unchanged pairs', () => {
    const before: ParagraphMatch[] = [{ old: [1], new: [0] }];
    takeInDistantPieces([para(INNEHALL), para(RAPPORT)], [para(`${RAPPORT} ${INNEHALL}`)], before, { old: new Set([0]), new: new Set() });
    expect(before).toEqual([{ old: [1], new: [0] }]);

    const unrelated: ParagraphMatch[] = [{ old: [0], new: [0] }];
    const other = 'Säkerhetssamordnaren håller kontakt med polisen och följer utvecklingen i området.';
    takeInDistantPieces([para(RAPPORT), para(CHEF), para(other)], [para(`${RAPPORT} Ny mening.`), para(CHEF)], unrelated, {
      old: new Set([2]),
      new: new Set(),
    });
    expect(unrelated).toEqual([{ old: [0], new: [0] }]);

    const unchanged: ParagraphMatch[] = [{ old: [0], new: [0] }];
    expect(takeInDistantPieces([para(RAPPORT), para(INNEHALL)], [para(RAPPORT)], unchanged, { old: new Set([1]), new: new Set() })).toEqual(
      {
        old: [],
        new: [],
      },
    );
    expect(takeInDistantPieces([], [], [], none)).toEqual({ old: [], new: [] });
  });
});

describe('piecesApart', () => {
  it('gives the pieces that do not follow on from the first, none when all are neighbours', () => {
    expect(piecesApart([3, 4, 5])).toEqual([]);
    expect(piecesApart([3, 5])).toEqual([5]);
    expect(piecesApart([3, 4, 7])).toEqual([7]);
    expect(piecesApart([3, 6, 7])).toEqual([6, 7]);
    expect(piecesApart([2])).toEqual([]);
  });
});

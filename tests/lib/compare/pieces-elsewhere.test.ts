import { describe, expect, it } from 'vitest';
import type { ParagraphMatch } from '#lib/compare/align-paragraphs.ts';
import { type PieceRow, takeInPiecesElsewhere } from '#lib/compare/pieces-elsewhere.ts';
import type { ComparableSection } from '#lib/compare/text-blocks.ts';
import { wordBag } from '#lib/text/text-similarity.ts';

const RAPPORT = 'Alla händelser med hot eller våld ska rapporteras i stadens system för arbetsskador och tillbud.';
const INNEHALL = 'Rapporten ska innehålla vad som hände, var och när det hände och vilka som var inblandade.';
const CHEF = 'Chefen ska se till att medarbetaren får stöd efter händelsen och att den följs upp.';
const POLIS = 'Säkerhetssamordnaren håller kontakt med polisen och följer utvecklingen i området.';

const section = (id: string) => ({ id, title: id, blocks: [] }) as unknown as ComparableSection;
const para = (text: string, where: ComparableSection) =>
  ({ key: text, bag: wordBag(text), section: where, block: { text } }) as PieceRow['oldParas'][number];
const row = (id: string, older: string[], newer: string[], matches: ParagraphMatch[]): PieceRow => ({
  oldParas: older.map((text) => para(text, section(id))),
  newParas: newer.map((text) => para(text, section(id))),
  matches,
});
const freeIn = (free: Record<number, { old?: number[]; new?: number[] }>) => (rowIndex: number, side: 'old' | 'new') =>
  new Set(free[rowIndex]?.[side] ?? []);

describe('takeInPiecesElsewhere', () => {
  it('takes an unpaired paragraph of another section into the edited pair it was merged into', () => {
    const rows = [
      row(
        'rapportering',
        [RAPPORT, CHEF],
        [`${RAPPORT} ${INNEHALL}`, CHEF],
        [
          { old: [0], new: [0] },
          { old: [1], new: [1] },
        ],
      ),
      row('dokumentation', [INNEHALL], [], []),
    ];
    const { taken, joined } = takeInPiecesElsewhere(rows, freeIn({ 1: { old: [0] } }));
    expect(taken).toEqual([{ row: 1, index: 0, side: 'old', pairRow: 0, match: rows[0]?.matches[0] }]);
    expect(readingOf(joined, rows[0]?.matches[0])).toEqual(['old', [RAPPORT, INNEHALL]]);
  });

  it('takes an unpaired new paragraph of another section split off an edited one, first where it reads first', () => {
    const rows = [
      row('inledning', [], [INNEHALL], []),
      row(
        'rapportering',
        [`${INNEHALL} ${RAPPORT}`, CHEF],
        [RAPPORT, CHEF],
        [
          { old: [0], new: [0] },
          { old: [1], new: [1] },
        ],
      ),
    ];
    const { taken, joined } = takeInPiecesElsewhere(rows, freeIn({ 0: { new: [0] } }));
    expect(taken.map(({ row: at, pairRow, side }) => [at, pairRow, side])).toEqual([[0, 1, 'new']]);
    expect(readingOf(joined, rows[1]?.matches[0])).toEqual(['new', [INNEHALL, RAPPORT]]);
  });

  it('leaves alone a paragraph that reads no better together, one in the same section, and unchanged pairs', () => {
    const edited = () => [
      row(
        'rapportering',
        [RAPPORT, CHEF],
        [`${RAPPORT} Ny mening om rapporten.`, CHEF],
        [
          { old: [0], new: [0] },
          { old: [1], new: [1] },
        ],
      ),
      row('polisen', [POLIS], [], []),
    ];
    expect(takeInPiecesElsewhere(edited(), freeIn({ 1: { old: [0] } })).taken).toEqual([]);

    const sameSection = [row('rapportering', [RAPPORT, INNEHALL], [`${RAPPORT} ${INNEHALL}`], [{ old: [0], new: [0] }])];
    expect(takeInPiecesElsewhere(sameSection, freeIn({ 0: { old: [1] } })).taken).toEqual([]);

    const unchanged = [row('rapportering', [RAPPORT], [RAPPORT], [{ old: [0], new: [0] }]), row('innehall', [INNEHALL], [], [])];
    expect(takeInPiecesElsewhere(unchanged, freeIn({ 1: { old: [0] } })).taken).toEqual([]);
  });

  it('takes in a second piece when the three read clearly better, in the order that changes the fewest words', () => {
    const rows = [
      row('rapportering', [RAPPORT], [`${CHEF} ${RAPPORT} ${INNEHALL}`], [{ old: [0], new: [0] }]),
      row('a', [INNEHALL], [], []),
      row('b', [CHEF], [], []),
    ];
    const { taken, joined } = takeInPiecesElsewhere(rows, freeIn({ 1: { old: [0] }, 2: { old: [0] } }));
    expect(taken.map(({ row: at, side }) => [at, side])).toEqual([
      [1, 'old'],
      [2, 'old'],
    ]);
    expect(readingOf(joined, rows[0]?.matches[0])).toEqual(['old', [CHEF, RAPPORT, INNEHALL]]);
  });

  it('leaves out a further piece that adds nothing, and never makes more than three paragraphs one', () => {
    const notAPiece = [
      row('rapportering', [RAPPORT], [`${RAPPORT} ${INNEHALL}`], [{ old: [0], new: [0] }]),
      row('a', [INNEHALL], [], []),
      row('b', [POLIS], [], []),
    ];
    expect(takeInPiecesElsewhere(notAPiece, freeIn({ 1: { old: [0] }, 2: { old: [0] } })).taken.map(({ row: at }) => at)).toEqual([1]);

    const four = [
      row('rapportering', [RAPPORT], [`${RAPPORT} ${INNEHALL} ${CHEF} ${POLIS}`], [{ old: [0], new: [0] }]),
      row('a', [INNEHALL], [], []),
      row('b', [CHEF], [], []),
      row('c', [POLIS], [], []),
    ];
    const { taken, joined } = takeInPiecesElsewhere(four, freeIn({ 1: { old: [0] }, 2: { old: [0] }, 3: { old: [0] } }));
    expect(taken).toHaveLength(2);
    expect(readingOf(joined, four[0]?.matches[0])?.[1]).toHaveLength(3);
  });
});

function readingOf(joined: ReturnType<typeof takeInPiecesElsewhere>['joined'], match: ParagraphMatch | undefined) {
  const found = match && joined.get(match);
  return found && [found.side, found.reading.map((para) => para.block.text)];
}

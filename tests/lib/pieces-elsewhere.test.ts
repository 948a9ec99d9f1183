import { describe, expect, it } from 'vitest';
import type { ParagraphMatch } from '../../src/lib/align-paragraphs.ts';
import { type PieceRow, takeInPiecesElsewhere } from '../../src/lib/pieces-elsewhere.ts';
import type { ComparableSection } from '../../src/lib/text-blocks.ts';
import { wordBag } from '../../src/lib/text-similarity.ts';

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
    const taken = takeInPiecesElsewhere(rows, freeIn({ 1: { old: [0] } }));
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({ row: 1, index: 0, pairRow: 0, match: rows[0]?.matches[0], piece: { side: 'old', first: false } });
    expect(taken[0]?.piece.para.block.text).toBe(INNEHALL);
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
    const taken = takeInPiecesElsewhere(rows, freeIn({ 0: { new: [0] } }));
    expect(taken.map(({ row: at, pairRow, piece }) => [at, pairRow, piece.side, piece.first])).toEqual([[0, 1, 'new', true]]);
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
    expect(takeInPiecesElsewhere(edited(), freeIn({ 1: { old: [0] } }))).toEqual([]);

    const sameSection = [row('rapportering', [RAPPORT, INNEHALL], [`${RAPPORT} ${INNEHALL}`], [{ old: [0], new: [0] }])];
    expect(takeInPiecesElsewhere(sameSection, freeIn({ 0: { old: [1] } }))).toEqual([]);

    const unchanged = [row('rapportering', [RAPPORT], [RAPPORT], [{ old: [0], new: [0] }]), row('innehall', [INNEHALL], [], [])];
    expect(takeInPiecesElsewhere(unchanged, freeIn({ 1: { old: [0] } }))).toEqual([]);
  });

  it('joins at most one piece to a pairing', () => {
    const rows = [
      row('rapportering', [RAPPORT], [`${RAPPORT} ${INNEHALL} ${CHEF}`], [{ old: [0], new: [0] }]),
      row('a', [INNEHALL], [], []),
      row('b', [CHEF], [], []),
    ];
    expect(takeInPiecesElsewhere(rows, freeIn({ 1: { old: [0] }, 2: { old: [0] } }))).toHaveLength(1);
  });
});

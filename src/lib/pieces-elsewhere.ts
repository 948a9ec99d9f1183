import { type Paragraph, type ParagraphMatch, pieceScore } from './align-paragraphs.ts';
import type { Para } from './comparison-model.ts';
import { diffParagraphs } from './word-diff.ts';

/** Above this many candidates (unpaired paragraphs × edited pairs in the document), none are looked for. */
const CANDIDATE_LIMIT = 50_000;

type Side = 'old' | 'new';
const otherSide = (side: Side): Side => (side === 'old' ? 'new' : 'old');

/** The part of a pair of sections this search reads: its paragraphs and how they pair. */
export interface PieceRow {
  oldParas: readonly (Para & Paragraph)[];
  newParas: readonly (Para & Paragraph)[];
  matches: ParagraphMatch[];
}

/** A paragraph of another pair of sections taken into a pairing: a merge or split across sections. */
export interface PieceElsewhere {
  side: Side;
  para: Para & Paragraph;
  /** Whether it comes before the pairing's own paragraph: where its words are in the whole. */
  first: boolean;
}

/** A piece taken in: where it stood (its pair of sections and its place there), and the pairing it joined. */
export interface TakenPiece {
  row: number;
  index: number;
  /** The pairing, in the matches of the row at `pairRow`. */
  match: ParagraphMatch;
  pairRow: number;
  piece: PieceElsewhere;
}

/**
 * Merges and splits across sections: two paragraphs of different sections that became one (or one
 * that became two, in different sections). Within a pair of sections distant-pieces.ts finds them;
 * across sections, one of the pieces is left unpaired and read as removed or added. An edited pair
 * takes in an unpaired paragraph of another pair of sections when the two together stand for the
 * other side clearly better than the pair alone (the same test as within a section). The pairing
 * is shown where the pair stands, with the piece from elsewhere, and a pointer where the piece stood.
 *
 * `free` says which paragraphs of each row are still unpaired (and not moved elsewhere). Gives the
 * pieces taken, at most one to a pairing.
 */
export function takeInPiecesElsewhere(rows: readonly PieceRow[], free: (row: number, side: Side) => ReadonlySet<number>): TakenPiece[] {
  const taken: TakenPiece[] = [];
  const joined = new Set<ParagraphMatch>();
  const edited = rows.flatMap((row, rowIndex) =>
    row.matches
      .filter(
        (match) =>
          match.old.length === 1 &&
          match.new.length === 1 &&
          row.oldParas[match.old[0] as number]?.key !== row.newParas[match.new[0] as number]?.key,
      )
      .map((match) => ({ rowIndex, row, match })),
  );
  const pieces = (side: Side) =>
    rows.flatMap((_, rowIndex) => [...free(rowIndex, side)].sort((a, b) => a - b).map((index) => ({ rowIndex, index })));
  const candidates = { old: pieces('old'), new: pieces('new') };
  if ((candidates.old.length + candidates.new.length) * edited.length > CANDIDATE_LIMIT) return taken;

  for (const pieceSide of ['old', 'new'] as const) {
    const wholeSide = otherSide(pieceSide);
    const paras = (row: PieceRow, side: Side) => (side === 'old' ? row.oldParas : row.newParas);
    for (const { rowIndex, index } of candidates[pieceSide]) {
      const piece = paras(rows[rowIndex] as PieceRow, pieceSide)[index] as Para & Paragraph;
      let best: { match: ParagraphMatch; rowIndex: number; score: number; whole: Para; near: Para } | undefined;
      for (const pair of edited) {
        if (pair.rowIndex === rowIndex || joined.has(pair.match)) continue;
        const whole = paras(pair.row, wholeSide)[pair.match[wholeSide][0] as number] as Para & Paragraph;
        const near = paras(pair.row, pieceSide)[pair.match[pieceSide][0] as number] as Para & Paragraph;
        const score = pieceScore(whole, [near, piece]);
        if (score > (best?.score ?? 0)) best = { match: pair.match, rowIndex: pair.rowIndex, score, whole, near };
      }
      if (!best) continue;
      joined.add(best.match);
      taken.push({
        row: rowIndex,
        index,
        match: best.match,
        pairRow: best.rowIndex,
        piece: { side: pieceSide, para: piece, first: readsFirst(best.whole, best.near, piece, pieceSide) },
      });
    }
  }
  return taken;
}

/** Whether the whole reads better with the piece from elsewhere first: fewer words changed. */
function readsFirst(whole: Para, near: Para, piece: Para, pieceSide: Side): boolean {
  const changedWords = (pieces: Para[]) => {
    const texts = pieces.map((para) => para.block.text);
    const diff = pieceSide === 'old' ? diffParagraphs(texts, [whole.block.text]) : diffParagraphs([whole.block.text], texts);
    return diff.wordsAdded + diff.wordsRemoved;
  };
  return changedWords([piece, near]) < changedWords([near, piece]);
}

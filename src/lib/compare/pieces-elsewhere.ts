import { CLEARLY_BETTER, MOST_PIECES, type Paragraph, type ParagraphMatch, pieceScore, piecesTogether } from './align-paragraphs.ts';
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

/** A paragraph of another pair of sections taken into a pairing: where it stood, and the pairing it joined. */
export interface TakenPiece {
  row: number;
  index: number;
  side: Side;
  /** The pairing, in the matches of the row at `pairRow`. */
  match: ParagraphMatch;
  pairRow: number;
}

/** A pairing that took in paragraphs from elsewhere: their side, and that side's paragraphs in reading order. */
export interface JoinedPieces {
  side: Side;
  reading: (Para & Paragraph)[];
}

/** What the search found: each piece taken, and each pairing with its pieces. */
export interface PiecesElsewhere {
  taken: TakenPiece[];
  joined: Map<ParagraphMatch, JoinedPieces>;
}

/**
 * Merges and splits across sections: paragraphs of different sections that became one (or one
 * that became several, in different sections). Within a pair of sections distant-pieces.ts finds
 * them; across sections, the pieces are left unpaired and read as removed or added. An edited pair
 * takes in an unpaired paragraph of another pair of sections when the two together stand for the
 * other side clearly better than the pair alone (the same test as within a section); then a pairing
 * that took one may take one more when the three read clearly better than the two, up to three
 * paragraphs in one, as between neighbours. The pairing is shown where the pair stands, with the
 * pieces from elsewhere in the order that changes the fewest words, and a pointer where each stood.
 *
 * `free` says which paragraphs of each row are still unpaired (and not moved elsewhere).
 */
export function takeInPiecesElsewhere(rows: readonly PieceRow[], free: (row: number, side: Side) => ReadonlySet<number>): PiecesElsewhere {
  const taken: TakenPiece[] = [];
  const joins = new Map<ParagraphMatch, { side: Side; whole: Para & Paragraph; near: Para & Paragraph; pieces: (Para & Paragraph)[] }>();
  const paras = (row: PieceRow, side: Side) => (side === 'old' ? row.oldParas : row.newParas);
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
  if ((candidates.old.length + candidates.new.length) * edited.length > CANDIDATE_LIMIT) return { taken, joined: new Map() };
  const isTaken = new Set<string>();
  // The pairing's paragraph on the other side (the whole), and its own on the pieces' side.
  const endsOf = ({ row, match }: (typeof edited)[number], pieceSide: Side) => ({
    whole: paras(row, otherSide(pieceSide))[match[otherSide(pieceSide)][0] as number] as Para & Paragraph,
    near: paras(row, pieceSide)[match[pieceSide][0] as number] as Para & Paragraph,
  });

  // How well a piece would join a pairing: in the first round, a pairing with no piece yet; in the
  // second, one with pieces on the same side, by how much clearer the whole reads with it.
  const joinScore = (round: 1 | 2, pair: (typeof edited)[number], pieceSide: Side, piece: Para & Paragraph) => {
    const join = joins.get(pair.match);
    const { whole, near } = endsOf(pair, pieceSide);
    if (round === 1) return join ? 0 : pieceScore(whole, [near, piece]);
    if (join?.side !== pieceSide || join.pieces.length + 2 > MOST_PIECES) return 0;
    const now = [near, ...join.pieces];
    const gain = piecesTogether(whole, [...now, piece]) - piecesTogether(whole, now);
    return gain > CLEARLY_BETTER && pieceScore(whole, [...now, piece]) > 0 ? gain : 0;
  };

  for (const round of [1, 2] as const) {
    for (const pieceSide of ['old', 'new'] as const) {
      for (const { rowIndex, index } of candidates[pieceSide]) {
        const key = `${pieceSide} ${rowIndex} ${index}`;
        if (isTaken.has(key)) continue;
        const piece = paras(rows[rowIndex] as PieceRow, pieceSide)[index] as Para & Paragraph;
        let best: { pair: (typeof edited)[number]; score: number } | undefined;
        for (const pair of edited) {
          if (pair.rowIndex === rowIndex) continue;
          const score = joinScore(round, pair, pieceSide, piece);
          if (score > (best?.score ?? 0)) best = { pair, score };
        }
        if (!best) continue;
        const { match } = best.pair;
        const join = joins.get(match) ?? { side: pieceSide, ...endsOf(best.pair, pieceSide), pieces: [] };
        join.pieces.push(piece);
        joins.set(match, join);
        isTaken.add(key);
        taken.push({ row: rowIndex, index, side: pieceSide, match, pairRow: best.pair.rowIndex });
      }
    }
  }
  const joined = new Map<ParagraphMatch, JoinedPieces>();
  for (const [match, { side, whole, near, pieces: joinedPieces }] of joins) {
    joined.set(match, { side, reading: readingOrder(whole, [near, ...joinedPieces], side) });
  }
  return { taken, joined };
}

/**
 * The order of the pieces that reads as the whole with the fewest words changed; the pairing's own
 * paragraph first and the others as taken, unless another order changes fewer.
 */
function readingOrder<P extends Para>(whole: Para, pieces: P[], pieceSide: Side): P[] {
  const changedWords = (order: P[]) => {
    const texts = order.map((para) => para.block.text);
    const diff = pieceSide === 'old' ? diffParagraphs(texts, [whole.block.text]) : diffParagraphs([whole.block.text], texts);
    return diff.wordsAdded + diff.wordsRemoved;
  };
  let best = { order: pieces, changed: changedWords(pieces) };
  for (const order of permutations(pieces).slice(1)) {
    const changed = changedWords(order);
    if (changed < best.changed) best = { order, changed };
  }
  return best.order;
}

/** Every order of a few items, the given order first. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, position) =>
    permutations([...items.slice(0, position), ...items.slice(position + 1)]).map((rest) => [item, ...rest]),
  );
}

import { CLEARLY_BETTER, MOST_PIECES, type Paragraph, type ParagraphMatch, pieceScore, piecesTogether } from './align-paragraphs.ts';

/** Above this many candidates (unpaired paragraphs × pairs) a pair of sections is left as it is. */
const CANDIDATE_LIMIT = 20_000;
/** Above this many (unpaired paragraph × two unpaired on the other side), all-unpaired pieces are not looked for: a rewritten section. */
const TRIPLE_LIMIT = 20_000;

type Side = 'old' | 'new';
const otherSide = (side: Side): Side => (side === 'old' ? 'new' : 'old');

/**
 * Merges and splits of paragraphs that are not next to each other. Two paragraphs with another in
 * between may become one (or one may become two that are apart): read pair by pair, that is an
 * edit and a removal (or an addition), and the reader loses where the text went. An edited pair
 * takes in a paragraph of the same sections that is still unpaired when the two together stand for
 * the other side clearly better than the pair alone (the same test as for neighbouring pieces).
 * Only a paragraph after the pair is taken in: the pairing is shown where the pair stands and a
 * pointer where the piece stood, so both sides still read in order. Changes `matches` in place and
 * gives the indices taken in, so they are not also called moved.
 *
 * A split and a merge are the same search with the sides swapped: the "whole" is on one side and
 * its pieces on the other.
 */
export function takeInDistantPieces(
  older: readonly Paragraph[],
  newer: readonly Paragraph[],
  matches: ParagraphMatch[],
  free: { old: ReadonlySet<number>; new: ReadonlySet<number> },
): { old: number[]; new: number[] } {
  const taken = { old: [] as number[], new: [] as number[] };
  const size = free.old.size + free.new.size;
  if (size * Math.max(matches.length, size) > CANDIDATE_LIMIT) return taken;
  const paragraphs = { old: older, new: newer };
  const unpaired = { old: new Set(free.old), new: new Set(free.new) };
  const at = (side: Side, index: number) => paragraphs[side][index] as Paragraph;
  const first = (match: ParagraphMatch, side: Side) => match[side][0] as number;
  const ascending = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);
  const take = (side: Side, indices: number[]) => {
    for (const index of indices) unpaired[side].delete(index);
    taken[side].push(...indices);
  };

  // A paragraph whose pieces are all unpaired: its edit in place was vetoed because the distant
  // piece is more like it than the near one. Paired where it stands, in order with every other pair.
  const inOrder = (wholeSide: Side, whole: number, near: number) =>
    matches.every((match) => first(match, wholeSide) < whole === first(match, otherSide(wholeSide)) < near);
  const triples = unpaired.old.size * unpaired.new.size * Math.max(unpaired.old.size, unpaired.new.size);
  const pairAllUnpaired = (wholeSide: Side) => {
    const pieceSide = otherSide(wholeSide);
    for (const whole of ascending(unpaired[wholeSide])) {
      let best: { near: number; far: number; score: number } | undefined;
      for (const near of unpaired[pieceSide]) {
        if (!inOrder(wholeSide, whole, near)) continue;
        for (const far of unpaired[pieceSide]) {
          if (far <= near) continue;
          const score = pieceScore(at(wholeSide, whole), [at(pieceSide, near), at(pieceSide, far)]);
          if (score > (best?.score ?? 0)) best = { near, far, score };
        }
      }
      if (!best) continue;
      const pieces = [best.near, best.far];
      matches.push(wholeSide === 'old' ? { old: [whole], new: pieces } : { old: pieces, new: [whole] });
      take(wholeSide, [whole]);
      take(pieceSide, pieces);
    }
  };

  // An edited one-to-one pair that takes in a later unpaired paragraph on `pieceSide`.
  const edited = () =>
    matches.filter(
      (match) =>
        match.old.length === 1 && match.new.length === 1 && at('old', first(match, 'old')).key !== at('new', first(match, 'new')).key,
    );
  const joinEditedPairs = (pieceSide: Side) => {
    const wholeSide = otherSide(pieceSide);
    for (const piece of ascending(unpaired[pieceSide])) {
      const best = bestPair(edited(), (match) =>
        first(match, pieceSide) > piece
          ? 0
          : pieceScore(at(wholeSide, first(match, wholeSide)), [at(pieceSide, first(match, pieceSide)), at(pieceSide, piece)]),
      );
      if (!best) continue;
      best[pieceSide] = [...best[pieceSide], piece].sort((a, b) => a - b);
      take(pieceSide, [piece]);
    }
  };

  // A merge or split of two (neighbours, or joined above) with a third piece further on, when the
  // three read clearly better than the two: up to three paragraphs in one, as between neighbours.
  const growPairs = (pieceSide: Side) => {
    const wholeSide = otherSide(pieceSide);
    for (const piece of ascending(unpaired[pieceSide])) {
      const growable = matches.filter(
        (match) => match[wholeSide].length === 1 && match[pieceSide].length > 1 && match[pieceSide].length < MOST_PIECES,
      );
      const best = bestPair(growable, (match) => {
        if ((match[pieceSide].at(-1) as number) > piece) return 0;
        const whole = at(wholeSide, first(match, wholeSide));
        const now = match[pieceSide].map((index) => at(pieceSide, index));
        const grown = [...now, at(pieceSide, piece)];
        const gain = piecesTogether(whole, grown) - piecesTogether(whole, now);
        return gain > CLEARLY_BETTER && pieceScore(whole, grown) > 0 ? gain : 0;
      });
      if (!best) continue;
      best[pieceSide] = [...best[pieceSide], piece];
      take(pieceSide, [piece]);
    }
  };

  if (triples <= TRIPLE_LIMIT) {
    pairAllUnpaired('old');
    pairAllUnpaired('new');
  }
  joinEditedPairs('old');
  joinEditedPairs('new');
  growPairs('old');
  growPairs('new');
  return taken;
}

function bestPair(candidates: ParagraphMatch[], score: (match: ParagraphMatch) => number): ParagraphMatch | undefined {
  let best: { match: ParagraphMatch; score: number } | undefined;
  for (const match of candidates) {
    const value = score(match);
    if (value > 0 && value > (best?.score ?? 0)) best = { match, score: value };
  }
  return best?.match;
}

/**
 * The indices of one side of a pairing that do not follow on from its first: the pieces that stood
 * apart, shown by a pointer where they stand. Empty when the side's paragraphs are neighbours.
 */
export function piecesApart(indices: readonly number[]): number[] {
  const run = indices.findIndex((index, position) => index !== (indices[0] as number) + position);
  return run === -1 ? [] : indices.slice(run);
}

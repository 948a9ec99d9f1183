import { type Paragraph, type ParagraphMatch, pieceScore } from './align-paragraphs.ts';

/** Above this many candidates (unpaired paragraphs × pairs) a pair of sections is left as it is. */
const CANDIDATE_LIMIT = 20_000;
/** Above this many (unpaired paragraph × two unpaired on the other side), all-unpaired pieces are not looked for: a rewritten section. */
const TRIPLE_LIMIT = 20_000;

/**
 * Merges and splits of paragraphs that are not next to each other. Two paragraphs with another in
 * between may become one (or one may become two that are apart): read pair by pair, that is an
 * edit and a removal (or an addition), and the reader loses where the text went. An edited pair
 * takes in a paragraph of the same sections that is still unpaired when the two together stand for
 * the other side clearly better than the pair alone (the same test as for neighbouring pieces).
 * Only a paragraph after the pair is taken in: the pairing is shown where the pair stands and a
 * pointer where the piece stood, so both sides still read in order. Changes `matches` in place and
 * gives the indices taken in, so they are not also called moved.
 */
export function takeInDistantPieces(
  older: readonly Paragraph[],
  newer: readonly Paragraph[],
  matches: ParagraphMatch[],
  free: { old: ReadonlySet<number>; new: ReadonlySet<number> },
): { old: number[]; new: number[] } {
  const edited = () =>
    matches.filter(
      (match) =>
        match.old.length === 1 && match.new.length === 1 && older[match.old[0] as number]?.key !== newer[match.new[0] as number]?.key,
    );
  const taken = { old: [] as number[], new: [] as number[] };
  const size = free.old.size + free.new.size;
  if (size * Math.max(matches.length, size) > CANDIDATE_LIMIT) return taken;
  const byIndex = (a: number, b: number) => a - b;
  const freeOld = new Set(free.old);
  const freeNew = new Set(free.new);

  // A paragraph whose pieces are all unpaired: its edit in place was vetoed because the distant
  // piece is more like it than the near one. Paired where it stands, in order with every other pair.
  const inOrder = (o: number, n: number) => matches.every((match) => (match.old[0] as number) < o === (match.new[0] as number) < n);
  const triples = freeOld.size * freeNew.size * Math.max(freeOld.size, freeNew.size);
  for (const whole of triples > TRIPLE_LIMIT ? [] : [...freeOld].sort(byIndex)) {
    let best: { near: number; far: number; score: number } | undefined;
    for (const near of freeNew) {
      if (!inOrder(whole, near)) continue;
      for (const far of freeNew) {
        if (far <= near) continue;
        const score = pieceScore(older[whole] as Paragraph, [newer[near] as Paragraph, newer[far] as Paragraph]);
        if (score > (best?.score ?? 0)) best = { near, far, score };
      }
    }
    if (!best) continue;
    matches.push({ old: [whole], new: [best.near, best.far] });
    freeOld.delete(whole);
    freeNew.delete(best.near);
    freeNew.delete(best.far);
    taken.old.push(whole);
    taken.new.push(best.near, best.far);
  }
  for (const whole of triples > TRIPLE_LIMIT ? [] : [...freeNew].sort(byIndex)) {
    let best: { near: number; far: number; score: number } | undefined;
    for (const near of freeOld) {
      if (!inOrder(near, whole)) continue;
      for (const far of freeOld) {
        if (far <= near) continue;
        const score = pieceScore(newer[whole] as Paragraph, [older[near] as Paragraph, older[far] as Paragraph]);
        if (score > (best?.score ?? 0)) best = { near, far, score };
      }
    }
    if (!best) continue;
    matches.push({ old: [best.near, best.far], new: [whole] });
    freeNew.delete(whole);
    freeOld.delete(best.near);
    freeOld.delete(best.far);
    taken.new.push(whole);
    taken.old.push(best.near, best.far);
  }

  for (const piece of [...freeOld].sort(byIndex)) {
    const best = bestPair(edited(), (match) => {
      if ((match.old[0] as number) > piece) return 0;
      return pieceScore(newer[match.new[0] as number] as Paragraph, [
        older[match.old[0] as number] as Paragraph,
        older[piece] as Paragraph,
      ]);
    });
    if (!best) continue;
    best.old = [...best.old, piece].sort(byIndex);
    taken.old.push(piece);
  }
  for (const piece of [...freeNew].sort(byIndex)) {
    const best = bestPair(edited(), (match) => {
      if ((match.new[0] as number) > piece) return 0;
      return pieceScore(older[match.old[0] as number] as Paragraph, [
        newer[match.new[0] as number] as Paragraph,
        newer[piece] as Paragraph,
      ]);
    });
    if (!best) continue;
    best.new = [...best.new, piece].sort(byIndex);
    taken.new.push(piece);
  }
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

/** Whether a pairing's paragraphs on one side are not all next to each other. */
export function isDistant(indices: readonly number[]): boolean {
  return indices.some((index, position) => position > 0 && index !== (indices[position - 1] as number) + 1);
}

import { diffArrays } from 'diff';
import { combinedBag, containment, similarity, type WordBag } from '#lib/text/text-similarity.ts';

/** A paragraph as the aligner sees it. */
export interface Paragraph {
  /** Whitespace-normalised text: equal keys are the same paragraph. */
  key: string;
  bag: WordBag;
}

/** Old paragraphs paired with new ones: one to one, one split into several, or several merged into one. */
export interface ParagraphMatch {
  old: number[];
  new: number[];
  /** Where the pairing is shown, when one of its paragraphs stood apart from the others (see distant-pieces.ts). */
  anchor?: string;
}

/** Paragraphs between two unchanged ones that are still to be paired. */
export interface Gap {
  old: number[];
  new: number[];
}

/** A paragraph this alike to its old text is an anchor, like an unchanged one. */
const ANCHOR_MIN = 0.8;
/** A changed paragraph must share at least this much with its old text, or it is new. */
export const PAIR_MIN = 0.4;
/** A split or merge must be this alike as a whole … */
const SPLIT_MIN = 0.6;
/** … and each piece must come this much from the other side. */
const PIECE_MIN = 0.6;
/** How much better than the alternative pieces must read together to count as a merge or split. */
export const CLEARLY_BETTER = 0.05;
/** The most paragraphs that become one (or one becomes): three, as between neighbours in matchGap. */
export const MOST_PIECES = 3;
/** Gaps larger than this (old × new paragraphs) are left to move detection, to keep time linear. */
const GAP_LIMIT = 250_000;

/**
 * Pairs paragraphs that are unchanged or nearly so, keeping their order (the longest such run),
 * and returns what lies between. Counting near-unchanged ones keeps a lightly edited paragraph in
 * place, so that a paragraph moved past it is the one shown as moved.
 */
export function anchors(older: readonly Paragraph[], newer: readonly Paragraph[]): { matches: ParagraphMatch[]; gaps: Gap[] } {
  const matches: ParagraphMatch[] = [];
  const gaps: Gap[] = [];
  let gap: Gap = { old: [], new: [] };
  let i = 0;
  let j = 0;
  const comparator = (a: Paragraph, b: Paragraph) => a.key === b.key || similarity(a.bag, b.bag) >= ANCHOR_MIN;
  for (const change of diffArrays([...older], [...newer], { comparator })) {
    if (change.removed) for (let k = 0; k < change.count; k++) gap.old.push(i++);
    else if (change.added) for (let k = 0; k < change.count; k++) gap.new.push(j++);
    else {
      if (gap.old.length > 0 || gap.new.length > 0) gaps.push(gap);
      gap = { old: [], new: [] };
      for (let k = 0; k < change.count; k++) matches.push({ old: [i++], new: [j++] });
    }
  }
  if (gap.old.length > 0 || gap.new.length > 0) gaps.push(gap);
  return widenAnchors(older, newer, matches, gaps);
}

/**
 * A nearly unchanged anchor may be one piece of a split paragraph (or a merge): when the old
 * paragraph reads better as the anchor together with the unpaired paragraphs right next to it,
 * the anchor takes them in.
 */
function widenAnchors(
  older: readonly Paragraph[],
  newer: readonly Paragraph[],
  matches: ParagraphMatch[],
  gaps: Gap[],
): { matches: ParagraphMatch[]; gaps: Gap[] } {
  const freeOld = new Set(gaps.flatMap((gap) => gap.old));
  const freeNew = new Set(gaps.flatMap((gap) => gap.new));
  const widened = matches.map((match) => {
    const [o, n] = [match.old[0] as number, match.new[0] as number];
    if ((older[o] as Paragraph).key === (newer[n] as Paragraph).key) return match;
    const grow = (whole: Paragraph, side: readonly Paragraph[], at: number, free: Set<number>) => {
      let best: { score: number; indices: number[] } = { score: 0, indices: [] };
      for (let start = at - 2; start <= at; start++) {
        for (let end = Math.max(start + 1, at); end <= start + 2; end++) {
          const indices = range(start, end - start + 1);
          if (indices.some((k) => k !== at && !free.has(k))) continue;
          const score = pieceScore(
            whole,
            indices.map((k) => side[k] as Paragraph),
          );
          if (score > best.score) best = { score, indices };
        }
      }
      return best;
    };
    const split = grow(older[o] as Paragraph, newer, n, freeNew);
    const merge = grow(newer[n] as Paragraph, older, o, freeOld);
    if (split.score === 0 && merge.score === 0) return match;
    const widenedMatch = split.score >= merge.score ? { old: [o], new: split.indices } : { old: merge.indices, new: [n] };
    for (const k of widenedMatch.new) freeNew.delete(k);
    for (const k of widenedMatch.old) freeOld.delete(k);
    return widenedMatch;
  });
  const remaining = gaps
    .map((gap) => ({ old: gap.old.filter((k) => freeOld.has(k)), new: gap.new.filter((k) => freeNew.has(k)) }))
    .filter((gap) => gap.old.length > 0 || gap.new.length > 0);
  return { matches: widened, gaps: remaining };
}

/**
 * Pairs the changed paragraphs of a gap in order, maximising how alike the pairs are. One old
 * paragraph may pair with two or three consecutive new ones (a split) when they read better
 * together than any of them alone, and the other way round (a merge). `allowed` vetoes a pair
 * whose paragraphs have a clearly better partner elsewhere: that one is a move.
 */
export function matchGap(
  older: readonly Paragraph[],
  newer: readonly Paragraph[],
  gap: Gap,
  allowed: (oldIndex: number, newIndex: number) => boolean = () => true,
): ParagraphMatch[] {
  const n = gap.old.length;
  const m = gap.new.length;
  if (n === 0 || m === 0 || n * m > GAP_LIMIT) return [];
  const o = (i: number) => older[gap.old[i] as number] as Paragraph;
  const w = (j: number) => newer[gap.new[j] as number] as Paragraph;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const choice: ({ di: number; dj: number } | undefined)[] = new Array((n + 1) * width);

  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let best = 0;
      let move: { di: number; dj: number } | undefined;
      const consider = (value: number, di: number, dj: number, paired: boolean) => {
        const total = value + (score[(i + di) * width + j + dj] as number);
        if (total > best + 1e-9) {
          best = total;
          move = paired ? { di, dj } : undefined;
        }
      };
      if (i < n) consider(0, 1, 0, false);
      if (j < m) consider(0, 0, 1, false);
      if (i < n && j < m) {
        const single = similarity(o(i).bag, w(j).bag);
        if (single >= PAIR_MIN && allowed(gap.old[i] as number, gap.new[j] as number)) consider(single, 1, 1, true);
        for (let k = 2; k <= MOST_PIECES; k++) {
          if (j + k <= m) {
            const value = pieceScore(o(i), range(j, k).map(w));
            if (value > 0) consider(value, 1, k, true);
          }
          if (i + k <= n) {
            const value = pieceScore(w(j), range(i, k).map(o));
            if (value > 0) consider(value, k, 1, true);
          }
        }
      }
      score[i * width + j] = best;
      choice[i * width + j] = move;
    }
  }

  const matches: ParagraphMatch[] = [];
  for (let i = 0, j = 0; i < n || j < m; ) {
    const move = choice[i * width + j];
    if (move) {
      matches.push({ old: range(i, move.di).map((k) => gap.old[k] as number), new: range(j, move.dj).map((k) => gap.new[k] as number) });
      i += move.di;
      j += move.dj;
    } else if (i < n && score[i * width + j] === score[(i + 1) * width + j]) i++;
    else j++;
  }
  return matches;
}

/**
 * How well several pieces stand in for one whole (a split, or a merge read backwards): zero unless
 * together they are alike enough, each comes mostly from the whole, and together they match it
 * better than any piece alone. Weighted by the paragraphs covered, so that covering all of them
 * beats pairing one and leaving the rest as new.
 */
export function pieceScore(whole: Paragraph, pieces: Paragraph[]): number {
  const together = piecesTogether(whole, pieces);
  if (together < SPLIT_MIN) return 0;
  let bestSingle = 0;
  for (const piece of pieces) {
    if (piece.bag.size < 3 || containment(piece.bag, whole.bag) < PIECE_MIN) return 0;
    bestSingle = Math.max(bestSingle, similarity(whole.bag, piece.bag));
  }
  return together > bestSingle + CLEARLY_BETTER ? (together * (pieces.length + 1)) / 2 : 0;
}

/** How alike a whole and several pieces read together. */
export function piecesTogether(whole: Paragraph, pieces: readonly Paragraph[]): number {
  return similarity(whole.bag, combinedBag(pieces.map((piece) => piece.bag)));
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

import type { Paragraph } from './align-paragraphs.ts';
import { similarity } from '#lib/text/text-similarity.ts';

/** A paragraph not yet paired, and the gap (between unchanged paragraphs) it sits in. */
export interface Leftover {
  paragraph: Paragraph;
  /** Which gap of the whole comparison it is in; pairs within one gap are edits, not moves. */
  gap: number;
}

/** A moved paragraph: its index among the old leftovers, among the new, and how alike the two are. */
export interface Move {
  old: number;
  new: number;
  similarity: number;
}

/** A moved paragraph must be at least this alike to its old text … */
export const MOVE_MIN = 0.5;
/** … and this long, unless it moved unchanged, so a common short line is not taken for a move. */
const MOVE_MIN_WORDS = 6;
const EXACT_MIN_WORDS = 3;
/** A pair in place is vetoed when a partner elsewhere is this much more alike. */
const ELSEWHERE_MARGIN = 0.1;
/** A leftover this alike to one in another gap is taken to have moved there. */
const NEAR_IDENTICAL = 0.8;
/** Above this many candidate pairs, only paragraphs moved unchanged are looked for. */
const MATRIX_LIMIT = 2_000_000;

/**
 * The similarity of every paragraph left over after unchanged ones were paired, old against new,
 * across the whole comparison: used first to veto edits in place that are really moves, then to
 * find the moves.
 */
export class LeftoverMatrix {
  readonly older: readonly Leftover[];
  readonly newer: readonly Leftover[];
  private readonly scores: Float32Array;
  private readonly bestOld: Float32Array;
  private readonly bestNew: Float32Array;

  constructor(older: readonly Leftover[], newer: readonly Leftover[]) {
    this.older = older;
    this.newer = newer;
    const full = older.length * newer.length <= MATRIX_LIMIT;
    this.scores = new Float32Array(older.length * newer.length);
    this.bestOld = new Float32Array(older.length);
    this.bestNew = new Float32Array(newer.length);
    const byKey = new Map<string, number[]>();
    if (!full) {
      newer.forEach((item, j) => {
        byKey.set(item.paragraph.key, [...(byKey.get(item.paragraph.key) ?? []), j]);
      });
    }
    older.forEach((o, i) => {
      const columns = full ? newer.keys() : (byKey.get(o.paragraph.key) ?? []);
      for (const j of columns) {
        const n = newer[j] as Leftover;
        const score = o.paragraph.key === n.paragraph.key ? 1 : similarity(o.paragraph.bag, n.paragraph.bag);
        this.scores[i * newer.length + j] = score;
        if (o.gap !== n.gap) {
          this.bestOld[i] = Math.max(this.bestOld[i] as number, score);
          this.bestNew[j] = Math.max(this.bestNew[j] as number, score);
        }
      }
    });
  }

  score(i: number, j: number): number {
    return this.scores[i * this.newer.length + j] as number;
  }

  /** Whether a leftover has a near-identical partner in another gap: it moved there rather than anywhere near. */
  movedElsewhere(side: 'old' | 'new', index: number): boolean {
    return ((side === 'old' ? this.bestOld : this.bestNew)[index] as number) >= NEAR_IDENTICAL;
  }

  /** Whether pairing these two in place is fine: neither has a clearly better partner in another gap. */
  inPlace(i: number, j: number): boolean {
    const score = this.score(i, j);
    return (this.bestOld[i] as number) <= score + ELSEWHERE_MARGIN && (this.bestNew[j] as number) <= score + ELSEWHERE_MARGIN;
  }

  /** Pairs the still unpaired old and new paragraphs as moves, the most alike first. */
  moves(oldTaken: ReadonlySet<number>, newTaken: ReadonlySet<number>): Move[] {
    const candidates: Move[] = [];
    this.older.forEach((o, i) => {
      if (oldTaken.has(i)) return;
      this.newer.forEach((n, j) => {
        if (newTaken.has(j)) return;
        const score = this.score(i, j);
        const exact = o.paragraph.key === n.paragraph.key;
        const words = Math.min(o.paragraph.bag.size, n.paragraph.bag.size);
        if (exact ? words >= EXACT_MIN_WORDS : score >= MOVE_MIN && words >= MOVE_MIN_WORDS) {
          candidates.push({ old: i, new: j, similarity: score });
        }
      });
    });
    candidates.sort((a, b) => b.similarity - a.similarity || a.old - b.old || a.new - b.new);
    const usedOld = new Set<number>();
    const usedNew = new Set<number>();
    return candidates.filter((move) => {
      if (usedOld.has(move.old) || usedNew.has(move.new)) return false;
      usedOld.add(move.old);
      usedNew.add(move.new);
      return true;
    });
  }
}

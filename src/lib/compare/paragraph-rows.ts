import type { SectionPair } from './align-sections.ts';
import type { Paragraph, ParagraphMatch, Gap } from './align-paragraphs.ts';
import type { MoveEnd, Para, ParagraphRow, SectionRow } from './comparison-model.ts';
import { piecesApart } from './distant-pieces.ts';
import type { JoinedPieces } from './pieces-elsewhere.ts';
import type { ComparableSection } from './text-blocks.ts';
import { diffParagraphs, type ParagraphDiff, wordDiff } from './word-diff.ts';
import { wordCount } from '#lib/text/word-tokens.ts';

/** One pair of sections on its way to a row: its paragraphs, how they pair, and which moved. */
export interface RowPairing {
  pair: SectionPair;
  older: ComparableSection[];
  newer: ComparableSection[];
  oldParas: (Para & Paragraph)[];
  newParas: (Para & Paragraph)[];
  matches: ParagraphMatch[];
  gaps: Gap[];
  oldLeftover: Map<number, number>;
  newLeftover: Map<number, number>;
  movedOut: Map<number, { anchor: string; to: MoveEnd; identical: boolean }>;
  movedIn: Map<number, { anchor: string; from: MoveEnd; diff: ParagraphDiff; identical: boolean }>;
  /** Paragraphs of other pairs of sections that a pairing here took in (pieces-elsewhere.ts). */
  elsewhere: Map<ParagraphMatch, JoinedPieces>;
  /** Paragraphs here that a pairing in another pair of sections took in: where that pairing is shown. */
  away: { old: Map<number, MoveEnd>; new: Map<number, MoveEnd> };
}

/**
 * The row of a pair of sections: its paragraphs in reading order, where each old paragraph is
 * unchanged, changed, split, merged, removed or moved away, and each new one the same or added or
 * moved here, with the words that changed.
 */
export function sectionRow(row: RowPairing): SectionRow {
  const { pair, older, newer, oldParas, newParas } = row;
  const byOld = new Map(row.matches.map((match) => [match.old[0] as number, match]));
  const matchedOld = new Set(row.matches.flatMap((match) => match.old));
  const matchedNew = new Set(row.matches.flatMap((match) => match.new));
  // Pieces of a merge or split that stood apart from the rest get a pointer row where they stood.
  const apartOld = new Map(
    row.matches.flatMap((match) => piecesApart(match.old).map((index): [number, string] => [index, match.anchor ?? ''])),
  );
  const apartNew = new Map(
    row.matches.flatMap((match) => piecesApart(match.new).map((index): [number, string] => [index, match.anchor ?? ''])),
  );
  const rows: ParagraphRow[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let i = 0;
  let j = 0;
  while (i < oldParas.length || j < newParas.length) {
    const awayOld = row.away.old.get(i);
    const awayNew = row.away.new.get(j);
    if (awayOld) {
      rows.push({ type: 'merged-away', old: oldParas[i] as Para, to: awayOld.anchor, section: awayOld.section });
      i++;
    } else if (awayNew) {
      rows.push({ type: 'split-away', new: newParas[j] as Para, from: awayNew.anchor, section: awayNew.section });
      j++;
    } else if (apartOld.has(i)) {
      rows.push({ type: 'merged-away', old: oldParas[i] as Para, to: apartOld.get(i) as string });
      i++;
    } else if (apartNew.has(j)) {
      rows.push({ type: 'split-away', new: newParas[j] as Para, from: apartNew.get(j) as string });
      j++;
    } else if (i < oldParas.length && !matchedOld.has(i)) {
      const para = oldParas[i] as Para;
      const moved = row.movedOut.get(i);
      if (moved) rows.push({ type: 'moved-out', old: para, ...moved });
      else {
        rows.push({ type: 'removed', old: para });
        wordsRemoved += wordCount(para.block.text);
      }
      i++;
    } else if (j < newParas.length && !matchedNew.has(j)) {
      const para = newParas[j] as Para;
      const moved = row.movedIn.get(j);
      if (moved) {
        rows.push({ type: 'moved-in', new: para, ...moved });
        wordsAdded += moved.diff.wordsAdded;
        wordsRemoved += moved.diff.wordsRemoved;
      } else {
        rows.push({ type: 'added', new: para });
        wordsAdded += wordCount(para.block.text);
      }
      j++;
    } else {
      const match = byOld.get(i);
      if (!match) break;
      const piece = row.elsewhere.get(match);
      const olds = withPieceElsewhere(
        match.old.map((k) => oldParas[k] as Para & Paragraph),
        piece,
        'old',
      );
      const news = withPieceElsewhere(
        match.new.map((k) => newParas[k] as Para & Paragraph),
        piece,
        'new',
      );
      if (olds.length === 1 && news.length === 1 && olds[0]?.key === news[0]?.key) {
        rows.push({ type: 'equal', old: olds[0] as Para, new: news[0] as Para });
      } else {
        const diff = diffParagraphs(
          olds.map((p) => p.block.text),
          news.map((p) => p.block.text),
        );
        wordsAdded += diff.wordsAdded;
        wordsRemoved += diff.wordsRemoved;
        const type = olds.length > 1 ? 'merged' : news.length > 1 ? 'split' : 'changed';
        rows.push({
          type,
          old: olds,
          new: news,
          diff,
          ...(match.anchor ? { anchor: match.anchor } : {}),
          ...(piece ? { across: piece.side } : {}),
        });
      }
      i += match.old.length - piecesApart(match.old).length;
      j += match.new.length - piecesApart(match.new).length;
    }
  }
  markSectionStarts(rows, older, newer);

  const [onlyOld, onlyNew] = [older[0], newer[0]];
  const titleDiff =
    older.length === 1 && newer.length === 1 && onlyOld && onlyNew && onlyOld.title !== onlyNew.title
      ? wordDiff(onlyOld.title, onlyNew.title)
      : undefined;
  const changed = pair.kind !== 'samma' || titleDiff !== undefined || rows.some((p) => p.type !== 'equal');
  const anchor = pair.newIds[0] ? `avsnitt-${pair.newIds[0]}` : `fore-${pair.oldIds[0] ?? pair.external[0]?.sectionId}`;
  return {
    anchor,
    kind: pair.kind,
    similarity: pair.similarity,
    older,
    newer,
    titleDiff,
    changed,
    paragraphs: rows,
    wordsAdded,
    wordsRemoved,
  };
}

/** A side of a pairing with the pieces from other pairs of sections, if it took any in, in reading order. */
function withPieceElsewhere(own: (Para & Paragraph)[], joined: JoinedPieces | undefined, side: 'old' | 'new'): (Para & Paragraph)[] {
  return joined?.side === side ? joined.reading : own;
}

function markSectionStarts(rows: ParagraphRow[], older: readonly ComparableSection[], newer: readonly ComparableSection[]): void {
  const [severalOld, severalNew] = [older.length > 1, newer.length > 1];
  // A merge or split across sections shows a piece from elsewhere too: it does not start a section here.
  const here = (side: Para | Para[] | undefined, sections: readonly ComparableSection[]) =>
    Array.isArray(side) ? side.find((para) => sections.includes(para.section)) : side;
  let lastOld: ComparableSection | undefined;
  let lastNew: ComparableSection | undefined;
  for (const row of rows) {
    const oldPara = 'old' in row ? here(row.old, older) : undefined;
    const newPara = 'new' in row ? here(row.new, newer) : undefined;
    if (severalOld && oldPara && oldPara.section !== lastOld) row.startsOld = lastOld = oldPara.section;
    if (severalNew && newPara && newPara.section !== lastNew) row.startsNew = lastNew = newPara.section;
  }
}

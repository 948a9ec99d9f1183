import { alignSections } from './align-sections.ts';
import { anchors, matchGap, type Paragraph } from './align-paragraphs.ts';
import type { Correspondence } from '#lib/lineage/compose-lineage.ts';
import type { DocumentComparison, Para } from './comparison-model.ts';
import { summarise } from './summary-counts.ts';
import type { SectionRef } from '#lib/lineage/resolve-lineage.ts';
import { orderRows } from './order-rows.ts';
import { LeftoverMatrix, type Leftover } from './paragraph-moves.ts';
import { type RowPairing, sectionRow } from './paragraph-rows.ts';
import { piecesApart, takeInDistantPieces } from './distant-pieces.ts';
import { type JoinedPieces, takeInPiecesElsewhere } from './pieces-elsewhere.ts';
import type { ComparableSection } from './text-blocks.ts';
import { wordBag } from '#lib/text/text-similarity.ts';
import { diffParagraphs } from './word-diff.ts';

export interface CompareInput {
  /** The program both versions belong to (references to other programs are external). */
  programId: string;
  older: readonly ComparableSection[];
  newer: readonly ComparableSection[];
  /** Declared lineage between the two, if the versions have one. */
  declared?: readonly Correspondence[];
  /** A section of another program that text moved to, if it can be found. */
  external?: (ref: SectionRef) => ComparableSection | undefined;
}

/**
 * Compares two versions of a document: pairs their sections (declared lineage, then IDs, then
 * similarity), pairs paragraphs within each pair of sections (merges and splits too, also of pieces
 * that stand apart or in another section), finds paragraphs that moved anywhere in the document (or
 * to a section in another program), and diffs what changed word by word.
 */
export function compareDocuments(input: CompareInput): DocumentComparison {
  const oldById = new Map(input.older.map((section) => [section.id, section]));
  const newById = new Map(input.newer.map((section) => [section.id, section]));
  const alignable = (section: ComparableSection) => ({ ...section, text: section.blocks.map((block) => block.text).join(' ') });
  const pairs = alignSections(input.programId, input.older.map(alignable), input.newer.map(alignable), input.declared);

  const paras = (sections: ComparableSection[]) =>
    sections.flatMap((section) => section.blocks.map((block) => ({ section, block, key: block.text, bag: wordBag(block.text) })));
  const olderLeft: Leftover[] = [];
  const newerLeft: Leftover[] = [];
  const leftoverOwner: { old: [RowPairing, number][]; new: [RowPairing, number][] } = { old: [], new: [] };
  let gapCount = 0;
  const work: RowPairing[] = pairs.map((pair) => {
    const older = pair.oldIds.map((id) => oldById.get(id)).filter((s) => s !== undefined);
    const external = pair.external.map((ref) => input.external?.(ref)).filter((s) => s !== undefined);
    const newer = [...pair.newIds.map((id) => newById.get(id)).filter((s) => s !== undefined), ...external];
    const oldParas = paras(older);
    const newParas = paras(newer);
    const { matches, gaps } = anchors(oldParas, newParas);
    const row: RowPairing = {
      pair,
      older,
      newer,
      oldParas,
      newParas,
      matches,
      gaps,
      oldLeftover: new Map(),
      newLeftover: new Map(),
      movedOut: new Map(),
      movedIn: new Map(),
      elsewhere: new Map(),
      away: { old: new Map(), new: new Map() },
    };
    for (const gap of gaps) {
      const gapId = gapCount++;
      for (const index of gap.old) {
        row.oldLeftover.set(index, olderLeft.push({ paragraph: row.oldParas[index] as Paragraph, gap: gapId }) - 1);
        leftoverOwner.old.push([row, index]);
      }
      for (const index of gap.new) {
        row.newLeftover.set(index, newerLeft.push({ paragraph: row.newParas[index] as Paragraph, gap: gapId }) - 1);
        leftoverOwner.new.push([row, index]);
      }
    }
    return row;
  });

  const matrix = new LeftoverMatrix(olderLeft, newerLeft);
  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  const taken = { old: oldTaken, new: newTaken };
  // A row's paragraphs not paired yet that may be pieces of a merge or split: a paragraph with a
  // near-identical one in another part of the document moved there, and is not a piece.
  const stillFree = (row: RowPairing, side: 'old' | 'new') =>
    new Set(
      [...(side === 'old' ? row.oldLeftover : row.newLeftover)]
        .filter(([, index]) => !taken[side].has(index) && !matrix.movedElsewhere(side, index))
        .map(([paragraph]) => paragraph),
    );
  for (const row of work) {
    for (const gap of row.gaps) {
      const found = matchGap(row.oldParas, row.newParas, gap, (o, n) =>
        matrix.inPlace(row.oldLeftover.get(o) as number, row.newLeftover.get(n) as number),
      );
      for (const match of found) {
        for (const o of match.old) oldTaken.add(row.oldLeftover.get(o) as number);
        for (const n of match.new) newTaken.add(row.newLeftover.get(n) as number);
      }
      row.matches.push(...found);
    }
    const distant = takeInDistantPieces(row.oldParas, row.newParas, row.matches, {
      old: stillFree(row, 'old'),
      new: stillFree(row, 'new'),
    });
    for (const o of distant.old) oldTaken.add(row.oldLeftover.get(o) as number);
    for (const n of distant.new) newTaken.add(row.newLeftover.get(n) as number);
    row.matches.sort((a, b) => (a.old[0] as number) - (b.old[0] as number));
  }
  // Pieces of merges and splits across sections.
  const elsewhere = takeInPiecesElsewhere(work, (rowIndex, side) => stillFree(work[rowIndex] as RowPairing, side));
  for (const { row, index, side, match, pairRow } of elsewhere.taken) {
    const owner = work[row] as RowPairing;
    taken[side].add((side === 'old' ? owner.oldLeftover : owner.newLeftover).get(index) as number);
    (work[pairRow] as RowPairing).elsewhere.set(match, elsewhere.joined.get(match) as JoinedPieces);
  }

  // The pointer left where a distant piece stood links to the pairing by this anchor.
  let distantCount = 0;
  for (const row of work) {
    for (const match of row.matches) {
      const merged = piecesApart(match.old).length > 0 || row.elsewhere.get(match)?.side === 'old';
      const split = piecesApart(match.new).length > 0 || row.elsewhere.get(match)?.side === 'new';
      if (merged) match.anchor = `sammanfogat-${++distantCount}`;
      else if (split) match.anchor = `delat-${++distantCount}`;
    }
  }
  for (const { row, index, side, match, pairRow } of elsewhere.taken) {
    const pair = work[pairRow] as RowPairing;
    // A merged paragraph is where the new text is; a split one, where the old text was.
    const shownIn = side === 'old' ? pair.newParas[match.new[0] as number] : pair.oldParas[match.old[0] as number];
    (work[row] as RowPairing).away[side].set(index, { anchor: match.anchor as string, section: (shownIn as Para).section });
  }

  matrix.moves(oldTaken, newTaken).forEach((move, index) => {
    const [oldRow, oldIndex] = leftoverOwner.old[move.old] as [RowPairing, number];
    const [newRow, newIndex] = leftoverOwner.new[move.new] as [RowPairing, number];
    const from = oldRow.oldParas[oldIndex] as Para & Paragraph;
    const to = newRow.newParas[newIndex] as Para & Paragraph;
    const [outAnchor, inAnchor] = [`flytt-${index + 1}-fore`, `flytt-${index + 1}-efter`];
    const identical = from.key === to.key;
    oldRow.movedOut.set(oldIndex, { anchor: outAnchor, to: { anchor: inAnchor, section: to.section }, identical });
    newRow.movedIn.set(newIndex, {
      anchor: inAnchor,
      from: { anchor: outAnchor, section: from.section },
      diff: diffParagraphs([from.block.text], [to.block.text]),
      identical,
    });
  });

  const rows = work.map(sectionRow);
  return { rows: orderRows(rows, input.older, input.newer), summary: summarise(rows) };
}

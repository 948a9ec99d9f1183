import { alignSections, type PairKind, type SectionPair } from './align-sections.ts';
import { anchors, type Gap, matchGap, type Paragraph, type ParagraphMatch } from './align-paragraphs.ts';
import type { Correspondence } from './compose-lineage.ts';
import type { SectionRef } from './lineage.ts';
import { LeftoverMatrix, type Leftover } from './paragraph-moves.ts';
import type { ComparableSection, TextBlock } from './text-blocks.ts';
import { wordBag } from './text-similarity.ts';
import { type DiffSegment, diffParagraphs, type ParagraphDiff, wordCount, wordDiff } from './word-diff.ts';
import { orderRows } from './order-rows.ts';

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

/** One paragraph with the section it is in. */
export interface Para {
  section: ComparableSection;
  block: TextBlock;
}

/** The other end of a moved paragraph. */
export interface MoveEnd {
  anchor: string;
  section: ComparableSection;
}

interface RowBase {
  /** Set on the first paragraph of each section when a side holds several sections. */
  startsOld?: ComparableSection;
  startsNew?: ComparableSection;
}

export type ParagraphRow = RowBase &
  (
    | { type: 'equal'; old: Para; new: Para }
    | { type: 'changed' | 'split' | 'merged'; old: Para[]; new: Para[]; diff: ParagraphDiff }
    | { type: 'removed'; old: Para }
    | { type: 'added'; new: Para }
    | { type: 'moved-out'; old: Para; anchor: string; to: MoveEnd; identical: boolean }
    | { type: 'moved-in'; new: Para; anchor: string; from: MoveEnd; diff: ParagraphDiff; identical: boolean }
  );

export interface SectionRow {
  /** Fragment ID of the row on the comparison page. */
  anchor: string;
  kind: PairKind;
  similarity?: number;
  older: ComparableSection[];
  /** Sections of the newer version, then sections in other programs. */
  newer: ComparableSection[];
  /** The heading's change, when one section became one with another title. */
  titleDiff?: DiffSegment[];
  /** Whether anything differs: text, title, or how the sections relate. */
  changed: boolean;
  paragraphs: ParagraphRow[];
  wordsAdded: number;
  wordsRemoved: number;
}

export interface ComparisonSummary {
  /** Rows by how their sections relate. */
  kinds: Partial<Record<PairKind, number>>;
  /** Sections that kept their place and ID but whose text changed. */
  edited: number;
  unchanged: number;
  paragraphs: Record<'changed' | 'added' | 'removed' | 'moved' | 'split' | 'merged', number>;
  wordsAdded: number;
  wordsRemoved: number;
}

export interface DocumentComparison {
  rows: SectionRow[];
  summary: ComparisonSummary;
}

interface RowWork {
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
}

/**
 * Compares two versions of a document: pairs their sections (declared lineage, then IDs, then
 * similarity), pairs paragraphs within each pair of sections, finds paragraphs that moved anywhere
 * in the document (or to a section in another program), and diffs what changed word by word.
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
  const leftoverOwner: { old: [RowWork, number][]; new: [RowWork, number][] } = { old: [], new: [] };
  let gapCount = 0;
  const work: RowWork[] = pairs.map((pair) => {
    const older = pair.oldIds.map((id) => oldById.get(id)).filter((s) => s !== undefined);
    const external = pair.external.map((ref) => input.external?.(ref)).filter((s) => s !== undefined);
    const newer = [...pair.newIds.map((id) => newById.get(id)).filter((s) => s !== undefined), ...external];
    const oldParas = paras(older);
    const newParas = paras(newer);
    const { matches, gaps } = anchors(oldParas, newParas);
    const row: RowWork = {
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
    row.matches.sort((a, b) => (a.old[0] as number) - (b.old[0] as number));
  }

  matrix.moves(oldTaken, newTaken).forEach((move, index) => {
    const [oldRow, oldIndex] = leftoverOwner.old[move.old] as [RowWork, number];
    const [newRow, newIndex] = leftoverOwner.new[move.new] as [RowWork, number];
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

  const rows = work.map(buildRow);
  return { rows: orderRows(rows, input.older, input.newer), summary: summarise(rows) };
}

function buildRow(row: RowWork): SectionRow {
  const { pair, older, newer, oldParas, newParas } = row;
  const byOld = new Map(row.matches.map((match) => [match.old[0] as number, match]));
  const matchedOld = new Set(row.matches.flatMap((match) => match.old));
  const matchedNew = new Set(row.matches.flatMap((match) => match.new));
  const rows: ParagraphRow[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let i = 0;
  let j = 0;
  while (i < oldParas.length || j < newParas.length) {
    if (i < oldParas.length && !matchedOld.has(i)) {
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
      const olds = match.old.map((k) => oldParas[k] as Para & Paragraph);
      const news = match.new.map((k) => newParas[k] as Para & Paragraph);
      if (olds.length === 1 && news.length === 1 && olds[0]?.key === news[0]?.key) {
        rows.push({ type: 'equal', old: olds[0] as Para, new: news[0] as Para });
      } else {
        const diff = diffParagraphs(
          olds.map((p) => p.block.text),
          news.map((p) => p.block.text),
        );
        wordsAdded += diff.wordsAdded;
        wordsRemoved += diff.wordsRemoved;
        rows.push({ type: olds.length > 1 ? 'merged' : news.length > 1 ? 'split' : 'changed', old: olds, new: news, diff });
      }
      i += match.old.length;
      j += match.new.length;
    }
  }
  markSectionStarts(rows, older.length > 1, newer.length > 1);

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

function markSectionStarts(rows: ParagraphRow[], severalOld: boolean, severalNew: boolean): void {
  let lastOld: ComparableSection | undefined;
  let lastNew: ComparableSection | undefined;
  for (const row of rows) {
    const oldPara = 'old' in row ? (Array.isArray(row.old) ? row.old[0] : row.old) : undefined;
    const newPara = 'new' in row ? (Array.isArray(row.new) ? row.new[0] : row.new) : undefined;
    if (severalOld && oldPara && oldPara.section !== lastOld) row.startsOld = lastOld = oldPara.section;
    if (severalNew && newPara && newPara.section !== lastNew) row.startsNew = lastNew = newPara.section;
  }
}

function summarise(rows: readonly SectionRow[]): ComparisonSummary {
  const summary: ComparisonSummary = {
    kinds: {},
    edited: 0,
    unchanged: 0,
    paragraphs: { changed: 0, added: 0, removed: 0, moved: 0, split: 0, merged: 0 },
    wordsAdded: 0,
    wordsRemoved: 0,
  };
  for (const row of rows) {
    summary.kinds[row.kind] = (summary.kinds[row.kind] ?? 0) + 1;
    if (row.kind === 'samma') {
      if (row.changed) summary.edited++;
      else summary.unchanged++;
    }
    summary.wordsAdded += row.wordsAdded;
    summary.wordsRemoved += row.wordsRemoved;
    for (const paragraph of row.paragraphs) {
      if (paragraph.type === 'moved-in') summary.paragraphs.moved++;
      else if (paragraph.type !== 'equal' && paragraph.type !== 'moved-out') summary.paragraphs[paragraph.type]++;
    }
  }
  return summary;
}

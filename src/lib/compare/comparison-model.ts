import type { PairKind } from './align-sections.ts';
import type { ComparableSection, TextBlock } from './text-blocks.ts';
import type { DiffSegment, ParagraphDiff } from './word-diff.ts';

// What a comparison of two versions is made of: rows of sections, and in each, rows of paragraphs.

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
    | {
        type: 'changed' | 'split' | 'merged';
        old: Para[];
        new: Para[];
        diff: ParagraphDiff;
        /** Set when a piece stood apart from the others: the pointer left in its place links here. */
        anchor?: string;
        /** The side whose pieces stand in different sections (a merge or split across sections): each is shown with its section. */
        across?: 'old' | 'new';
      }
    | { type: 'removed'; old: Para }
    | { type: 'added'; new: Para }
    | { type: 'moved-out'; old: Para; anchor: string; to: MoveEnd; identical: boolean }
    | { type: 'moved-in'; new: Para; anchor: string; from: MoveEnd; diff: ParagraphDiff; identical: boolean }
    /** An old paragraph merged with one further up, or in `section`: its text is shown there. */
    | { type: 'merged-away'; old: Para; to: string; section?: ComparableSection }
    /** A new paragraph split off one further up, or in `section`: its text is shown there. */
    | { type: 'split-away'; new: Para; from: string; section?: ComparableSection }
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

import type { KommentarModel, RemissModel, SectionModel } from '#lib/corpus/corpus-model.ts';
import { type StanceCounts, stanceCounts } from './stance-filter.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

export interface MatrixRow {
  section: SectionModel;
  /** One list of comments per column, in the order of `organisationIds`. */
  cells: KommentarModel[][];
  /** Comments on the section, by stance. */
  counts: StanceCounts;
  total: number;
}

export interface StanceMatrix {
  /** Answering organisations, one column each, in reading order. */
  organisationIds: string[];
  /** Every section of the version sent on remiss, in document order, commented or not. */
  rows: MatrixRow[];
  /** Comments per organisation; a comment on several sections counts once. */
  columnTotals: number[];
  /** All comments by stance; each comment counts once. */
  counts: StanceCounts;
  total: number;
  /** Consulted organisations that have not answered. */
  unansweredIds: string[];
}

/**
 * The consultation at a glance: sections of the draft against the organisations that answered,
 * with the comments of each organisation on each section and totals both ways.
 */
export function stanceMatrix(remiss: RemissModel, sections: readonly SectionModel[], nameOf: (id: string) => string): StanceMatrix {
  const answers = [...remiss.remissvar].sort((a, b) => compareSwedish(nameOf(a.organisationId), nameOf(b.organisationId)));
  const all = answers.flatMap((answer) => answer.kommentarer);
  const rows = sections.map((section) => {
    const cells = answers.map((answer) => answer.kommentarer.filter((kommentar) => kommentar.sectionIds.includes(section.id)));
    const onSection = cells.flat();
    return { section, cells, counts: stanceCounts(onSection), total: onSection.length };
  });
  return {
    organisationIds: answers.map((answer) => answer.organisationId),
    rows,
    columnTotals: answers.map((answer) => answer.kommentarer.length),
    counts: stanceCounts(all),
    total: all.length,
    unansweredIds: [...remiss.unansweredIds].sort((a, b) => compareSwedish(nameOf(a), nameOf(b))),
  };
}

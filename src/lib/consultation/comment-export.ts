import { stringify } from 'csv-stringify/sync';
import type { HanteringUtfall } from '#schemas/hantering.ts';
import type { Stallning } from '#schemas/kommentar.ts';
import type { RemissModel, SectionModel } from '#lib/corpus/corpus-model.ts';
import { urls } from '#lib/routes/urls.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

/** One comment as a row of the export: what a compiler pastes into the report's table. */
export interface KommentarExportRow {
  organisation: string;
  organisationId: string;
  dnr: string;
  datum: string;
  kommentar: string;
  avsnittIds: string;
  avsnitt: string;
  stallning: string;
  hantering: string;
  motivering: string;
  andradeAvsnitt: string;
  text: string;
  lank: string;
}

export interface ExportContext {
  nameOf: (organisationId: string) => string;
  /** Sections of the version sent on remiss. */
  sentSections: readonly SectionModel[];
  /** Sections of the version that followed, if any. */
  followUpSections?: readonly SectionModel[];
  /** The site's address, for absolute links. */
  site: URL;
  stanceLabel: (stallning: Stallning) => string;
  utfallLabel: (utfall: HanteringUtfall) => string;
}

/** Every comment of a remiss, organisations in name order and comments in statement order. */
export function kommentarExportRows(remiss: RemissModel, context: ExportContext): KommentarExportRow[] {
  const sectionLabel = (sections: readonly SectionModel[] | undefined, id: string) => {
    const section = sections?.find((candidate) => candidate.id === id);
    return section ? `${section.number} ${section.title}` : id;
  };
  const answers = [...remiss.remissvar].sort((a, b) => compareSwedish(context.nameOf(a.organisationId), context.nameOf(b.organisationId)));
  return answers.flatMap((answer) =>
    answer.kommentarer.map((kommentar) => ({
      organisation: context.nameOf(answer.organisationId),
      organisationId: answer.organisationId,
      dnr: answer.data.dnr,
      datum: answer.data.datum,
      kommentar: kommentar.id,
      avsnittIds: kommentar.sectionIds.join(', '),
      avsnitt: kommentar.sectionIds.map((id) => sectionLabel(context.sentSections, id)).join('; '),
      stallning: context.stanceLabel(kommentar.stallning),
      hantering: kommentar.hantering ? context.utfallLabel(kommentar.hantering.utfall) : '',
      motivering: kommentar.hantering?.motivering ?? '',
      andradeAvsnitt: (kommentar.hantering?.sectionIds ?? []).map((id) => sectionLabel(context.followUpSections, id)).join('; '),
      text: kommentar.text,
      lank: new URL(urls.kommentar(remiss.id, answer.organisationId, kommentar.id), context.site).href,
    })),
  );
}

/**
 * The rows as CSV that Swedish Excel opens correctly by double-click: UTF-8 with a byte order mark
 * (without it Excel reads Å, Ä, Ö as another encoding), semicolons between fields (Excel takes the
 * list separator from the locale, and in Swedish it is ";" because "," is the decimal comma), CRLF
 * line ends, and fields quoted when they hold a separator, a quote or a line break. Fields that
 * start like a formula (=, +, -, @) are escaped so a spreadsheet never runs them.
 */
export function toExcelCsv(rows: readonly KommentarExportRow[], headers: Record<keyof KommentarExportRow, string>): string {
  const columns = (Object.keys(headers) as (keyof KommentarExportRow)[]).map((key) => ({ key, header: headers[key] }));
  return stringify(rows as KommentarExportRow[], {
    header: true,
    columns,
    delimiter: ';',
    record_delimiter: '\r\n',
    bom: true,
    escape_formulas: true,
  });
}

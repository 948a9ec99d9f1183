import type { OrganisationTyp } from '#schemas/organisation.ts';
import type { HanteringUtfall } from '#schemas/hantering.ts';
import type { RemissModel, RemissvarModel } from '#lib/corpus/corpus-model.ts';
import { handlingCounts } from './handling.ts';
import { type StanceCounts, stanceCounts } from './stance-filter.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

/** The order of bodies in the report's Beredning part: district committees, then specialist ones, then companies. */
const TYPE_ORDER: readonly OrganisationTyp[] = ['kommunfullmaktige', 'kommunstyrelsen', 'stadsdelsnamnd', 'facknamnd', 'bolag'];

export interface OrganisationInfo {
  namn: string;
  typ: OrganisationTyp;
}

export interface SammanstallningEntry {
  organisationId: string;
  answer: RemissvarModel;
  /** The executive office's summary, if written. */
  summary?: string;
  counts: StanceCounts;
  handling: Record<HanteringUtfall | 'saknas', number>;
}

export interface Sammanstallning {
  /** Every consulted organisation, in report order. */
  consultedIds: string[];
  answered: SammanstallningEntry[];
  unansweredIds: string[];
  /** Answering organisations whose summary is not written yet. */
  missingSummaryIds: string[];
}

/**
 * The remissammanställning: each consulted body in the order of the report's Beredning part, with
 * the summary of its answer and the stances and handling of its comments, and who did not answer.
 */
export function sammanstallning(remiss: RemissModel, organisationOf: (id: string) => OrganisationInfo | undefined): Sammanstallning {
  const rank = (id: string) => {
    const typ = organisationOf(id)?.typ;
    return typ ? TYPE_ORDER.indexOf(typ) : TYPE_ORDER.length;
  };
  const name = (id: string) => organisationOf(id)?.namn ?? id;
  const inReportOrder = (a: string, b: string) => rank(a) - rank(b) || compareSwedish(name(a), name(b));

  const answers = new Map(remiss.remissvar.map((answer) => [answer.organisationId, answer]));
  const answeredIds = [...answers.keys()].sort(inReportOrder);
  const answered = answeredIds.map((organisationId) => {
    const answer = answers.get(organisationId) as RemissvarModel;
    return {
      organisationId,
      answer,
      summary: remiss.sammanfattningar[organisationId],
      counts: stanceCounts(answer.kommentarer),
      handling: handlingCounts(answer.kommentarer),
    };
  });
  return {
    consultedIds: [...new Set([...remiss.data.remissinstanser, ...answeredIds])].sort(inReportOrder),
    answered,
    unansweredIds: [...remiss.unansweredIds].sort(inReportOrder),
    missingSummaryIds: answered.filter((entry) => !entry.summary).map((entry) => entry.organisationId),
  };
}

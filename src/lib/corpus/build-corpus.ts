import type { Root } from 'mdast';
import { buildAnvisningar } from './build-anvisningar.ts';
import { buildConsultation } from './build-consultation.ts';
import { buildSidor } from './build-sidor.ts';
import { applyBeredning } from '#lib/consultation/apply-beredning.ts';
import { checkAnswerDates } from '#lib/consultation/answer-dates.ts';
import { type HandlingLabels, handlingNotes } from '#lib/consultation/handling-notes.ts';
import { buildPrograms } from './build-programs.ts';
import { checkProgramOwners } from './program-owners.ts';
import { styrdokEnvironment } from '#config/environment.ts';
import { applyStandings } from '#lib/versions/apply-standings.ts';
import { resolveArrivals } from '#lib/lineage/arrivals.ts';
import { checkChangeNotes } from '#lib/versions/change-notes.ts';
import type { ContentProblem } from '#lib/content/content-problem.ts';
import type { CorpusEntries } from '#lib/content/content-entry.ts';
import type { Corpus, OrganisationModel } from './corpus-model.ts';
import { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { corpusProblem } from './problems.ts';
import { htmlRenderer } from '#markdown/processor.ts';
import { dependingOn, documentKey } from '#lib/content/document-keys.ts';
import type { GlossaryLinkTerm } from '#markdown/remark-glossary-links.ts';
import { checkReservedVersionIds, RESERVED_ANVISNING_VERSION_IDS, RESERVED_PROGRAM_VERSION_IDS } from '#lib/routes/reserved-routes.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

export interface BuildCorpusOptions {
  /** Render Markdown to HTML; the checker leaves it off to stay fast. */
  render?: boolean;
  /** Visible label for a stance, from the UI dictionary. */
  stanceLabel?: (stallning: string) => string;
  /** Visible words for how a comment was handled, from the UI dictionary. */
  handlingLabels?: HandlingLabels;
  /** Glossary terms whose first occurrence in each rendered text links to the glossary. */
  glossary?: readonly GlossaryLinkTerm[];
  /**
   * Parses a body as markdownSource gives it, Markdown or MDX (default parseMarkdown); the checker reuses the trees it has, the site
   * the ones it parsed on every core. Each call must return a tree of its own: trees are transformed in place.
   */
  parse?: (source: string) => Root;
  /** The day versions are in force on (YYYY-MM-DD); `STYRDOK_BUILD_DATE`, else today. */
  buildDate?: string;
}

/** Builds the model from validated entries and checks every reference between them. */
export function buildCorpus(entries: CorpusEntries, options: BuildCorpusOptions = {}): { corpus: Corpus; problems: ContentProblem[] } {
  const render = (options.render ?? true) && htmlRenderer({ glossary: options.glossary });
  const report = new ProblemReporter();

  const organisations = new Map<string, OrganisationModel>(
    entries.organisationer.map((entry) => [
      entry.id,
      { id: entry.id, path: entry.path, data: entry.data, successorIds: [], remissvarKeys: [] },
    ]),
  );
  for (const entry of entries.organisationer) {
    entry.data.foregangare.forEach((id, index) => {
      const predecessor = organisations.get(id);
      if (!predecessor)
        report.at(
          entry,
          ['foregangare', index],
          dependingOn(corpusProblem('corpus/unknown-organisation', { id, known: organisations.keys() }), documentKey.organisation(id)),
        );
      else predecessor.successorIds.push(entry.id);
    });
  }

  checkProgramOwners(entries.program, organisations, report);
  const programs = new Map(
    buildPrograms(entries.program, entries.programversioner, report, render, options.parse).map((program) => [program.id, program]),
  );
  resolveArrivals(programs, entries.programversioner, report);
  const anvisningar = buildAnvisningar(entries.anvisningar, programs, report, render, options.parse);
  applyStandings(
    programs.values(),
    anvisningar,
    [...entries.programversioner, ...entries.anvisningar],
    report,
    options.buildDate ?? styrdokEnvironment().buildDate,
  );
  const remisser = buildConsultation(entries.remisser, entries.remissvar, {
    programs,
    organisations,
    report,
    render,
    parse: options.parse,
    stanceLabel: options.stanceLabel ?? ((stallning) => stallning),
    describeHandling: handlingNotes(entries.beredning, entries.remisser, programs, options.handlingLabels),
  });
  applyBeredning(entries.beredning, remisser, programs, report);
  checkAnswerDates(entries.remissvar, entries.remisser, entries.organisationer, report);

  const sidor = buildSidor(entries.sidor, report, render);

  checkChangeNotes(entries.programversioner, programs, remisser, report);
  checkReservedVersionIds(entries.programversioner, RESERVED_PROGRAM_VERSION_IDS, report);
  checkReservedVersionIds(entries.anvisningar, RESERVED_ANVISNING_VERSION_IDS, report);

  const anvisningById = new Map(anvisningar.map((anvisning) => [anvisning.id, anvisning]));
  const remissById = new Map(remisser.map((remiss) => [remiss.id, remiss]));
  const corpus: Corpus = {
    programs: [...programs.values()].sort((a, b) => a.data.ordning - b.data.ordning || compareSwedish(a.data.namn, b.data.namn)),
    organisations: [...organisations.values()].sort((a, b) => compareSwedish(a.data.namn, b.data.namn)),
    remisser,
    anvisningar,
    sidor,
    program: (id) => programs.get(id),
    organisation: (id) => organisations.get(id),
    remiss: (id) => remissById.get(id),
    anvisning: (id) => anvisningById.get(id),
    sida: (id) => sidor.find((sida) => sida.id === id),
  };
  return { corpus, problems: report.problems };
}

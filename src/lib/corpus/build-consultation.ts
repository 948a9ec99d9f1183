import type { Root } from 'mdast';
import type { Remiss } from '#schemas/remiss.ts';
import type { Remissvar } from '#schemas/remissvar.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { type HtmlRenderer, parseMarkdown, renderHtml, transform } from '#markdown/processor.ts';
import remarkKommentar, { type KommentarHandlingNote } from '#markdown/remark-kommentar.ts';
import remarkNestHeadings from '#markdown/remark-nest-headings.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { OrganisationModel, ProgramModel, RemissModel, RemissvarModel } from './corpus-model.ts';
import { markedKommentarer } from '#lib/consultation/marked-kommentarer.ts';
import { remissvarIds } from './remissvar-ids.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { corpusProblem } from './problems.ts';
// Links go into Markdown trees, and renderHtml puts the base path in front: from the root here.
import { sitePaths } from '#lib/routes/urls.ts';
import { dependingOn, documentKey } from '#lib/content/document-keys.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

export interface ConsultationContext {
  programs: Map<string, ProgramModel>;
  organisations: Map<string, OrganisationModel>;
  report: ProblemReporter;
  render: boolean | HtmlRenderer;
  stanceLabel: (stallning: string) => string;
  /** Parses a body; the checker passes one that reuses the trees it parsed already. */
  parse?: (markdown: string) => Root;
  /** How a comment was handled after the remiss, shown at the end of the comment in the statement. */
  describeHandling?: (remissId: string, organisationId: string, kommentarId: string) => KommentarHandlingNote | undefined;
}

/** Builds remisser with their remissvar and comments, checking every reference they make. */
export function buildConsultation(
  remissEntries: readonly ContentEntry<Remiss>[],
  remissvarEntries: readonly ContentEntry<Remissvar>[],
  context: ConsultationContext,
): RemissModel[] {
  const toHtml = typeof context.render === 'function' ? context.render : renderHtml;
  const { programs, organisations, report } = context;
  const remisser = new Map<string, RemissModel>();

  for (const entry of remissEntries) {
    const { data } = entry;
    const program = programs.get(data.program);
    if (!program) {
      report.at(
        entry,
        ['program'],
        dependingOn(
          corpusProblem('corpus/unknown-program', { id: data.program, known: programs.keys() }),
          documentKey.program(data.program),
        ),
      );
    }
    const version = program?.versions.find((candidate) => candidate.id === data.version);
    if (program && !version) {
      report.at(
        entry,
        ['version'],
        dependingOn(
          corpusProblem('corpus/unknown-version', { id: data.version, programId: program.id, known: program.versions.map((v) => v.id) }),
          documentKey.version(program.id, data.version),
        ),
      );
    }
    version?.remissIds.push(entry.id);
    if (!organisations.has(data.avsandare)) {
      report.at(
        entry,
        ['avsandare'],
        dependingOn(
          corpusProblem('corpus/unknown-organisation', { id: data.avsandare, known: organisations.keys() }),
          documentKey.organisation(data.avsandare),
        ),
      );
    }
    data.remissinstanser.forEach((id, index) => {
      if (!organisations.has(id))
        report.at(
          entry,
          ['remissinstanser', index],
          dependingOn(corpusProblem('corpus/unknown-organisation', { id, known: organisations.keys() }), documentKey.organisation(id)),
        );
    });
    remisser.set(entry.id, {
      id: entry.id,
      path: entry.path,
      data,
      html: context.render ? toHtml((context.parse ?? parseMarkdown)(markdownSource(entry))) : '',
      remissvar: [],
      unansweredIds: [],
      decided: false,
      sammanfattningar: {},
    });
  }

  for (const entry of remissvarEntries) {
    const { remissId, organisationId } = remissvarIds(entry);
    const remiss = remisser.get(remissId);
    if (!remiss) {
      report.at(
        entry,
        entry.data.remiss ? ['remiss'] : [],
        dependingOn(corpusProblem('corpus/unknown-remiss', { id: remissId, known: remisser.keys() }), documentKey.remiss(remissId)),
      );
      continue;
    }
    if (!organisations.has(organisationId)) {
      report.at(
        entry,
        entry.data.organisation ? ['organisation'] : [],
        dependingOn(
          corpusProblem('corpus/unknown-organisation', { id: organisationId, known: organisations.keys() }),
          documentKey.organisation(organisationId),
        ),
      );
      continue;
    }
    const first = remiss.remissvar.find((answer) => answer.organisationId === organisationId);
    if (first) {
      report.at(entry, ['organisation'], corpusProblem('corpus/duplicate-remissvar', { organisationId, remissId, first: first.path }));
      continue;
    }
    if (!remiss.data.remissinstanser.includes(organisationId)) {
      report.at(entry, [], corpusProblem('corpus/not-remissinstans', { organisationId, remissId }), 'varning');
    }

    const version = programs.get(remiss.data.program)?.versions.find((candidate) => candidate.id === remiss.data.version);
    const sections = new Map(version?.sections.map((section) => [section.id, section]) ?? []);
    const tree = (context.parse ?? parseMarkdown)(markdownSource(entry));
    const { kommentarer, problems } = markedKommentarer(tree, entry.path, entry.bodyLine ?? 1);
    report.add(...problems);
    for (const kommentar of kommentarer) {
      for (const sectionId of kommentar.avsnitt) {
        if (version && !sections.has(sectionId)) {
          report.at(
            { ...entry, locate: () => ({ line: kommentar.line, column: 1 }) },
            ['kommentar', kommentar.id, 'avsnitt'],
            dependingOn(
              corpusProblem('corpus/unknown-kommentar-section', {
                kommentarId: kommentar.id,
                sectionId,
                version: `${version.programId}/${version.id}`,
                known: sections.keys(),
              }),
              documentKey.version(version.programId, version.id),
            ),
          );
        }
      }
    }

    const answer: RemissvarModel = {
      key: `${remissId}/${organisationId}`,
      remissId,
      organisationId,
      path: entry.path,
      data: entry.data,
      html: '',
      kommentarer: kommentarer.map((kommentar) => ({
        id: kommentar.id,
        remissId,
        organisationId,
        stallning: kommentar.stallning,
        sectionIds: kommentar.avsnitt,
        text: kommentar.text,
        html: context.render ? toHtml(kommentar.node.children) : '',
      })),
    };
    if (context.render && version) {
      transform(tree, [
        // The statement stands under the page's "Yttrandet" (h2): its own headings go one level down.
        [remarkNestHeadings as never, { by: 1 }],
        [
          remarkKommentar as never,
          {
            stanceLabel: context.stanceLabel,
            resolveHandling: (kommentarId: string) => context.describeHandling?.(remissId, organisationId, kommentarId),
            resolveSection: (sectionId: string) => {
              const section = sections.get(sectionId);
              return section
                ? { href: sitePaths.section(version.programId, version.id, section.id), label: `${section.number} ${section.title}` }
                : undefined;
            },
          },
        ],
      ]);
      answer.html = toHtml(tree);
    }
    remiss.remissvar.push(answer);
    organisations.get(organisationId)?.remissvarKeys.push(answer.key);
    for (const kommentar of answer.kommentarer) {
      for (const sectionId of kommentar.sectionIds) sections.get(sectionId)?.kommentarer.push(kommentar);
    }
  }

  for (const remiss of remisser.values()) {
    const answered = new Set(remiss.remissvar.map((answer) => answer.organisationId));
    remiss.unansweredIds = remiss.data.remissinstanser.filter((id) => !answered.has(id));
    remiss.remissvar.sort((a, b) => compareSwedish(a.organisationId, b.organisationId));
  }
  return [...remisser.values()];
}

import type { Root } from 'mdast';
import type { Anvisning } from '#schemas/anvisning.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { type HtmlRenderer, parseMarkdown, renderHtml } from '#markdown/processor.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { AnvisningModel, AnvisningVersionModel, ProgramModel } from './corpus-model.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { corpusProblem } from './problems.ts';
import { headingSections } from '#lib/compare/text-blocks.ts';
import { dependingOn, documentKey } from '#lib/content/document-keys.ts';
import { compareSwedish } from '#lib/text/swedish-order.ts';

/** Builds anvisningar from their versions and links the current one to the sections it completes. */
export function buildAnvisningar(
  entries: readonly ContentEntry<Anvisning>[],
  programs: Map<string, ProgramModel>,
  report: ProblemReporter,
  render: boolean | HtmlRenderer,
  parse: (markdown: string) => Root = parseMarkdown,
): AnvisningModel[] {
  const toHtml = typeof render === 'function' ? render : renderHtml;
  const grouped = new Map<string, { entry: ContentEntry<Anvisning>; version: AnvisningVersionModel }[]>();
  for (const entry of entries) {
    const [anvisningId = '', versionId = ''] = entry.id.split('/');
    const program = programs.get(entry.data.program);
    if (!program) {
      report.at(
        entry,
        ['program'],
        dependingOn(
          corpusProblem('corpus/unknown-program', { id: entry.data.program, known: programs.keys() }),
          documentKey.program(entry.data.program),
        ),
      );
    } else {
      const known = new Set(program.versions.flatMap((version) => version.sections.map((section) => section.id)));
      entry.data.avsnitt.forEach((sectionId, index) => {
        if (!known.has(sectionId)) {
          report.at(
            entry,
            ['avsnitt', index],
            dependingOn(
              corpusProblem('corpus/unknown-section', { id: sectionId, programId: program.id, known }),
              documentKey.program(program.id),
            ),
          );
        }
      });
    }
    const tree = render ? parse(markdownSource(entry)) : undefined;
    const version: AnvisningVersionModel = {
      anvisningId,
      id: versionId,
      path: entry.path,
      data: entry.data,
      html: tree ? toHtml(tree) : '',
      standing: entry.data.status,
      sections: tree ? headingSections(tree) : [],
    };
    grouped.set(anvisningId, [...(grouped.get(anvisningId) ?? []), { entry, version }]);
  }

  const anvisningar: AnvisningModel[] = [];
  for (const [id, group] of grouped) {
    const versions = group
      .map(({ version }) => version)
      .sort((a, b) => (a.data.beslutsdatum ?? '9999').localeCompare(b.data.beslutsdatum ?? '9999') || a.id.localeCompare(b.id));
    const inForce = versions.filter((version) => version.data.status === 'gallande');
    for (const extra of inForce.slice(0, -1)) {
      const entry = group.find((item) => item.version === extra)?.entry as ContentEntry<Anvisning>;
      report.at(entry, ['status'], corpusProblem('corpus/anvisning-versions-in-force', { anvisningId: id }));
    }
    const current = inForce.at(-1) ?? (versions.at(-1) as AnvisningVersionModel);
    anvisningar.push({ id, versions, current });
    const program = programs.get(current.data.program);
    for (const version of program?.versions ?? []) {
      for (const section of version.sections) {
        if (current.data.avsnitt.includes(section.id)) section.anvisningIds.push(id);
      }
    }
  }
  return anvisningar.sort((a, b) => compareSwedish(a.current.data.titel, b.current.data.titel));
}

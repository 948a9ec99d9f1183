import type { Root } from 'mdast';
import type { Program } from '#schemas/program.ts';
import type { ProgramVersion } from '#schemas/program-version.ts';
import { markdownSource } from '#markdown/mdx-source.ts';
import { type HtmlRenderer, parseMarkdown, renderHtml } from '#markdown/processor.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { ProgramModel, SectionModel, VersionModel } from './corpus-model.ts';
import { resolveLineage } from '#lib/lineage/resolve-lineage.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import { sectionTree } from '#lib/content/section-tree.ts';
import { textBlocks } from '#lib/compare/text-blocks.ts';
import { corpusProblem } from './problems.ts';

import { dependingOn, documentKey } from '#lib/content/document-keys.ts';
/** Builds programs with their versions and sections, and checks versions' order and lineage. */
export function buildPrograms(
  programEntries: readonly ContentEntry<Program>[],
  versionEntries: readonly ContentEntry<ProgramVersion>[],
  report: ProblemReporter,
  render: boolean | HtmlRenderer,
  parse: (markdown: string) => Root = parseMarkdown,
): ProgramModel[] {
  const toHtml = typeof render === 'function' ? render : renderHtml;
  const programs = new Map<string, ProgramModel>(
    programEntries.map((entry) => [entry.id, { id: entry.id, path: entry.path, data: entry.data, versions: [] }]),
  );
  const entryOf = new Map<VersionModel, ContentEntry<ProgramVersion>>();

  for (const entry of versionEntries) {
    const [programId = '', versionId = ''] = entry.id.split('/');
    const program = programs.get(programId);
    if (!program) {
      report.at(entry, [], corpusProblem('corpus/program-without-yaml', { programId }));
      continue;
    }
    const tree = sectionTree(parse(markdownSource(entry)), entry.path, entry.bodyLine ?? 1);
    report.add(...tree.problems);
    const sections: SectionModel[] = tree.sections.map((section) => ({
      programId,
      versionId,
      id: section.id,
      title: section.title,
      number: section.number,
      level: section.level,
      parentId: section.parentId,
      childIds: tree.sections.filter((child) => child.parentId === section.id).map((child) => child.id),
      html: render ? toHtml(section.content) : '',
      text: section.text,
      blocks: textBlocks(section.content),
      anvisningIds: [],
      kommentarer: [],
    }));
    const version: VersionModel = {
      programId,
      id: versionId,
      path: entry.path,
      data: entry.data,
      preambleHtml: render ? toHtml(tree.preamble) : '',
      sections,
      lineage: [],
      remissIds: [],
      arrivals: [],
      standing: entry.data.status,
    };
    program.versions.push(version);
    entryOf.set(version, entry);
  }

  const sectionIdsOf = (programId: string) => {
    const program = programs.get(programId);
    return program ? [...new Set(program.versions.flatMap((version) => version.sections.map((section) => section.id)))] : undefined;
  };

  // Moves declared by the receiving side, by the section they came from: "program:avsnitt" → where it is now.
  const arrivedAt = new Map<string, { programId: string; sectionId: string }>();
  for (const entry of versionEntries) {
    for (const claim of entry.data.harkomst) {
      if (claim.typ === 'flyttad' && claim.fran.includes(':'))
        arrivedAt.set(claim.fran, { programId: entry.id.split('/')[0] ?? '', sectionId: claim.till });
    }
  }

  for (const program of programs.values()) {
    const byId = new Map(program.versions.map((version) => [version.id, version]));
    for (const version of program.versions) {
      const entry = entryOf.get(version) as ContentEntry<ProgramVersion>;
      const previousId = version.data.foregaende;
      if (!previousId) continue;
      const previous = byId.get(previousId);
      if (!previous) {
        report.at(
          entry,
          ['foregaende'],
          dependingOn(
            corpusProblem('corpus/unknown-version', { id: previousId, programId: program.id, known: byId.keys() }),
            documentKey.version(program.id, previousId),
          ),
        );
        continue;
      }
      if (previous === version || followsFrom(previous, version, byId)) {
        // One cycle, one error: at the version whose ID sorts first, most often the older one,
        // which should not have pointed at a later version.
        const cycle = cycleThrough(version, byId);
        if (cycle[0] === version.id) {
          report.at(entry, ['foregaende'], corpusProblem('corpus/predecessor-cycle', { versionId: version.id, cycle }));
        }
        continue;
      }
      const { links, problems } = resolveLineage({
        programId: program.id,
        previous: previous.sections,
        current: version.sections,
        claims: version.data.harkomst,
        externalSectionIds: sectionIdsOf,
        arrivedElsewhere: (sectionId) => arrivedAt.get(`${program.id}:${sectionId}`),
      });
      version.lineage = links;
      // Lineage is read against the previous version: when that has errors of its own, these wait.
      const previousKey = documentKey.version(program.id, previous.id);
      for (const problem of problems) report.at(entry, problem.path, dependingOn(problem, previousKey));
    }
    const inForce = program.versions.filter((version) => version.data.status === 'gallande');
    for (const extra of inForce.slice(1)) {
      report.at(
        entryOf.get(extra) as ContentEntry<ProgramVersion>,
        ['status'],
        corpusProblem('corpus/program-versions-in-force', { programId: program.id, versionIds: inForce.map((version) => version.id) }),
      );
    }
    program.versions = chronological(program.versions);
  }
  return [...programs.values()];
}

function followsFrom(start: VersionModel, target: VersionModel, byId: Map<string, VersionModel>): boolean {
  const seen = new Set<VersionModel>();
  for (let current: VersionModel | undefined = start; current && !seen.has(current); ) {
    seen.add(current);
    if (current.data.foregaende === target.id) return true;
    current = current.data.foregaende ? byId.get(current.data.foregaende) : undefined;
  }
  return false;
}

/** The IDs of the versions in the `foregaende` cycle through `version`, in its order, from the one that sorts first. */
function cycleThrough(version: VersionModel, byId: Map<string, VersionModel>): string[] {
  const ids: string[] = [];
  for (let current: VersionModel | undefined = version; current && !ids.includes(current.id); ) {
    ids.push(current.id);
    current = current.data.foregaende ? byId.get(current.data.foregaende) : undefined;
  }
  const first = ids.indexOf([...ids].sort()[0] as string);
  return [...ids.slice(first), ...ids.slice(0, first)];
}

/** Oldest first: along `foregaende` chains, chains ordered by their first date. */
function chronological(versions: VersionModel[]): VersionModel[] {
  const dateOf = (version: VersionModel) => version.data.beslutsdatum ?? version.data.giltighet?.fran ?? '9999';
  const depth = (version: VersionModel): number => {
    let count = 0;
    const seen = new Set<string>();
    for (let id = version.data.foregaende; id && !seen.has(id); count++) {
      seen.add(id);
      id = versions.find((candidate) => candidate.id === id)?.data.foregaende;
    }
    return count;
  };
  return [...versions].sort((a, b) => depth(a) - depth(b) || dateOf(a).localeCompare(dateOf(b)) || a.id.localeCompare(b.id));
}

import type { ChangeNote } from '#schemas/change-note.ts';
import type { ProgramVersion } from '#schemas/program-version.ts';
import type { ContentEntry } from '#lib/content/content-entry.ts';
import type { KommentarModel, ProgramModel, RemissModel, SectionModel, VersionModel } from '#lib/corpus/corpus-model.ts';
import type { ProblemReporter } from '#lib/content/problem-reporter.ts';
import type { ProblemText } from '#lib/content/content-problem.ts';
import { versionsProblem } from './problems.ts';
import { dependingOn, documentKey } from '#lib/content/document-keys.ts';

/** A consultation comment a change note refers to, and whether it was made before the change. */
export interface NoteKommentar {
  kommentar: KommentarModel;
  /** True when the comment was on the previous version, so it can have led to the change. */
  ledToChange: boolean;
}

export interface ResolvedChangeNote {
  note: ChangeNote;
  sections: { version: VersionModel; section: SectionModel }[];
  kommentarer: NoteKommentar[];
}

type Lookup = { kommentar: KommentarModel; remiss: RemissModel } | ProblemText;

/** The remisser a version's change notes may cite: those on this version and on the one it revises. */
export function noteRemisser(version: VersionModel, remisser: readonly RemissModel[]): RemissModel[] {
  return remisser.filter(
    (remiss) =>
      remiss.data.program === version.programId && (remiss.data.version === version.id || remiss.data.version === version.data.foregaende),
  );
}

/** Finds `organisation#kommentar` or `remiss/organisation#kommentar` among the remisser in scope. */
export function findKommentar(ref: string, scope: readonly RemissModel[]): Lookup {
  const [head = '', kommentarId = ''] = ref.split('#');
  const [remissId, organisationId = ''] = head.includes('/') ? head.split('/') : [undefined, head];
  if (scope.length === 0) {
    return dependingOn(versionsProblem('versions/note-without-remiss', { ref }), documentKey.anyRemiss);
  }
  const remisser = remissId ? scope.filter((remiss) => remiss.id === remissId) : scope;
  if (remissId && remisser.length === 0) {
    return dependingOn(
      versionsProblem('versions/note-remiss-out-of-scope', { id: remissId, known: scope.map((r) => r.id) }),
      documentKey.remiss(remissId),
    );
  }
  const answers = remisser.flatMap((remiss) =>
    remiss.remissvar.filter((answer) => answer.organisationId === organisationId).map((answer) => ({ remiss, answer })),
  );
  if (answers.length === 0) {
    const answered = remisser.flatMap((remiss) => remiss.remissvar.map((answer) => answer.organisationId));
    return dependingOn(
      versionsProblem('versions/note-unknown-remissvar', { id: organisationId, remissIds: remisser.map((r) => r.id), known: answered }),
      ...remisser.map((candidate) => documentKey.remissvar(candidate.id, organisationId)),
      documentKey.organisation(organisationId),
    );
  }
  if (answers.length > 1) {
    return versionsProblem('versions/note-ambiguous-remissvar', {
      organisationId,
      example: `${answers[0]?.remiss.id}/${organisationId}#${kommentarId}`,
    });
  }
  const { remiss, answer } = answers[0] as (typeof answers)[number];
  const kommentar = answer.kommentarer.find((candidate) => candidate.id === kommentarId);
  if (!kommentar) {
    return dependingOn(
      versionsProblem('versions/note-unknown-kommentar', { id: kommentarId, organisationId, known: answer.kommentarer.map((k) => k.id) }),
      documentKey.kommentar(remiss.id, organisationId, kommentarId),
    );
  }
  return { kommentar, remiss };
}

/** Checks every change note: its sections exist in the version or the previous one, and its comments exist. */
export function checkChangeNotes(
  entries: readonly ContentEntry<ProgramVersion>[],
  programs: ReadonlyMap<string, ProgramModel>,
  remisser: readonly RemissModel[],
  report: ProblemReporter,
): void {
  for (const entry of entries) {
    const [programId = '', versionId = ''] = entry.id.split('/');
    const program = programs.get(programId);
    const version = program?.versions.find((candidate) => candidate.id === versionId);
    if (!program || !version) continue;
    const previous = program.versions.find((candidate) => candidate.id === version.data.foregaende);
    const known = [...version.sections, ...(previous?.sections ?? [])].map((section) => section.id);
    const scope = noteRemisser(version, remisser);
    entry.data.andringar.forEach((note, index) => {
      // A previous version that cannot be found is reported at "foregaende"; its sections are unknown, not missing.
      const previousMissing = version.data.foregaende !== undefined && !previous;
      note.avsnitt.forEach((id, i) => {
        if (!known.includes(id) && !previousMissing) {
          const text = versionsProblem('versions/note-unknown-section', { id, known });
          report.at(
            entry,
            ['andringar', index, 'avsnitt', i],
            previous ? dependingOn(text, documentKey.version(programId, previous.id)) : text,
          );
        }
      });
      note.remissvar.forEach((ref, i) => {
        const found = findKommentar(ref, scope);
        if ('code' in found) report.at(entry, ['andringar', index, 'remissvar', i], found);
      });
    });
  }
}

/** A version's change notes with their sections and comments looked up, for the changelog. */
export function resolveChangeNotes(program: ProgramModel, version: VersionModel, remisser: readonly RemissModel[]): ResolvedChangeNote[] {
  const previous = program.versions.find((candidate) => candidate.id === version.data.foregaende);
  const scope = noteRemisser(version, remisser);
  return version.data.andringar.map((note) => ({
    note,
    sections: note.avsnitt.flatMap((id) => {
      for (const host of [version, previous]) {
        const section = host?.sections.find((candidate) => candidate.id === id);
        if (host && section) return [{ version: host, section }];
      }
      return [];
    }),
    kommentarer: note.remissvar.flatMap((ref) => {
      const found = findKommentar(ref, scope);
      return 'kommentar' in found ? [{ kommentar: found.kommentar, ledToChange: found.remiss.data.version !== version.id }] : [];
    }),
  }));
}

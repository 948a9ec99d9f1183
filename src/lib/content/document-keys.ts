import type { ProblemText } from './content-problem.ts';
import type { CollectionName } from './content-entry.ts';

/**
 * Names for the documents problems can depend on, as paths: a remissvar lies under its remiss, a
 * comment under its remissvar, a version under its program. A problem that names a document (or a
 * group, like "any remiss") is a follow-on when that document has errors of its own.
 */
export const documentKey = {
  program: (programId: string) => `program/${programId}`,
  version: (programId: string, versionId: string) => `program/${programId}/${versionId}`,
  remiss: (remissId: string) => `remiss/${remissId}`,
  remissvar: (remissId: string, organisationId: string) => `remiss/${remissId}/${organisationId}`,
  kommentar: (remissId: string, organisationId: string, kommentarId: string) => `remiss/${remissId}/${organisationId}#${kommentarId}`,
  organisation: (organisationId: string) => `organisation/${organisationId}`,
  anvisning: (anvisningId: string) => `anvisning/${anvisningId}`,
  sida: (sidaId: string) => `sida/${sidaId}`,
  beredning: (remissId: string) => `beredning/${remissId}`,
  /** Every remiss at once, for a problem that says no remiss exists. */
  anyRemiss: 'remiss',
} as const;

/** The document a content file holds, by its collection and entry ID. */
export function entryDocumentKey(collection: CollectionName, id: string): string {
  switch (collection) {
    case 'program':
      return documentKey.program(id);
    case 'programversioner':
      return `program/${id}`;
    case 'organisationer':
      return documentKey.organisation(id);
    case 'remisser':
      return documentKey.remiss(id);
    case 'remissvar':
      return `remiss/${id}`;
    case 'anvisningar':
      return documentKey.anvisning(id);
    case 'sidor':
      return documentKey.sida(id);
    case 'beredning':
      return documentKey.beredning(id);
    default:
      return collection;
  }
}

/**
 * Whether a failed document makes a dependency unreliable: the same document, one inside it (a
 * comment of a failed remissvar), or a group it belongs to (a failed remiss among "any remiss").
 */
export function failureCovers(failed: string, dependency: string): boolean {
  return within(dependency, failed) || within(failed, dependency);
}

function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(`${outer}/`) || inner.startsWith(`${outer}#`);
}

/** A problem's text, marked as depending on documents besides its own file. */
export function dependingOn<T extends ProblemText>(text: T, ...keys: string[]): T {
  return { ...text, dependsOn: keys };
}

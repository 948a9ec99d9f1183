/**
 * The remiss a remissvar answers and the organisation that answers: its `remiss` and
 * `organisation` fields where the editor wrote them, else its folder and file name
 * (`remissvar/<remiss>/<organisation>.md`). Everything that groups remissvar asks here, so the
 * pages and the cache keys that say when to render them again never disagree.
 */
export function remissvarIds(entry: { id: string; data: { remiss?: string; organisation?: string } }): {
  remissId: string;
  organisationId: string;
} {
  const [remissFolder = '', organisationFile = ''] = entry.id.split('/');
  return { remissId: entry.data.remiss ?? remissFolder, organisationId: entry.data.organisation ?? organisationFile };
}

import { appliesOn, type DatedVersion, type Validity, validities } from './point-in-time.ts';

/**
 * How a version stands on a given day, as every page shows it. The stored statuses, plus two the
 * dates decide: `kommande`, decided as in force but not yet applying, and `upphord`, marked in
 * force but its period of validity has passed.
 */
export type Standing = 'utkast' | 'remissversion' | 'gallande' | 'kommande' | 'upphord' | 'ersatt' | 'upphavd';

/**
 * The one rule: a version is in force on a day when its period of validity (the one the
 * point-in-time pages use, `validities`) covers the day and the editors have not said it ended.
 * Banners, program pages, point-in-time pages, the API and feeds all ask this, so a version whose
 * `giltighet.till` has passed never reads "Gällande" beside a point-in-time page where nothing applies.
 */
export function standingOn(status: DatedVersion['status'], validity: Validity | undefined, day: string): Standing {
  if (status !== 'gallande') return status as Standing;
  if (!validity || day < validity.from) return 'kommande';
  return appliesOn(validity, day) ? 'gallande' : 'upphord';
}

/** What the check finds when the stored status and the dates say different things on a day. */
export type StandingConflict =
  | { kind: 'expired'; index: number; till: string }
  | { kind: 'ended-still-applies'; index: number; status: string }
  | { kind: 'overlap'; index: number; otherIndex: number; from: string };

/** One document's versions (oldest first) with their validity and standing on `day`, and where status and dates disagree. */
export function versionStandings(
  versions: readonly DatedVersion[],
  day: string,
): { validity: Validity | undefined; standing: Standing }[] & { conflicts: StandingConflict[] } {
  const periods = validities(versions);
  const conflicts: StandingConflict[] = [];
  const result = versions.map((version, index) => {
    const validity = periods[index];
    const standing = standingOn(version.status, validity, day);
    if (standing === 'upphord' && validity?.to) conflicts.push({ kind: 'expired', index, till: validity.to });
    if ((version.status === 'ersatt' || version.status === 'upphavd') && validity && appliesOn(validity, day))
      conflicts.push({ kind: 'ended-still-applies', index, status: version.status });
    return { validity, standing };
  });
  periods.forEach((validity, index) => {
    if (!validity) return;
    for (let other = 0; other < index; other++) {
      const earlier = periods[other];
      if (!earlier) continue;
      const from = [validity.from, earlier.from].sort()[1] as string;
      if (appliesOn(validity, from) && appliesOn(earlier, from)) {
        conflicts.push({ kind: 'overlap', index, otherIndex: other, from });
        break;
      }
    }
  });
  return Object.assign(result, { conflicts });
}

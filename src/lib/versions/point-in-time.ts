/** The days a document applies, both inclusive; `to` is absent while it applies until further notice. */
export interface Validity {
  from: string;
  to?: string;
}

/** What the validity of a version is worked out from. */
export interface DatedVersion {
  status: string;
  beslutsdatum?: string;
  giltighet?: { fran: string; till?: string };
}

/** A stretch of days during which the same documents apply. */
export interface Period<T> {
  from: string;
  /** Last day, inclusive; absent for the period that is still open. */
  to?: string;
  items: T[];
}

/** Drafts and consultation versions never apply. */
const NEVER_APPLIES = new Set(['utkast', 'remissversion']);

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * When each version of one document applied, in the order given (oldest first). A stated period
 * of validity wins; otherwise a decided version applies from its decision until the day before
 * the next decided version starts to apply.
 */
export function validities(versions: readonly DatedVersion[]): (Validity | undefined)[] {
  const startOf = (version: DatedVersion) =>
    NEVER_APPLIES.has(version.status) ? undefined : (version.giltighet?.fran ?? version.beslutsdatum);
  return versions.map((version, index) => {
    const from = startOf(version);
    if (!from) return undefined;
    if (version.giltighet?.till) return { from, to: version.giltighet.till };
    const nextStart = versions
      .slice(index + 1)
      .map(startOf)
      .find((start) => start !== undefined && start > from);
    return nextStart ? { from, to: addDays(nextStart, -1) } : { from };
  });
}

export function appliesOn(validity: Validity, date: string): boolean {
  return validity.from <= date && (validity.to === undefined || date <= validity.to);
}

/**
 * Cuts time at every date something starts or stops applying, and lists what applies in each
 * stretch, oldest first. Before the first start nothing applies, so no period is made for it.
 */
export function periods<T>(documents: readonly { item: T; validity: Validity }[]): Period<T>[] {
  const ordered = periodStarts(documents.map(({ validity }) => validity));
  return ordered.map((from, index) => {
    const next = ordered[index + 1];
    return {
      from,
      to: next ? addDays(next, -1) : undefined,
      items: documents.filter(({ validity }) => appliesOn(validity, from)).map(({ item }) => item),
    };
  });
}

/** The dates periods begin on, oldest first: every date something starts, or the day after it stops, applying. */
export function periodStarts(validities: Iterable<Validity>): string[] {
  const starts = new Set<string>();
  for (const validity of validities) {
    starts.add(validity.from);
    if (validity.to) starts.add(addDays(validity.to, 1));
  }
  return [...starts].sort();
}

/** The period a date falls in, if any. */
export function periodOn<T>(list: readonly Period<T>[], date: string): Period<T> | undefined {
  return list.find((period) => period.from <= date && (period.to === undefined || date <= period.to));
}

/** What started and what stopped applying when a period began, compared with the period before it. */
export interface PeriodChange<T> {
  period: Period<T>;
  started: T[];
  ended: T[];
}

export function periodChanges<T>(list: readonly Period<T>[]): PeriodChange<T>[] {
  return list.map((period, index) => {
    const before = new Set(list[index - 1]?.items ?? []);
    const now = new Set(period.items);
    return {
      period,
      started: period.items.filter((item) => !before.has(item)),
      ended: [...before].filter((item) => !now.has(item)),
    };
  });
}

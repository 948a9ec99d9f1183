/** The last commit that touched each file, as `git log` tells it. */
export type LastChanged = Map<string, string>;

/** Record separator between commits in the `git log` format below. */
export const GIT_LOG_FORMAT = '--format=%x1e%cI';

/**
 * Reads `git log --name-only --format=%x1e%cI` (newest commit first) into the date each file
 * last changed, as a calendar date in Stockholm (YYYY-MM-DD).
 */
export function parseLastChanged(gitLogOutput: string): LastChanged {
  const lastChanged: LastChanged = new Map();
  for (const record of gitLogOutput.split('\x1e')) {
    const [timestamp = '', ...files] = record.split('\n').map((line) => line.trim());
    if (!timestamp) continue;
    const date = stockholmDate(timestamp);
    for (const file of files) if (file && !lastChanged.has(file)) lastChanged.set(file, date);
  }
  return lastChanged;
}

/** When a file, or the newest file under a folder (a path ending in "/"), last changed. */
export function lastChangedOf(lastChanged: LastChanged, sourcePath: string): string | undefined {
  if (!sourcePath.endsWith('/')) return lastChanged.get(sourcePath);
  let newest: string | undefined;
  for (const [file, date] of lastChanged) {
    if (file.startsWith(sourcePath) && (!newest || date > newest)) newest = date;
  }
  return newest;
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

function stockholmDate(timestamp: string): string {
  return stockholmDay.format(new Date(timestamp));
}

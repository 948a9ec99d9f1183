/**
 * Page furniture in text copied out of a PDF: what the word processor printed on every page rather
 * than what the statement says. Page numbers ("- 2 (5)", "Sida 2 av 5"), footers with the file's
 * path, and header or footer lines that come back at every page break.
 */

/** Marks a page break in the lines (a form feed in the text). */
export const PAGE_BREAK = '\f';

const PAGE_NUMBER =
  /^(?:-\s*)?(?:(?:Sida|Sid\.?|s\.)\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|\/\s*\d{1,3})(?:\s*-)?$|^-\s*\d{1,3}\s*-$/i;
/** A path ("G:\\Kansli\\…", "/Users/…"), a Word file's name, or a bare file name: never prose. */
const FILE_PATH =
  /^(?:[A-Za-z]:\\|\\\\|\/(?:Users|home|mnt|srv|Volumes)\/)\S|^\S*[\\/]\S*\.(?:docx?|dotx?|pdf|odt|rtf)$|\.(?:docx?|dotx?)$|^[^\s\\/]+\.(?:pdf|odt|rtf)$/i;

/** Whether a whole line (or one cell of it) is a page number or a file path. */
export const isFurniture = (text: string): boolean => PAGE_NUMBER.test(text.trim()) || FILE_PATH.test(text.trim());

/** How near a page break, in lines, a header or footer stands. */
const NEAR_BREAK = 3;

/**
 * Takes the page furniture out of the lines (trimmed, '' for blank, PAGE_BREAK at page breaks):
 * page numbers and file paths anywhere, and a line that stands near two or more page breaks,
 * save its first appearance (a letterhead repeated on each page keeps its first copy). A page
 * break becomes a blank line. Gives the lines left and the ones taken out.
 */
export function removePageFurniture(lines: readonly string[]): { lines: string[]; removed: string[] } {
  const removed: string[] = [];
  const cleaned = lines.map((line) => {
    if (line === PAGE_BREAK) return line;
    const cells = line.split(/\s{2,}/);
    const kept = cells.filter((cell) => !isFurniture(cell));
    if (kept.length < cells.length) removed.push(...cells.filter(isFurniture));
    return kept.join('  ');
  });
  // A page number's line is where a page broke, when the text has no form feeds.
  const breaks = lines.flatMap((line, index) => (line === PAGE_BREAK || PAGE_NUMBER.test(line.trim()) ? [index] : []));
  const near = (index: number) => breaks.filter((position) => Math.abs(position - index) <= NEAR_BREAK);
  const key = (line: string) => line.replace(/\d+/g, '#').toLocaleLowerCase('sv');
  const seenNearBreaks = new Map<string, Set<number>>();
  cleaned.forEach((line, index) => {
    if (line === '' || line === PAGE_BREAK || line.length > 90) return;
    const breaksHere = near(index);
    if (breaksHere.length === 0) return;
    const seen = seenNearBreaks.get(key(line)) ?? new Set<number>();
    for (const position of breaksHere) seen.add(position);
    seenNearBreaks.set(key(line), seen);
  });
  const repeated = new Set([...seenNearBreaks].filter(([, seen]) => seen.size >= 2).map(([line]) => line));
  const first = new Set<string>();
  return {
    lines: cleaned.map((line) => {
      if (line === PAGE_BREAK) return '';
      if (!repeated.has(key(line))) return line;
      if (!first.has(key(line))) {
        first.add(key(line));
        return line;
      }
      removed.push(line);
      return '';
    }),
    removed,
  };
}

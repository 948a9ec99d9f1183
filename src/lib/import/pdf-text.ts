import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One run of text on a PDF page, where pdf.js placed it (PDF units, y upwards). */
interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A gap wider than this many font sizes separates columns, as a letterhead's or signatures' cells. */
const COLUMN_GAP = 2;
/** Runs whose baselines differ by less than this share a line (superscripts, mixed fonts). */
const SAME_LINE = 2;
/** A step between baselines this much larger than the page's usual one is a blank line. */
const PARAGRAPH_STEP = 1.4;

/**
 * The text of a PDF as an editor would get it by copying it out: one line per printed line, a
 * blank line where the spacing shows a new paragraph, cells side by side with two spaces between
 * them, and a form feed between pages. Reading goes through Mozilla's pdf.js, which needs no
 * network; a PDF without text (a scan) gives only blank lines.
 */
export async function textFromPdf(bytes: Uint8Array): Promise<string> {
  // pdf.js takes the buffer over, so it gets a copy the caller keeps no hold on.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false });
  const document = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      pages.push(pageText(runs));
    }
    return pages.join('\n\f\n');
  } finally {
    await task.destroy();
  }
}

/** Runs of one printed line that belong together: a gap of more than COLUMN_GAP font sizes parts them. */
interface Cell {
  x: number;
  text: string;
}

/** A cell this far right of the page's left margin stands in a column of its own. */
const INDENTED_COLUMN = 120;

/**
 * Lays one page's runs out as lines, top to bottom. Where lines stand in columns (a letterhead,
 * signatures side by side) each column is given whole before the next, as a PDF reader copies them.
 */
function pageText(runs: readonly Run[]): string {
  const rows: Run[][] = [];
  for (const run of [...runs].sort((first, second) => second.y - first.y || first.x - second.x)) {
    const row = rows.find((candidate) => Math.abs((candidate[0]?.y ?? 0) - run.y) < SAME_LINE);
    if (row) row.push(run);
    else rows.push([run]);
  }
  const baselines = rows.map((row) => row[0]?.y ?? 0);
  const steps = baselines.slice(1).map((y, index) => (baselines[index] ?? 0) - y);
  const usual = lowerQuartile(steps.filter((step) => step > 0)) ?? 14;
  const lines = rows.map((row, index) => ({
    cells: cellsOf(row.sort((first, second) => first.x - second.x)),
    newParagraph: index > 0 && (steps[index - 1] ?? 0) > usual * PARAGRAPH_STEP,
  }));
  const margin = Math.min(...lines.map((line) => line.cells[0]?.x ?? 0));
  const inColumns = (line: (typeof lines)[number]) => line.cells.length > 1 || (line.cells[0]?.x ?? 0) > margin + INDENTED_COLUMN;

  const out: string[] = [];
  for (let index = 0; index < lines.length; ) {
    const line = lines[index];
    if (!line) break;
    if (!inColumns(line)) {
      if (line.newParagraph) out.push('');
      out.push(line.cells.map((cell) => cell.text).join('  '));
      index++;
      continue;
    }
    let end = index;
    while (end < lines.length && inColumns(lines[end] as (typeof lines)[number])) end++;
    const region = lines.slice(index, end);
    const starts = columnStarts(region.flatMap((row) => row.cells.map((cell) => cell.x)));
    if (line.newParagraph || out.length > 0) out.push('');
    starts.forEach((_, column) => {
      const columnLines: string[] = [];
      region.forEach((row, rowIndex) => {
        const cells = row.cells.filter((cell) => columnOf(starts, cell.x) === column);
        if (cells.length === 0) return;
        if (rowIndex > 0 && row.newParagraph && columnLines.length > 0) columnLines.push('');
        columnLines.push(cells.map((cell) => cell.text).join(' '));
      });
      if (columnLines.length > 0) out.push(...columnLines, '');
    });
    index = end;
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cellsOf(runs: readonly Run[]): Cell[] {
  const cells: Cell[] = [];
  let end: number | undefined;
  for (const run of runs) {
    const cell = cells.at(-1);
    if (!cell || end === undefined || run.x - end > run.size * COLUMN_GAP) cells.push({ x: run.x, text: run.text.trim() });
    else {
      const gap = run.x - end;
      const space = gap > run.size * 0.15 && !cell.text.endsWith(' ') && !run.text.startsWith(' ') ? ' ' : '';
      cell.text = `${cell.text}${space}${run.text}`.replace(/\s+/g, ' ').trim();
    }
    end = run.x + run.width;
  }
  return cells;
}

/** Where the columns begin: cells that start within a few units of each other share one. */
function columnStarts(xs: readonly number[]): number[] {
  const starts: number[] = [];
  for (const x of [...xs].sort((first, second) => first - second)) {
    if (starts.length === 0 || x - (starts.at(-1) ?? 0) > 24) starts.push(x);
  }
  return starts;
}

function columnOf(starts: readonly number[], x: number): number {
  return starts.findLastIndex((start) => start <= x + 24);
}

/** The usual line step: most steps are within a paragraph, so it sits low among them. */
function lowerQuartile(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 4)];
}

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface SiteMetrics {
  pages: number;
  distBytes: number;
  htmlMedian: number;
  htmlMax: number;
  /** The page around the content: HTML outside <main> plus the stylesheets a page links. */
  shellHtmlMax: number;
  cssBytes: number;
  pagefindBytes: number;
  /** Pages other than the search page that contain a script element. */
  readingPagesWithScript: number;
  /** Search, comparison and point-in-time pages that load a script. */
  interactivePagesWithScript: number;
  /** A typical section page, for the browser measurements. */
  sampleReadingPage: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Sizes of a built site, from its files. */
export async function siteMetrics(dist: string): Promise<SiteMetrics> {
  const files = (await readdir(dist, { recursive: true })).map((file) => file.split(path.sep).join('/'));
  let distBytes = 0;
  let pagefindBytes = 0;
  const html: { file: string; bytes: number; shell: number; script: boolean }[] = [];
  const css = new Map<string, number>();
  for (const file of files) {
    const info = await stat(path.join(dist, file));
    if (!info.isFile()) continue;
    distBytes += info.size;
    if (file.startsWith('pagefind/')) pagefindBytes += info.size;
    if (file.endsWith('.css')) css.set(`/${file}`, info.size);
    if (!file.endsWith('.html')) continue;
    const text = await readFile(path.join(dist, file), 'utf8');
    const start = text.indexOf('<main');
    const end = text.indexOf('</main>');
    const shell = start === -1 ? Buffer.byteLength(text) : Buffer.byteLength(text.slice(0, start) + text.slice(end));
    html.push({ file, bytes: info.size, shell, script: /<script/.test(text) });
  }
  // Search, comparisons and the point-in-time pages may load a script (a picker); they work without it.
  const interactive = (file: string) => file.startsWith('sok/') || /\/jamfor\//.test(file) || /(^|\/)per-datum\//.test(file);
  const reading = html.filter((page) => !interactive(page.file));
  const sections = reading
    .filter((page) => /^program\/[^/]+\/[^/]+\/[^/]+\/index\.html$/.test(page.file))
    .sort((a, b) => a.bytes - b.bytes);
  const sample = sections[Math.floor(sections.length / 2)] ?? reading[0];
  const linkedCss = [
    ...new Set([...(await readFile(path.join(dist, 'index.html'), 'utf8')).matchAll(/href="([^"]+\.css)"/g)].map((m) => m[1])),
  ];
  return {
    pages: html.length,
    distBytes,
    htmlMedian: median(html.map((page) => page.bytes)),
    htmlMax: Math.max(...html.map((page) => page.bytes)),
    shellHtmlMax: Math.max(...reading.map((page) => page.shell)),
    cssBytes: linkedCss.reduce((sum, href) => sum + (css.get(href as string) ?? 0), 0),
    pagefindBytes,
    readingPagesWithScript: reading.filter((page) => page.script).length,
    interactivePagesWithScript: html.filter((page) => interactive(page.file) && page.script).length,
    sampleReadingPage: `/${(sample?.file ?? 'index.html').replace(/index\.html$/, '')}`,
  };
}

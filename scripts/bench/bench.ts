// The benchmark: generates corpora of 1,000 and 5,000 documents, builds each cold and again after
// editing one document, builds the same files with a plain Astro baseline, measures the sites and
// searches them in Chromium, and prints the figures against the targets. Figures, not tests.
// Usage: npm run bench [-- 1000 5000] [--mdx]    (writes only under .bench/; --mdx writes one document
// in ten with a body as MDX and reports what parsing them costs)
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { browserMetrics } from './browser-metrics.ts';
import { generateCorpus, writeCorpus } from './generate-corpus.ts';
import { MDX_EVERY, type MdxCost, mdxCost } from './mdx-share.ts';
import { type Measured, runMeasured } from './measure-process.ts';
import { type SiteMetrics, siteMetrics } from './site-metrics.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, '.bench');
const node = process.execPath;
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const withMdx = process.argv.includes('--mdx');
const QUERIES = ['beredskap', 'krisstöd', 'informationssäkerhet', 'hot och våld', 'Järva'];

interface Result {
  documents: number;
  /** The content check with no parsed Markdown kept, and again right after, with the first run's. */
  check: Measured;
  checkWarm: Measured;
  cold: Measured;
  warm: Measured;
  coldSteps: Record<string, number>;
  warmSteps: Record<string, number>;
  baseline: { astro: Measured; pagefind: Measured; pages: number };
  site: SiteMetrics;
  browser: Awaited<ReturnType<typeof browserMetrics>>;
  /** With --mdx: parsing the documents written in MDX, against the same documents in Markdown. */
  mdx?: MdxCost;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

function mustSucceed(step: string, measured: Measured): Measured {
  if (measured.code !== 0) throw new Error(`${step} misslyckades:\n${measured.output.slice(-3000)}`);
  return measured;
}

function steps(measured: Measured): Record<string, number> {
  const line = measured.output.split('\n').find((text) => text.startsWith('Tider: '));
  return line ? JSON.parse(line.slice('Tider: '.length)) : {};
}

async function benchmark(documents: number): Promise<Result> {
  const corpusDir = path.join(work, `corpus-${documents}`);
  const dist = path.join(work, `dist-${documents}`);
  const cache = path.join(work, `cache-${documents}`);
  console.log(`\n== ${documents} dokument ==`);
  const corpus = generateCorpus({ documents, seed: 1, mdxEvery: withMdx ? MDX_EVERY : 0 });
  await writeCorpus(corpusDir, corpus);
  const mdx = withMdx ? mdxCost(corpus.markdownOf, corpus.files) : undefined;
  if (mdx) {
    console.log(
      `MDX: ${mdx.documents} dokument, ${mdx.mdxMs.toFixed(2)} ms per dokument att tolka (som Markdown ${mdx.markdownMs.toFixed(2)} ms)`,
    );
  }
  // Parsed Markdown is kept between runs (src/markdown/parse-cache.ts): here in a folder of the
  // benchmark's own, emptied before each cold run.
  const parseCache = path.join(work, `parse-cache-${documents}`);
  const checkEnv = { STYRDOK_PARSE_CACHE: parseCache };

  await rm(parseCache, { recursive: true, force: true });
  execFileSync('sync');
  const check = mustSucceed(
    'Innehållskontrollen',
    await runMeasured(node, ['scripts/check-content.ts', corpusDir], { cwd: root, env: checkEnv }),
  );
  const checkWarm = mustSucceed(
    'Innehållskontrollen',
    await runMeasured(node, ['scripts/check-content.ts', corpusDir], { cwd: root, env: checkEnv }),
  );
  console.log(`kontroll: ${seconds(check.ms)}, igen: ${seconds(checkWarm.ms)}`);

  const buildEnv = {
    STYRDOK_CONTENT: corpusDir,
    STYRDOK_DIST: dist,
    STYRDOK_CACHE_DIR: cache,
    STYRDOK_PARSE_CACHE: parseCache,
    STYRDOK_QUIET: '1',
    STYRDOK_TIMINGS: '1',
  };
  await rm(parseCache, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
  await rm(dist, { recursive: true, force: true });
  settleDisk(corpusDir);
  const cold = mustSucceed('Bygget', await runMeasured(node, ['scripts/build.ts'], { cwd: root, env: buildEnv }));
  console.log(`kallt bygge: ${seconds(cold.ms)}, ${gb(cold.peakRss)}`, steps(cold));

  // One editor's change: a sentence added to one remissvar.
  const edited = path.join(corpusDir, 'remissvar', ...(await firstRemissvar(corpusDir)));
  await writeFile(edited, `${await readFile(edited, 'utf8')}\nFörvaltningen har inga ytterligare synpunkter.\n`);
  execFileSync('sync');
  const warm = mustSucceed('Ombygget', await runMeasured(node, ['scripts/build.ts'], { cwd: root, env: buildEnv }));
  console.log(`ombygge efter en ändring: ${seconds(warm.ms)}`, steps(warm));

  const baseline = await buildBaseline(documents, corpusDir);
  console.log(`baslinje: astro ${seconds(baseline.astro.ms)} + pagefind ${seconds(baseline.pagefind.ms)}`);

  const site = await siteMetrics(dist);
  const browser = await browserMetrics(dist, site.sampleReadingPage, QUERIES);
  return { documents, check, checkWarm, cold, warm, coldSteps: steps(cold), warmSteps: steps(warm), baseline, site, browser, mdx };
}

const DROP_CACHES = '/proc/sys/vm/drop_caches';

/**
 * Before each cold build, ours and the baseline's: files just written are flushed to the disk and,
 * where the benchmark may (Linux, as root), the kernel's file cache is emptied, then filled again
 * with what a developer's machine has in it anyway: the packages, the code and the corpus. On this
 * virtual machine a build's time grew with what the runs before it had left in the cache (the
 * sites, Astro's copies), by a quarter over four builds in a row, almost all of it system time. The
 * checks and the rebuild keep the cache, as a developer's machine would (a rebuild reads the last
 * build's pages, which are in it).
 */
function settleDisk(corpusDir: string) {
  if (process.platform === 'win32') return;
  execFileSync('sync');
  if (!existsSync(DROP_CACHES)) return;
  try {
    writeFileSync(DROP_CACHES, '3');
  } catch {
    // Not allowed here: the steps are timed with whatever the cache holds.
    return;
  }
  cacheDropped = true;
  for (const dir of ['node_modules', 'src', 'scripts', corpusDir]) {
    for (const file of globSync('**/*', { cwd: path.resolve(root, dir), withFileTypes: true })) {
      if (file.isFile()) readFileSync(path.join(file.parentPath, file.name));
    }
  }
}
let cacheDropped = false;

async function firstRemissvar(corpusDir: string): Promise<[string, string]> {
  const remiss = (await readdir(path.join(corpusDir, 'remissvar'))).sort()[0] as string;
  const answer = (await readdir(path.join(corpusDir, 'remissvar', remiss))).sort()[0] as string;
  return [remiss, answer];
}

/** Astro with a content collection over the same files, a minimal layout, and the Pagefind CLI. */
async function buildBaseline(documents: number, corpusDir: string) {
  const site = path.join(work, `baseline-${documents}`);
  await rm(site, { recursive: true, force: true });
  await cp(path.join(root, 'scripts/bench/baseline'), site, { recursive: true });
  const dist = path.join(site, 'dist');
  const env = { BASELINE_CONTENT: corpusDir, BASELINE_DIST: dist };
  settleDisk(corpusDir);
  const astro = mustSucceed(
    'Baslinjens bygge',
    await runMeasured(node, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { cwd: site, env }),
  );
  const pagefind = mustSucceed(
    'Baslinjens Pagefind',
    await runMeasured(node, [path.join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist], { cwd: site }),
  );
  const pages = Number(/Indexed (\d+) pages?/.exec(pagefind.output)?.[1] ?? 0);
  return { astro, pagefind, pages };
}

function report(results: Result[]): string {
  const lines: string[] = [];
  const row = (label: string, value: (result: Result) => string) => lines.push(`| ${label} | ${results.map(value).join(' | ')} |`);
  lines.push(`| | ${results.map((result) => `${result.documents.toLocaleString('en')} dokument`).join(' | ')} |`);
  lines.push(`| --- | ${results.map(() => '---').join(' | ')} |`);
  row('sidor i dist/', (r) => r.site.pages.toLocaleString('en'));
  row('kallt bygge', (r) => `${seconds(r.cold.ms)} (${Math.round(r.site.pages / (r.cold.ms / 1000))} sidor/s)`);
  row(
    'varav Astro / Pagefind med läckkontroll (kontrollen parallellt med Astro)',
    (r) => `${['astro', 'publicering', 'kontroll'].map((step) => (r.coldSteps[step] ?? 0).toFixed(1)).join(' / ')} s`,
  );
  row(
    'baslinje: Astro + Pagefind-CLI',
    (r) => `${seconds(r.baseline.astro.ms + r.baseline.pagefind.ms)} (${r.baseline.pages.toLocaleString('en')} sidor)`,
  );
  row('vår tid / baslinjens', (r) => (r.cold.ms / (r.baseline.astro.ms + r.baseline.pagefind.ms)).toFixed(2));
  row('processortid, vår / baslinjens', (r) => `${seconds(r.cold.cpuMs)} / ${seconds(r.baseline.astro.cpuMs + r.baseline.pagefind.cpuMs)}`);
  row(
    'ombygge efter en ändrad fil',
    (r) =>
      `${seconds(r.warm.ms)} (${(r.warm.ms / r.cold.ms).toFixed(2)} av kallt; processortid ${(r.warm.cpuMs / r.cold.cpuMs).toFixed(2)})`,
  );
  row('högsta minne, bygget', (r) => gb(Math.max(r.cold.peakRss, r.warm.peakRss)));
  row('högsta minne, baslinjen', (r) => gb(Math.max(r.baseline.astro.peakRss, r.baseline.pagefind.peakRss)));
  row('`npm run check:content`, första gången / igen', (r) => `${seconds(r.check.ms)} / ${seconds(r.checkWarm.ms)}`);
  if (withMdx) {
    // The baseline's Astro has no MDX and leaves these documents out: compare its times without --mdx.
    row(`MDX-dokument (vart ${MDX_EVERY}:e; baslinjen utan dem): tolkning per dokument, MDX / samma som Markdown`, (r) =>
      r.mdx
        ? `${r.mdx.documents} st: ${r.mdx.mdxMs.toFixed(2)} / ${r.mdx.markdownMs.toFixed(2)} ms (${(r.mdx.mdxMs / r.mdx.markdownMs).toFixed(1)}×)`
        : '–',
    );
  }
  row('dist/', (r) => mb(r.site.distBytes));
  row('HTML per sida, median / störst', (r) => `${kb(r.site.htmlMedian)} / ${kb(r.site.htmlMax)}`);
  row('sidskal (HTML utanför main + CSS)', (r) => `${kb(r.site.shellHtmlMax)} + ${kb(r.site.cssBytes)}`);
  row('Pagefind-index', (r) => mb(r.site.pagefindBytes));
  row(
    'JavaScript på en läsesida',
    (r) =>
      `${r.browser.readingPageScriptBytes} B (${r.site.readingPagesWithScript} läsesidor med script; script på ${r.site.interactivePagesWithScript} jämförelse- och datumsidor)`,
  );
  row('söksidan (HTML, CSS, script)', (r) => kb(r.browser.searchPageBytes));
  row(
    'Pagefind, laddat av söksidan före första frågan (okomprimerat)',
    (r) => `${kb(r.browser.pagefindPreloadBytes)} (${kb(r.browser.pagefindPreloadPlainBytes)})`,
  );
  row(
    `från en läsesidas sökfält till söksidan med ?q=${QUERIES[0]} (till visade träffar)`,
    (r) => `${r.browser.arrival.ms.toFixed(0)} ms, ${kb(r.browser.arrival.bytes)}`,
  );
  for (const [index, query] of [...QUERIES, QUERIES[0]].entries()) {
    const label =
      index === 0 ? ' (första, Pagefind laddat; tid från Enter efter skriven fråga)' : index === QUERIES.length ? ' igen (varm)' : '';
    row(`sökning "${query}"${label}`, (r) => {
      const search = r.browser.searches[index];
      return search
        ? `${search.ms.toFixed(0)} ms, ${kb(search.bytes)}${search.filterBytes > 0 ? ` (+ ${kb(search.filterBytes)} för filtren)` : ''}, ${search.results} sidor`
        : '–';
    });
  }
  return lines.join('\n');
}

function targets(results: Result[]): string[] {
  const verdict = (ok: boolean) => (ok ? 'uppfyllt' : 'EJ uppfyllt');
  const out: string[] = [];
  for (const r of results) {
    const baseline = r.baseline.astro.ms + r.baseline.pagefind.ms;
    out.push(
      `${r.documents} dokument: kallt bygge högst baslinjens tid: ${verdict(r.cold.ms <= baseline)} (${(r.cold.ms / baseline).toFixed(2)})`,
    );
    out.push(
      `${r.documents} dokument: ombygge högst 0,6 av kallt: ${verdict(r.warm.ms <= 0.6 * r.cold.ms)} (${(r.warm.ms / r.cold.ms).toFixed(2)})`,
    );
    // The shell is the HTML around each page's content; the CSS is one file, cached after the first page.
    out.push(
      `${r.documents} dokument: sidskal (HTML) under 15 KB: ${verdict(r.site.shellHtmlMax < 15 * 1024)} (${kb(r.site.shellHtmlMax)}; med CSS ${kb(r.site.shellHtmlMax + r.site.cssBytes)})`,
    );
    out.push(
      `${r.documents} dokument: inget JavaScript på läsesidor: ${verdict(r.browser.readingPageScriptBytes === 0 && r.site.readingPagesWithScript === 0)}`,
    );
    const [first] = r.browser.searches;
    const warm = r.browser.searches.slice(1);
    if (first && r.documents === 1000) {
      // The first search's bytes count Pagefind, whether the search page loaded it before the query or after.
      // Sent as GitHub Pages sends them, text compressed; the uncompressed figure is beside it.
      const firstBytes = first.bytes + r.browser.pagefindPreloadBytes;
      const firstPlain = first.plainBytes + r.browser.pagefindPreloadPlainBytes;
      out.push(
        `${r.documents} dokument: första sökningen högst 300 ms och 150 KB: ${verdict(first.ms <= 300 && firstBytes <= 150 * 1024)} (${first.ms.toFixed(0)} ms, ${kb(firstBytes)} med Pagefind; okomprimerat ${kb(firstPlain)})`,
      );
      const { arrival } = r.browser;
      out.push(
        `${r.documents} dokument: första sökningen från en länk med ?q= högst 300 ms och 150 KB utöver söksidan: ${verdict(arrival.ms <= 300 && arrival.bytes - r.browser.searchPageBytes <= 150 * 1024)} (${arrival.ms.toFixed(0)} ms, ${kb(arrival.bytes - r.browser.searchPageBytes)})`,
      );
      const slowest = Math.max(...warm.map((search) => search.ms));
      const again = warm.at(-1);
      out.push(
        `${r.documents} dokument: varm sökning (Pagefind laddat) högst 50 ms: ${verdict(slowest <= 50)} (långsammaste ${slowest.toFixed(0)} ms; samma fråga igen ${again?.ms.toFixed(0)} ms)`,
      );
    }
    if (r.documents >= 5000) {
      out.push(
        `${r.documents} dokument: högsta minne högst 3,5 GB: ${verdict(Math.max(r.cold.peakRss, r.warm.peakRss) <= 3.5 * 1024 ** 3)}`,
      );
      out.push(
        `${r.documents} dokument: innehållskontroll under 10 s: första gången ${verdict(r.check.ms < 10_000)} (${seconds(r.check.ms)}), igen ${verdict(r.checkWarm.ms < 10_000)} (${seconds(r.checkWarm.ms)})`,
      );
    }
  }
  if (results.length > 1) {
    const shells = results.map((r) => r.site.shellHtmlMax);
    out.push(
      `sidskalet växer inte med korpusen: ${verdict(Math.max(...shells) - Math.min(...shells) < 512)} (${shells.map(kb).join(' → ')})`,
    );
  }
  return out;
}

const results: Result[] = [];
for (const documents of sizes.length > 0 ? sizes : [1000, 5000]) results.push(await benchmark(documents));
const machine = `${os.cpus().length} kärnor (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.versions.node}`;
const text = [
  `Uppmätt ${new Date().toISOString().slice(0, 10)} på ${machine}; ${cacheDropped ? 'filcachen tömd före de kalla byggena och fylld med paketen, koden och korpusen' : 'filcachen kunde inte tömmas (inte root): de kalla byggenas tider beror på vad den redan höll'}.`,
  '',
  report(results),
  '',
  ...targets(results).map((line) => `- ${line}`),
].join('\n');
console.log(`\n${text}`);
await writeFile(path.join(work, 'results.md'), `${text}\n`);
await writeFile(
  path.join(work, 'results.json'),
  JSON.stringify(
    results.map(({ check, checkWarm, cold, warm, baseline, ...rest }) => ({
      ...rest,
      checkMs: check.ms,
      checkWarmMs: checkWarm.ms,
      coldMs: cold.ms,
      warmMs: warm.ms,
      peakRss: Math.max(cold.peakRss, warm.peakRss),
      baselineMs: baseline.astro.ms + baseline.pagefind.ms,
      baselinePeakRss: Math.max(baseline.astro.peakRss, baseline.pagefind.peakRss),
    })),
    null,
    2,
  ),
);

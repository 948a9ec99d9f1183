// Builds the site into a temporary folder — the content check (beside Astro's bundling, on the other
// core; no page is rendered until it has passed),
// Astro, and the leak guard and Pagefind taking each page as Astro renders it (scripts/publish/) — and
// replaces dist/ only when every step succeeded, so a failed build never leaves a half-written site.
// Usage: node scripts/build.ts   (STYRDOK_CONTENT=folder builds another content folder)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import type { PublishInputs } from '#lib/publicity/publish-inputs.ts';
import { SEARCHABLE_MARK } from '#lib/search/search-index-copy.ts';
import { outputFileOf, PageStream } from './publish/page-stream.ts';
import { renderTap } from './publish/render-tap.ts';
import { PublisherThread } from './publish/publisher-thread.ts';
import { styrdokEnvironment } from '#config/environment.ts';
import { commandArguments } from './command-line.ts';

commandArguments(
  {
    summary:
      'Bygger webbplatsen i dist/: kontrollerar innehållet, skapar sidorna och sökindexet. dist/ byts ut först när allt har lyckats.',
    forms: ['npm run build', 'STYRDOK_CONTENT=<mapp> STYRDOK_DIST=<mapp> npm run build   (annat innehåll, annan målmapp)'],
  },
  { options: {} },
);

const root = process.cwd();
const environment = styrdokEnvironment(root);
const contentDir = environment.contentDir;
const target = environment.distDir;
// Beside the target, so the final rename stays on one file system.
const temporary = `${target}.styrdok-build-${process.pid}`;

const timings: Record<string, number> = {};
async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[step] = Number(((performance.now() - start) / 1000).toFixed(2));
  }
}

const CONTENT_FAILED = 'Innehållet har fel (se ovan). Webbplatsen byggdes inte; den förra versionen i dist/ är orörd.';

async function main() {
  const checking = timed('kontroll', () => runContentCheck(contentDir));

  await mkdir(path.dirname(target), { recursive: true });
  const cacheDir =
    environment.cacheDir ??
    path.join(root, 'node_modules/.astro', createHash('sha256').update(`${contentDir}\n${target}`).digest('hex').slice(0, 12));
  process.env.STYRDOK_CACHE_DIR = cacheDir;
  process.env.STYRDOK_OUT_DIR = temporary;
  process.env.STYRDOK_CONTENT = contentDir;

  // Pages are guarded and handed to Pagefind while Astro renders the rest, in the order Astro lists
  // them, so two builds give the same index; Pagefind builds and writes the index at the end. Both
  // run on a thread of their own (scripts/publish/publish-worker.ts), beside Astro's.
  const publisher = new PublisherThread(checking);
  const previousFiles = await previousOutputFiles(cacheDir);
  const stream = new PageStream({
    previousFile: (listed) => previousFiles.get(`${listed.component}\n${listed.pathname}`),
    cachedCopy: (file) => {
      const copy = path.join(cacheDir, 'dist', file);
      return existsSync(copy) ? copy : undefined;
    },
    emit: (page) => publisher.page(page),
  });
  const tap = renderTap(
    {
      listed: (paths) => stream.listed(paths),
      started: (pathname) => stream.started(pathname),
      rendered: (pathname, type, body) => {
        const file = outputFileOf({ pathname, type });
        if (!body) return stream.rendered(pathname, file, undefined);
        // A searchable page is kept until the search index takes it, in order, and guarded then; any other file now.
        if (body.includes(SEARCHABLE_MARK)) stream.rendered(pathname, file, body.toString('utf8'));
        else {
          stream.rendered(pathname, file, undefined);
          publisher.guardNow(file, body);
        }
      },
    },
    {
      // The check and Astro's bundling run side by side; no page is rendered until the check has
      // passed, so bad content stops the build with the check's report and nothing else.
      beforeRendering: async () => {
        if (!(await checking)) await stop(new Error(CONTENT_FAILED), { rendered: false });
      },
    },
  );
  // A rebuild mostly copies pages from Astro's cache: watching them arrive lets Pagefind have them early.
  const watching = setInterval(() => stream.advance((listed) => existsSync(path.join(temporary, outputFileOf(listed)))), 100);
  try {
    await timed('astro', () =>
      withBuildLock(() => build({ root, outDir: temporary, logLevel: environment.quiet ? 'error' : 'info', integrations: [tap] })),
    );
  } catch (error) {
    // Bad content usually breaks Astro too; the check's report says what to fix, Astro's does not.
    if (!(await checking)) throw new Error(CONTENT_FAILED);
    throw error;
  } finally {
    clearInterval(watching);
  }
  if (!(await checking)) throw new Error(CONTENT_FAILED);

  let pages = 0;
  await timed('publicering', async () => {
    const files = (await filesUnder(temporary)).filter((file) => /\.(html|json|xml|txt|csv)$/.test(file)).sort();
    const written = new Set(files);
    publisher.throwIfLeaked();
    // The pages Astro copied from its cache after the last one it rendered, and any it did not render.
    await stream.finish((listed) => {
      const file = outputFileOf(listed);
      return written.has(file) ? { file, absolute: path.join(temporary, file) } : undefined;
    });
    // Every file passes the guard, whatever step wrote it (those not guarded as they were rendered
    // are read by the guard's thread); a searchable page that was not in Astro's list (none is,
    // today) is indexed after the rest, in path order.
    for (const file of files.filter((file) => !publisher.guarded.has(file))) {
      await publisher.page({ file, absolute: path.join(temporary, file) });
    }
    pages = await publisher.write(path.join(temporary, 'pagefind'));
  });
  console.log(`Pagefind indexerade ${pages} sidor.`);

  const previous = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, previous);
  await rename(temporary, target);
  if (existsSync(previous)) removeInBackground(previous);
  console.log(`Webbplatsen finns i ${path.relative(root, target) || target}/.`);
  if (environment.timings) console.log(`Tider: ${JSON.stringify(timings)}`);
}

/**
 * Where the last build wrote each path, from Astro's incremental-build manifest, by route file and
 * path: a page Astro copies from its cache can then be read from there while Astro works on.
 */
async function previousOutputFiles(cacheDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  try {
    const manifest = JSON.parse(await readFile(path.join(cacheDir, 'incremental-build.json'), 'utf8')) as {
      routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
    };
    for (const [component, { paths }] of Object.entries(manifest.routes)) {
      for (const [pathname, { outputFile }] of Object.entries(paths)) files.set(`${component}\n${pathname}`, outputFile);
    }
  } catch {
    // No earlier build (or one Astro will not reuse): every page is rendered and read as it comes.
  }
  return files;
}

/** Astro's incremental-build cache: its copy of every rendered page, and the manifest naming them. */
async function forgetRenderedPages() {
  const cache = styrdokEnvironment(root).cacheDir;
  if (!cache) return;
  await rm(path.join(cache, 'dist'), { recursive: true, force: true });
  await rm(path.join(cache, 'incremental-build.json'), { force: true });
}

/**
 * Astro keeps its server chunks in the output folder when that is inside the project, but in the
 * project's own `.astro/` when it is not, where two builds at once (tests in parallel, say) would
 * overwrite each other's. Builds to a folder outside the project therefore take turns.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  if (!path.relative(root, temporary).startsWith('..')) return work();
  const lock = path.join(root, '.astro', 'styrdok-build.lock');
  await mkdir(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(await readFile(lock, 'utf8').catch(() => '0'));
      if (holder && isRunning(holder)) await new Promise((resolve) => setTimeout(resolve, 200));
      else await rm(lock, { force: true });
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The new site is in place; deleting the old one (tens of thousands of files in a large corpus)
 * need not hold up whoever waits for the build, so a detached process does it.
 */
function removeInBackground(dir: string) {
  const script = `require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', script], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * The content check as its own process, so it runs on the other core while Astro renders. Its report
 * is passed on as it is (with GitHub annotations in Actions). Resolves, when the content is free of
 * errors, with what the last pass over the output needs from it (src/lib/publicity/publish-inputs.ts).
 */
function runContentCheck(dir: string): Promise<PublishInputs | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/check-content.ts'), dir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let inputs: PublishInputs | undefined;
    child.on('message', (message: PublishInputs) => {
      inputs = message;
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(out));
      process.stderr.write(Buffer.concat(err));
      if (code === 0 && !inputs) {
        reject(
          new Error(
            'Innehållskontrollen avslutades utan att ge bygget listan över opublicerad text. Kör "npm run check:content" och se vad den skriver.',
          ),
        );
      } else resolve(code === 0 ? inputs : undefined);
    });
  });
}

/**
 * Every file under `dir`, as `/`-separated paths relative to it (as URLs and Astro's file names
 * have them). Node's recursive readdir reads one folder at a time (4 s for a large site); reading
 * every folder of a level at once takes an eighth of that.
 */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = path.posix.join(prefix, entry.name);
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    }),
  );
  return nested.flat();
}

/** Ends a failed build: no half-written site, and the last good one in place. */
async function stop(error: unknown, { rendered }: { rendered: boolean }): Promise<never> {
  await rm(temporary, { recursive: true, force: true });
  // Pages rendered by a build that was refused (bad content, a leak) are not kept for the next one.
  if (rendered) await forgetRenderedPages();
  console.error(`\nBygget misslyckades: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

try {
  await main();
} catch (error) {
  await stop(error, { rendered: true });
}

// Builds the site into a temporary folder — content check (beside Astro, on the other core), Astro,
// then Pagefind and the leak guard in one pass over the output — and replaces dist/ only when every
// step succeeded, so a failed build never leaves a half-written site.
// Usage: node scripts/build.ts   (STYRDOK_CONTENT=folder builds another content folder)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { findIdentityNumbers, maskIdentityNumber } from '../src/lib/checks/personnummer.ts';
import { compoundSplitter } from '../src/lib/decompound.ts';
import type { PublishInputs } from '../src/lib/publish-inputs.ts';
import { searchIndexCopy } from '../src/lib/search-index-copy.ts';

const root = process.cwd();
const contentDir = path.resolve(root, process.env.STYRDOK_CONTENT ?? 'content');
const target = path.resolve(root, process.env.STYRDOK_DIST ?? 'dist');
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
  process.env.STYRDOK_CACHE_DIR ??= path.join(
    root,
    'node_modules/.astro',
    createHash('sha256').update(`${contentDir}\n${target}`).digest('hex').slice(0, 12),
  );
  process.env.STYRDOK_OUT_DIR = temporary;
  process.env.STYRDOK_CONTENT = contentDir;
  try {
    await timed('astro', () =>
      withBuildLock(() => build({ root, outDir: temporary, logLevel: process.env.STYRDOK_QUIET ? 'error' : 'info' })),
    );
  } catch (error) {
    // Bad content usually breaks Astro too; the check's report says what to fix, Astro's does not.
    if (!(await checking)) throw new Error(CONTENT_FAILED);
    throw error;
  }
  const inputs = await checking;
  if (!inputs) throw new Error(CONTENT_FAILED);

  const pages = await timed('publicering', () => indexAndGuard(temporary, inputs));
  console.log(`Pagefind indexerade ${pages} sidor.`);

  const previous = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, previous);
  await rename(temporary, target);
  if (existsSync(previous)) removeInBackground(previous);
  console.log(`Webbplatsen finns i ${path.relative(root, target) || target}/.`);
  if (process.env.STYRDOK_TIMINGS) console.log(`Tider: ${JSON.stringify(timings)}`);
}

/** Astro's incremental-build cache: its copy of every rendered page, and the manifest naming them. */
async function forgetRenderedPages() {
  const cache = process.env.STYRDOK_CACHE_DIR;
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
 * errors, with what the last pass over the output needs from it (src/lib/publish-inputs.ts).
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
    // Astro's rendering is the longer path; the check gets the processor time Astro leaves.
    if (child.pid) os.setPriority(child.pid, 10);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(out));
      process.stderr.write(Buffer.concat(err));
      if (code === 0 && !inputs) reject(new Error('Innehållskontrollen gav inte bygget det det behöver för sista kontrollen.'));
      else resolve(code === 0 ? inputs : undefined);
    });
  });
}

/**
 * One pass over the built files. Each is checked by the last guard before publishing — no unpublished
 * text and no identity number, whatever step put it there — and each searchable page goes to Pagefind
 * as a copy with compound parts marked (säkerhets^programmet), so "program" finds
 * "säkerhetsprogrammet"; the published pages are unchanged. The parts come from the corpus's own
 * words. STYRDOK_DECOMPOUND=0 indexes the pages as they are.
 */
async function indexAndGuard(dir: string, { markers, lexicon }: PublishInputs): Promise<number> {
  const split = process.env.STYRDOK_DECOMPOUND === '0' ? () => undefined : compoundSplitter({ words: new Set(lexicon) });
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
  if (!index || errors.length > 0) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  const files = (await filesUnder(dir)).filter((file) => /\.(html|json|xml|txt|csv)$/.test(file)).sort();
  // Read a batch at a time (one file at a time spends most of its time waiting on the disk) while
  // Pagefind indexes the pages already sent, on its own core. Pagefind handles its messages in the
  // order they come, and pages are sent in path order, so two builds write the same index; a
  // window of pages in flight keeps its queue full without holding every page in memory.
  const inFlight: Promise<void>[] = [];
  let pages = 0;
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const texts = await Promise.all(batch.map((file) => readFile(path.join(dir, file), 'utf8')));
    for (const [position, file] of batch.entries()) {
      const text = texts[position] as string;
      guardAgainstLeaks(file, text, markers);
      const content = file.endsWith('.html') ? searchIndexCopy(text, split) : undefined;
      if (!content) continue;
      const url = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
      const added = index.addHTMLFile({ url, content }).then((result) => {
        if (result.errors.length > 0) throw new Error(`Pagefind kunde inte indexera ${file}: ${result.errors.join('; ')}`);
      });
      // Awaited in turn below; a leak found meanwhile must not leave a rejection unhandled.
      added.catch(() => {});
      inFlight.push(added);
      pages++;
      if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    }
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind kunde inte skriva indexet: ${written.errors.join('; ')}`);
  await pagefind.close();
  return pages;
}
const BATCH = 32;
const IN_FLIGHT = 128;

/**
 * Every file under `dir`, as paths relative to it. Node's recursive readdir reads one folder at a
 * time (4 s for a large site); reading every folder of a level at once takes an eighth of that.
 */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(dir, path.join(prefix, entry.name)) : [path.join(prefix, entry.name)])),
  );
  return nested.flat();
}

function guardAgainstLeaks(file: string, text: string, markers: PublishInputs['markers']) {
  const leak = markers.find(({ marker }) => text.includes(marker));
  if (leak) throw new Error(`${leak.path} är inte offentlig men texten "${leak.marker}" finns i ${file}. Bygget avbröts.`);
  const [identityNumber] = findIdentityNumbers(text, { standalone: true });
  if (identityNumber) {
    throw new Error(`${file} innehåller ett ${identityNumber.kind} (${maskIdentityNumber(identityNumber.text)}). Bygget avbröts.`);
  }
}

try {
  await main();
} catch (error) {
  await rm(temporary, { recursive: true, force: true });
  // Pages rendered by a build that was refused (bad content, a leak) are not kept for the next one.
  await forgetRenderedPages();
  console.error(`\nBygget misslyckades: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

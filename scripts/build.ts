// Builds the site into a temporary folder — content check, Astro, Pagefind, leak guard — and
// replaces dist/ only when every step succeeded, so a failed build never leaves a half-written site.
// Usage: node scripts/build.ts   (STYRDOK_CONTENT=folder builds another content folder)
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { checkContent } from '../src/lib/check-content.ts';
import { findIdentityNumbers, maskIdentityNumber } from '../src/lib/checks/personnummer.ts';
import { unpublishedMarkers } from '../src/lib/leak-guard.ts';
import { corpusLexicon } from '../src/lib/corpus-lexicon.ts';
import { compoundSplitter } from '../src/lib/decompound.ts';
import { type ContentEntries, readContentEntries } from '../src/lib/read-content.ts';
import { searchIndexCopy } from '../src/lib/search-index-copy.ts';

const root = process.cwd();
const contentDir = path.resolve(root, process.env.STYRDOK_CONTENT ?? 'content');
const target = path.resolve(root, process.env.STYRDOK_DIST ?? 'dist');
// Beside the target, so the final rename stays on one file system.
const temporary = `${target}.styrdok-build-${process.pid}`;

async function main() {
  const problems = await checkContent(contentDir, root);
  for (const problem of problems) console.error(problem.format());
  if (problems.some((problem) => problem.severity === 'fel')) {
    throw new Error('Innehållet har fel (se ovan). Webbplatsen byggdes inte; den förra versionen i dist/ är orörd.');
  }

  await mkdir(path.dirname(target), { recursive: true });
  process.env.STYRDOK_CACHE_DIR ??= path.join(
    root,
    'node_modules/.astro',
    createHash('sha256').update(`${contentDir}\n${target}`).digest('hex').slice(0, 12),
  );
  process.env.STYRDOK_OUT_DIR = temporary;
  process.env.STYRDOK_CONTENT = contentDir;
  await build({ root, outDir: temporary, logLevel: process.env.STYRDOK_QUIET ? 'error' : 'info' });

  const { entries } = await readContentEntries(contentDir, root);
  const pages = await indexForSearch(temporary, entries);
  console.log(`Pagefind indexerade ${pages} sidor.`);

  await assertNothingUnpublished(temporary, entries);

  const previous = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, previous);
  await rename(temporary, target);
  await rm(previous, { recursive: true, force: true });
  console.log(`Webbplatsen finns i ${path.relative(root, target) || target}/.`);
}

// The last guard before publishing: no unpublished text and no identity number in any built file,
// whatever step put it there.
/**
 * Pagefind gets a copy of each searchable page with compound parts marked (säkerhets^programmet),
 * so "program" finds "säkerhetsprogrammet"; the published pages are unchanged. The parts come from
 * the corpus's own words. STYRDOK_DECOMPOUND=0 indexes the pages as they are.
 */
async function indexForSearch(dir: string, entries: ContentEntries): Promise<number> {
  const split = process.env.STYRDOK_DECOMPOUND === '0' ? () => undefined : compoundSplitter(corpusLexicon(entries));
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
  if (!index || errors.length > 0) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  let pages = 0;
  for (const file of files) {
    const content = searchIndexCopy(await readFile(path.join(dir, file), 'utf8'), split);
    if (!content) continue;
    const url = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length > 0) throw new Error(`Pagefind kunde inte indexera ${file}: ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind kunde inte skriva indexet: ${written.errors.join('; ')}`);
  await pagefind.close();
  return pages;
}

async function assertNothingUnpublished(dir: string, entries: ContentEntries) {
  const markers = unpublishedMarkers(entries);
  const files = (await readdir(dir, { recursive: true })).filter((file) => /\.(html|json|xml|txt|csv)$/.test(file));
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const leak = markers.find(({ marker }) => text.includes(marker));
    if (leak) throw new Error(`${leak.path} är inte offentlig men texten "${leak.marker}" finns i ${file}. Bygget avbröts.`);
    const [identityNumber] = findIdentityNumbers(text, { standalone: true });
    if (identityNumber) {
      throw new Error(`${file} innehåller ett ${identityNumber.kind} (${maskIdentityNumber(identityNumber.text)}). Bygget avbröts.`);
    }
  }
}

try {
  await main();
} catch (error) {
  await rm(temporary, { recursive: true, force: true });
  console.error(`\nBygget misslyckades: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

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
import { readContentEntries } from '../src/lib/read-content.ts';

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

  const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
  if (!index || errors.length > 0) throw new Error(`Pagefind kunde inte starta: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: temporary });
  if (added.errors.length > 0) throw new Error(`Pagefind kunde inte indexera: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(temporary, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind kunde inte skriva indexet: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`Pagefind indexerade ${added.page_count} sidor.`);

  await assertNothingUnpublished(temporary);

  const previous = `${target}.old-${process.pid}`;
  if (existsSync(target)) await rename(target, previous);
  await rename(temporary, target);
  await rm(previous, { recursive: true, force: true });
  console.log(`Webbplatsen finns i ${path.relative(root, target) || target}/.`);
}

// The last guard before publishing: no unpublished text and no identity number in any built file,
// whatever step put it there.
async function assertNothingUnpublished(dir: string) {
  const { entries } = await readContentEntries(contentDir, root);
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

import path from 'node:path';
import { importContext } from '#lib/import/import-context.ts';
import type { ImportContext } from '#lib/import/import-context.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { ROOT } from '../../support/paths.ts';

/** What the importer knows of a content folder (the real one by default). */
export async function contentContext(contentDir = path.join(ROOT, 'content')): Promise<ImportContext> {
  return importContext((await readContentEntries(contentDir, ROOT)).entries);
}

/** The seed statement, Järva's tjänsteutlåtande as text taken from its PDF. */
export const SEED = path.join(ROOT, 'tests/fixtures/import/jarva-2023-665.txt');

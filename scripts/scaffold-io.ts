// What the two scaffolding commands share: reading the content, writing the new file only if
// nothing is there, and telling the editor in Swedish what happened.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCorpus } from '#lib/corpus/build-corpus.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { ScaffoldError, type ScaffoldedFile } from '#lib/authoring/scaffold.ts';
import { styrdokEnvironment } from '#config/environment.ts';

export const contentDir = styrdokEnvironment().contentDir;

/** The corpus as the check sees it, unpublished documents included, so no ID is taken twice. */
export async function loadCorpus(): Promise<Corpus> {
  const { entries } = await readContentEntries(contentDir);
  return buildCorpus(entries, { render: false }).corpus;
}

/** Today in Stockholm, as YYYY-MM-DD. */
export function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

/** Writes the file unless one is already there (even one the check cannot read). */
export async function writeScaffold(make: () => ScaffoldedFile): Promise<void> {
  try {
    const file = make();
    const target = path.join(contentDir, file.path);
    const shown = path.relative(process.cwd(), target);
    if (existsSync(target)) throw new ScaffoldError(`${shown} finns redan.`, 'Ändra i den filen, eller välj ett annat id.');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text, { flag: 'wx' });
    console.log(`Skapade ${shown}.`);
    for (const note of file.notes) console.log(`- ${note}`);
    console.log('- Kör "npm run check:content" när du är klar.');
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    console.error(`Fel: ${error.message}${error.hint ? ` ${error.hint}` : ''}`);
    process.exit(1);
  }
}

/** Fails with the usage line when an option is missing. */
export function required(value: string | undefined, option: string, usage: string): string {
  if (value?.trim()) return value.trim();
  console.error(`Fel: ${option} saknas.\nSå här: ${usage}`);
  process.exit(1);
}

import { EventEmitter } from 'node:events';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentFiles } from '../../src/loaders/content-files.ts';
import { skippedFiles } from '../../src/loaders/skipped-files.ts';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { ROOT } from '../support/paths.ts';

const FILE = 'anvisningar/larm/2022.md';

/** What Astro hands a loader under `npm run dev`, as far as ours uses it, with a store to look into. */
function devContext(parseData: (entry: { id: string; data: Record<string, unknown> }) => Promise<unknown>) {
  const entries = new Map<string, { id: string; data: unknown; digest?: string }>();
  const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
  const context = {
    config: { root: pathToFileURL(`${ROOT}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: unknown; digest?: string }) => void entries.set(entry.id, entry),
      delete: (id: string) => void entries.delete(id),
      keys: () => [...entries.keys()],
    },
    parseData,
    generateDigest: (text: string) => String(text.length) + text.slice(-200),
    logger: { error: () => undefined, info: () => undefined, warn: () => undefined },
    watcher,
  } as unknown as LoaderContext;
  return { context, entries, watcher };
}

let remove: (() => Promise<void>) | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await remove?.();
});

describe('the content loader under npm run dev', () => {
  it('ends with what the file holds last, when a slow load of an earlier save finishes after a later one', async () => {
    const copy = await fixtureCopy();
    remove = copy.remove;
    vi.stubEnv('STYRDOK_CONTENT', copy.dir);
    // The broken save takes long to validate; the fixed one is quick. Loaded side by side, the
    // broken one would finish last and leave the page broken after the editor fixed it.
    const { context, entries, watcher } = devContext(async ({ data }) => {
      if (data.titel === 'Trasig') {
        await new Promise((resolve) => setTimeout(resolve, 300));
        throw new Error('ogiltig');
      }
      return data;
    });
    await contentFiles('anvisningar').load(context);
    const id = [...entries.keys()].find((key) => key.startsWith('larm'));
    expect(id).toBeDefined();

    await copy.edit(FILE, (text) => text.replace('titel: Anvisning för larm och krisstöd', 'titel: Trasig'));
    watcher.emit('change', path.join(copy.dir, FILE));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await copy.edit(FILE, (text) => text.replace('titel: Trasig', 'titel: Anvisning för larm och krisstöd'));
    watcher.emit('change', path.join(copy.dir, FILE));

    await vi.waitFor(
      () => {
        expect((entries.get(id as string)?.data as { titel?: string } | undefined)?.titel).toBe('Anvisning för larm och krisstöd');
        expect([...skippedFiles().keys()].filter((file) => file.includes('larm'))).toEqual([]);
      },
      { timeout: 10_000 },
    );
    // Still so once every load has ended.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((entries.get(id as string)?.data as { titel?: string } | undefined)?.titel).toBe('Anvisning för larm och krisstöd');
    expect([...skippedFiles().keys()].filter((file) => file.includes('larm'))).toEqual([]);
  });
});

describe('a broken file the editor deletes under npm run dev', () => {
  it('is no longer reported once it is gone', async () => {
    const copy = await fixtureCopy();
    remove = copy.remove;
    vi.stubEnv('STYRDOK_CONTENT', copy.dir);
    const { context, watcher } = devContext(async ({ data }) => data);
    await contentFiles('anvisningar').load(context);
    const broken = 'anvisningar/larm/2026.md';
    await copy.write(broken, 'Ingen frontmatter.\n');
    watcher.emit('add', path.join(copy.dir, broken));
    const skippedBroken = () => [...skippedFiles().keys()].filter((file) => file.endsWith(broken));
    await vi.waitFor(() => expect(skippedBroken()).toHaveLength(1), { timeout: 10_000 });

    await rm(path.join(copy.dir, broken));
    watcher.emit('unlink', path.join(copy.dir, broken));
    await vi.waitFor(() => expect(skippedBroken()).toEqual([]), { timeout: 10_000 });
  });
});

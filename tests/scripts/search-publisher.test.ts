import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { PublisherThread } from '../../scripts/publish/publisher-thread.ts';
import { SearchPublisher } from '../../scripts/publish/search-publisher.ts';
import type { PublishInputs } from '#lib/publicity/publish-inputs.ts';

const MARKERS = [{ path: 'content/anvisningar/hemlig/2023.md', marker: 'Hemlig anvisning om skyddsvärden & lås' }];
const index = { addHTMLFile: async () => ({ errors: [] }), writeFiles: async () => ({ errors: [] }) } as unknown as pagefind.PagefindIndex;
const publisher = () => new SearchPublisher(index, Promise.resolve({ markers: MARKERS, lexicon: [] }));

describe('the last guard before publishing', () => {
  it('stops a page that holds an unpublished document’s text, naming both files', async () => {
    await expect(
      publisher().guard({ file: 'sok/index.html', text: '<h1>Hemlig anvisning om skyddsvärden &amp; lås</h1>' }),
    ).rejects.toThrow(
      'content/anvisningar/hemlig/2023.md är inte offentlig men texten "Hemlig anvisning om skyddsvärden & lås" finns i sok/index.html',
    );
  });

  it('keeps what it found while Astro renders, on its own thread, and fails the build after', async () => {
    const thread = new PublisherThread(Promise.resolve({ markers: MARKERS, lexicon: [] }));
    thread.guardNow('api/anvisningar.json', Buffer.from('{"titel":"Hemlig anvisning om skyddsvärden & lås"}'));
    await thread.page({ file: 'index.html', text: searchable('Offentlig text') });
    expect([...thread.guarded].sort()).toEqual(['api/anvisningar.json', 'index.html']);
    const output = await mkdtemp(path.join(os.tmpdir(), 'styrdok-publisher-'));
    await expect(thread.write(path.join(output, 'pagefind'))).rejects.toThrow(
      'content/anvisningar/hemlig/2023.md är inte offentlig men texten "Hemlig anvisning om skyddsvärden & lås" finns i api/anvisningar.json',
    );
    expect(existsSync(path.join(output, 'pagefind'))).toBe(false);
  });

  it('indexes what it is given once the content check has answered, and files it reads itself', async () => {
    let answer: (inputs: PublishInputs) => void = () => {};
    const thread = new PublisherThread(new Promise((resolve) => (answer = resolve)));
    await thread.page({ file: 'remisser/index.html', text: searchable('Remisser om säkerhetsprogrammet') });
    const output = await mkdtemp(path.join(os.tmpdir(), 'styrdok-publisher-'));
    await writeFile(path.join(output, 'ordlista.html'), searchable('Ordlista med krisberedskap'));
    await thread.page({ file: 'ordlista.html', absolute: path.join(output, 'ordlista.html') });
    answer({ markers: MARKERS, lexicon: [] });
    expect(await thread.write(path.join(output, 'pagefind'))).toBe(2);
    expect(existsSync(path.join(output, 'pagefind/pagefind-entry.json'))).toBe(true);
  });

  it('fails the build, naming the file, when a file it was given cannot be read', async () => {
    const thread = new PublisherThread(Promise.resolve({ markers: MARKERS, lexicon: [] }));
    await thread.page({ file: 'saknas.html', absolute: path.join(os.tmpdir(), 'styrdok-saknas', 'saknas.html') });
    await expect(thread.write(path.join(os.tmpdir(), 'styrdok-saknas', 'pagefind'))).rejects.toThrow('saknas.html');
  });
});

function searchable(text: string): string {
  return `<html lang="sv"><body><main data-pagefind-body><h1>${text}</h1><p>${text}.</p></main></body></html>`;
}

import type * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { SearchPublisher } from '../../scripts/publish/search-publisher.ts';

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

  it('keeps what it found while Astro renders, and fails the build after', async () => {
    const guarding = publisher();
    await guarding.guard({ file: 'index.html', text: '<p>Offentlig text</p>' });
    guarding.guardNow({ file: 'api/anvisningar.json', text: '{"titel":"Hemlig anvisning om skyddsvärden & lås"}' });
    expect(guarding.guarded.has('index.html')).toBe(true);
    expect(guarding.guarded.has('api/anvisningar.json')).toBe(false);
    expect(() => guarding.throwIfLeaked()).toThrow('finns i api/anvisningar.json');
  });
});

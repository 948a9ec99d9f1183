import { describe, expect, it } from 'vitest';
import { COMPOUND_MARK as M, searchIndexCopy, unmarkCompoundParts } from '#lib/search/search-index-copy.ts';

const split = (word: string) => (word.toLowerCase() === 'krisberedskap' ? [word.slice(0, 4), word.slice(4)] : undefined);
const page = (main: string) =>
  `<!doctype html><html lang="sv"><head><title>Krisberedskap</title></head><body><header>Krisberedskap</header>${main}<footer>Krisberedskap</footer></body></html>`;

describe('searchIndexCopy', () => {
  it('keeps the html tag and the indexed element, with compounds marked in text only', () => {
    const main =
      '<main data-pagefind-body><h1 title="Krisberedskap">Krisberedskap</h1><p data-x="a > b">Om &amp; mer</p>' +
      '<script>const krisberedskap = 1;</script><!-- krisberedskap --></main>';
    expect(searchIndexCopy(page(main), split)).toBe(
      `<html lang="sv"><body><main data-pagefind-body><h1 title="Krisberedskap">Kris${M}beredskap</h1><p data-x="a > b">Om &amp; mer</p>` +
        '<script>const krisberedskap = 1;</script><!-- krisberedskap --></main></body></html>',
    );
  });

  it('marks only what Pagefind indexes, and each word once a page', () => {
    const main =
      '<main data-pagefind-body><p data-pagefind-ignore>Krisberedskap <b>krisberedskap</b></p><nav>Krisberedskap</nav>' +
      '<p>Krisberedskap<br>och krisberedskap</p></main>';
    expect(searchIndexCopy(page(main), split)).toBe(
      '<html lang="sv"><body><main data-pagefind-body><p data-pagefind-ignore>Krisberedskap <b>krisberedskap</b></p><nav>Krisberedskap</nav>' +
        `<p>Kris${M}beredskap<br>och krisberedskap</p></main></body></html>`,
    );
  });

  it('separates the text of adjacent cells, which Pagefind would run together', () => {
    expect(searchIndexCopy(page('<main data-pagefind-body><dl><dt>Diarienummer</dt><dd>KS 2023/1254</dd></dl></main>'), split)).toContain(
      '<dl><dt>Diarienummer</dt> <dd>KS 2023/1254</dd> </dl>',
    );
  });

  it('leaves out a page that has nothing for search', () => {
    expect(searchIndexCopy(page('<main><p>Krisberedskap</p></main>'), split)).toBeUndefined();
  });

  it('is undone for what the search page shows', () => {
    const marked = searchIndexCopy(page('<main data-pagefind-body><p>Krisberedskap, x^2 och <mark>krisberedskap</mark></p></main>'), split);
    expect(marked).toContain(`Kris${M}beredskap`);
    expect(unmarkCompoundParts(marked ?? '')).toContain('<p>Krisberedskap, x^2 och <mark>krisberedskap</mark></p>');
  });
});

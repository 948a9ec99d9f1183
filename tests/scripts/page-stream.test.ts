import { describe, expect, it } from 'vitest';
import { type ListedPath, outputFileOf, PageStream } from '../../scripts/publish/page-stream.ts';

const listed = (pathname: string): ListedPath => ({ pathname, component: 'src/pages/x.astro', type: 'page' });

/**
 * A stream over a pretend cache: `copies` are the last build's files in Astro's cache. A page handed
 * on as a file is shown as that file's text (`disk:…` for one in the output folder).
 */
function streamWith(copies: Record<string, string> = {}) {
  const emitted: { file: string; text: string }[] = [];
  const reads: string[] = [];
  const stream = new PageStream({
    previousFile: (path) => (copies[outputFileOf(path)] === undefined ? undefined : outputFileOf(path)),
    cachedCopy: (file) => (copies[file] === undefined ? undefined : `/cache/${file}`),
    emit: async (page) => {
      if ('text' in page) return void emitted.push(page);
      reads.push(page.absolute);
      emitted.push({ file: page.file, text: copies[page.absolute.replace('/cache/', '')] ?? `disk:${page.absolute}` });
    },
  });
  return { stream, emitted, reads };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the stream of built pages', () => {
  it('hands pages on in the order Astro lists them, whatever order they are rendered in', async () => {
    const { stream, emitted } = streamWith();
    stream.listed(['/a/', '/b/', '/c/', '/b'].map(listed));
    for (const path of ['/a/', '/b/', '/c/']) stream.started(path);
    stream.rendered('/c/', 'c/index.html', 'C');
    stream.rendered('/a/', 'a/index.html', 'A');
    await settle();
    expect(emitted.map((page) => page.text)).toEqual(['A']);
    stream.rendered('/b/', 'b/index.html', 'B');
    await stream.finish(() => undefined);
    expect(emitted).toEqual([
      { file: 'a/index.html', text: 'A' },
      { file: 'b/index.html', text: 'B' },
      { file: 'c/index.html', text: 'C' },
    ]);
  });

  it('hands on the cached copy of a page Astro copies as soon as a later page starts, before the build ends', async () => {
    const { stream, emitted, reads } = streamWith({ 'a/index.html': 'A (förra bygget)', 'b/index.html': 'B (förra bygget)' });
    stream.listed(['/a/', '/b/', '/c/'].map(listed));
    stream.started('/c/');
    stream.rendered('/c/', 'c/index.html', 'C');
    await settle();
    expect(reads).toEqual(['/cache/a/index.html', '/cache/b/index.html']);
    expect(emitted.map((page) => page.text)).toEqual(['A (förra bygget)', 'B (förra bygget)', 'C']);
  });

  it('waits for a page it has no copy of, and hands on its file in the output when Astro is done', async () => {
    const { stream, emitted } = streamWith({ 'b/index.html': 'B (förra bygget)' });
    stream.listed(['/a/', '/b/', '/c/'].map(listed));
    stream.started('/c/');
    stream.rendered('/c/', 'c/index.html', 'C');
    await settle();
    expect(emitted).toEqual([]);
    await stream.finish((path) => (path.pathname === '/a/' ? { file: 'a/index.html', absolute: '/ut/a/index.html' } : undefined));
    expect(emitted.map((page) => page.text)).toEqual(['disk:/ut/a/index.html', 'B (förra bygget)', 'C']);
  });

  it('fails rather than index the old copy of a page Astro rendered after all', async () => {
    const { stream } = streamWith({ 'a/index.html': 'A (förra bygget)' });
    stream.listed(['/a/', '/b/'].map(listed));
    stream.started('/b/');
    await settle();
    stream.started('/a/');
    stream.rendered('/a/', 'a/index.html', 'A');
    stream.rendered('/b/', 'b/index.html', 'B');
    await expect(stream.finish(() => undefined)).rejects.toThrow(/\/a\//);
  });

  it('passes over a page rendered without text to hand on', async () => {
    const { stream, emitted } = streamWith();
    stream.listed(['/a/', '/b/'].map(listed));
    stream.started('/a/');
    stream.rendered('/a/', 'a/index.html', undefined);
    stream.started('/b/');
    stream.rendered('/b/', 'b/index.html', 'B');
    await stream.finish(() => undefined);
    expect(emitted).toEqual([{ file: 'b/index.html', text: 'B' }]);
  });

  it('stops at the first page that fails', async () => {
    const emitted: string[] = [];
    const stream = new PageStream({
      previousFile: () => undefined,
      cachedCopy: () => undefined,
      emit: async (page) => {
        const text = 'text' in page ? page.text : page.absolute;
        if (text === 'läcka') throw new Error('Bygget avbröts.');
        emitted.push(text);
      },
    });
    stream.listed(['/a/', '/b/', '/c/'].map(listed));
    for (const [path, text] of [
      ['/a/', 'A'],
      ['/b/', 'läcka'],
      ['/c/', 'C'],
    ] as const) {
      stream.started(path);
      stream.rendered(path, `${path.slice(1)}index.html`, text);
    }
    await expect(stream.finish(() => undefined)).rejects.toThrow('Bygget avbröts.');
    expect(emitted).toEqual(['A']);
  });
});

describe('the file Astro writes for a path', () => {
  it('follows the directory format', () => {
    expect(outputFileOf({ pathname: '/', type: 'page' })).toBe('index.html');
    expect(outputFileOf({ pathname: '/program/alfa/', type: 'page' })).toBe('program/alfa/index.html');
    expect(outputFileOf({ pathname: '/404', type: 'page' })).toBe('404.html');
    expect(outputFileOf({ pathname: '/api/index.json', type: 'endpoint' })).toBe('api/index.json');
  });
});

describe('a rebuild watched from outside', () => {
  it('hands on pages Astro copied as soon as their files are in the output, in order', async () => {
    const { stream, emitted } = streamWith({ 'a/index.html': 'A (förra bygget)', 'b/index.html': 'B (förra bygget)', 'c/index.html': 'C' });
    stream.listed(['/a/', '/b/', '/c/'].map(listed));
    const inOutput = new Set(['a/index.html', 'b/index.html']);
    stream.advance((path) => inOutput.has(outputFileOf(path)));
    await settle();
    expect(emitted.map((page) => page.text)).toEqual(['A (förra bygget)', 'B (förra bygget)']);
    // Not there yet: it may still be rendered, so it waits.
    stream.started('/c/');
    stream.rendered('/c/', 'c/index.html', 'C (ny)');
    await stream.finish(() => undefined);
    expect(emitted.map((page) => page.text)).toEqual(['A (förra bygget)', 'B (förra bygget)', 'C (ny)']);
  });

  it('knows how far Astro has come from a few files, not by looking for every one', async () => {
    const names = Array.from({ length: 1000 }, (_, index) => `p${index}`);
    const { stream, emitted } = streamWith(Object.fromEntries(names.map((name) => [`${name}/index.html`, name])));
    stream.listed(names.map((name) => listed(`/${name}/`)));
    // Astro has started the first 700 paths; a few of those files are still being copied.
    const inOutput = new Set(names.slice(0, 700).map((name) => `${name}/index.html`));
    for (const late of ['p650', 'p699']) inOutput.delete(`${late}/index.html`);
    const looked: string[] = [];
    stream.advance((path) => {
      looked.push(path.pathname);
      return inOutput.has(outputFileOf(path));
    });
    await settle();
    expect(looked.length).toBeLessThan(30);
    // Everything up to a file found is handed on, in order; nothing past what Astro has started.
    expect(emitted.length).toBeGreaterThan(600);
    expect(emitted.length).toBeLessThan(700);
    expect(emitted.map((page) => page.text)).toEqual(names.slice(0, emitted.length));
  });
});

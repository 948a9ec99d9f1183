import { describe, expect, it } from 'vitest';
import { parseInParallel } from '#markdown/parse-in-parallel.ts';
import { parseMarkdown, parseMarkdownAsWritten } from '#markdown/processor.ts';

// Enough bodies to start a worker thread, of different lengths so the shares differ; with a
// directive the published parse turns back into text, so the two modes give different trees.
const bodies = Array.from(
  { length: 1200 },
  (_, index) =>
    `## Avsnitt ${index} {#a${index}}\n\n${'Text om krisberedskap. '.repeat((index % 7) + 1)}\n\n:::kommentar{#k${index} avsnitt="a${index}" stallning="synpunkt"}\nKommentar ${index}.\n:::\n\n::okand[text]\n`,
);

describe('parsing many bodies on every core', () => {
  it('gives the trees parsing one by one gives, in the same order', async () => {
    const parallel = await parseInParallel(bodies);
    expect(parallel).toHaveLength(bodies.length);
    expect(parallel).toEqual(bodies.map(parseMarkdownAsWritten));
  });

  it('parses as published when asked, in the workers too', async () => {
    const parallel = await parseInParallel(bodies, { mode: 'published' });
    expect(parallel).toEqual(bodies.map(parseMarkdown));
    expect(parallel).not.toEqual(bodies.map(parseMarkdownAsWritten));
  });

  it('parses on this thread when the worker file is not there', async () => {
    const missing = new URL('./no-such-worker.ts', import.meta.url);
    expect(await parseInParallel(bodies.slice(0, 500), { mode: 'published', worker: missing })).toEqual(
      bodies.slice(0, 500).map(parseMarkdown),
    );
  });
});

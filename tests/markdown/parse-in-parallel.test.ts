import { describe, expect, it } from 'vitest';
import { parseAsWrittenInParallel } from '../../src/markdown/parse-in-parallel.ts';
import { parseMarkdownAsWritten } from '../../src/markdown/processor.ts';

describe('parsing many bodies on every core', () => {
  it('gives the trees parsing one by one gives, in the same order', async () => {
    // Enough bodies to start a worker thread, of different lengths so the shares differ.
    const bodies = Array.from(
      { length: 1200 },
      (_, index) =>
        `## Avsnitt ${index} {#a${index}}\n\n${'Text om krisberedskap. '.repeat((index % 7) + 1)}\n\n:::kommentar{#k${index} avsnitt="a${index}" stallning="synpunkt"}\nKommentar ${index}.\n:::\n`,
    );
    const parallel = await parseAsWrittenInParallel(bodies);
    expect(parallel).toHaveLength(bodies.length);
    expect(parallel).toEqual(bodies.map(parseMarkdownAsWritten));
  });
});

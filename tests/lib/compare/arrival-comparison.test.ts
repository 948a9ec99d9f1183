import { beforeAll, describe, expect, it } from 'vitest';
import { arrivalComparison } from '#lib/compare/arrival-comparison.ts';
import { buildCorpus } from '#lib/corpus/build-corpus.ts';
import type { Corpus } from '#lib/corpus/corpus-model.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { publishedEntries } from '#lib/publicity/publicity.ts';
import { FIXTURE_CONTENT } from '../../support/paths.ts';

let corpus: Corpus;
beforeAll(async () => {
  const { entries } = await readContentEntries(FIXTURE_CONTENT);
  corpus = buildCorpus(publishedEntries(entries), { render: false }).corpus;
});

describe('arrivalComparison: a section that came from another program, against the text it had there', () => {
  it('pairs Beta’s section with Alfa’s and diffs the text, instead of marking it all added', () => {
    const beta = corpus.program('beta')?.versions.find((version) => version.id === '2024');
    const arrival = beta?.arrivals[0];
    expect(arrival && `${arrival.program.id}/${arrival.version.id}/${arrival.section.id} → ${arrival.sectionId}`).toBe(
      'alfa/2020/otillaten-paverkan → otillaten-paverkan',
    );
    const row = arrival && beta && arrivalComparison(arrival, beta);
    expect(row?.changed).toBe(true);
    expect(row?.older.map((section) => section.elsewhere)).toEqual(['Testprogrammet Alfa 2020–2023']);
    // Alfa's first paragraph became Beta's, word by word; the rest of Alfa's text did not come along.
    expect(row?.paragraphs.map((paragraph) => paragraph.type)).toContain('changed');
    expect(row?.paragraphs.every((paragraph) => paragraph.type !== 'added')).toBe(true);
  });
});

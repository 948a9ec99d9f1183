import { describe, expect, it } from 'vitest';
import { corpusLexicon } from '#lib/search/corpus-lexicon.ts';
import { readContentEntries } from '#lib/content/read-content.ts';
import { FIXTURE_CONTENT } from '../../support/paths.ts';

describe('corpusLexicon', () => {
  it('holds the words of published text and fields, not markup nor unpublished text', async () => {
    const { entries } = await readContentEntries(FIXTURE_CONTENT);
    const { words } = corpusLexicon(entries);
    expect(words.has('krisstöd')).toBe(true);
    expect(words.has('norrby')).toBe(true);
    // Directive attributes are markup: "stallning" is written only inside :::kommentar{…}.
    expect(words.has('stallning')).toBe(false);
    expect(words.has('skyddsvärden')).toBe(false);
  });
});

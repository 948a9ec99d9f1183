import { describe, expect, it } from 'vitest';
import { buildLexicon, compoundSplitter } from '#lib/search/decompound.ts';

const corpus = [
  'Programmet gäller för hela staden. Säkerhet är allas ansvar. Staden ska ha god beredskap.',
  'Planering och analys. Kriser kan drabba alla. Skyddet ska vara starkt. Vid kontoret.',
  'Byggande av nya skolor. Ett utlåtande från tjänsten. Arbete med samverkan och former för det.',
];
const split = compoundSplitter(buildLexicon(corpus));

describe('compoundSplitter', () => {
  it('splits a compound at its linking s into parts the corpus uses as words', () => {
    expect(split('säkerhetsprogrammet')).toEqual(['säkerhets', 'programmet']);
    expect(split('beredskapsplanering')).toEqual(['beredskaps', 'planering']);
  });

  it('finds a part the corpus only uses inflected, and keeps the word’s own case', () => {
    expect(split('Krisberedskap')).toEqual(['Kris', 'beredskap']);
  });

  it('splits a compound of three parts, and one linked with e', () => {
    expect(split('säkerhetsskyddsanalys')).toEqual(['säkerhets', 'skydds', 'analys']);
    expect(split('tjänsteutlåtande')).toEqual(['tjänste', 'utlåtande']);
  });

  it('leaves simple words, prefixed words and words with unknown parts whole', () => {
    expect(split('programmet')).toBeUndefined();
    expect(split('beredskap')).toBeUndefined();
    expect(split('förebyggande')).toBeUndefined();
    expect(split('samverkan')).toBeUndefined();
    expect(split('kontorstid')).toBeUndefined();
  });

  it('keeps a word that starts like a prefix when the whole modifier is a word', () => {
    expect(split('samverkansformer')).toEqual(['samverkans', 'former']);
  });
});

describe('buildLexicon', () => {
  it('learns a word the corpus uses only as the start of compounds with different heads', () => {
    const texts = ['Ledningssystem och ledningsfunktioner ska fungera. Ett system. Flera funktioner.', 'Vid krisledning.'];
    expect(buildLexicon(texts).words.has('ledning')).toBe(true);
    expect(compoundSplitter(buildLexicon(texts))('krisledning')).toBeUndefined();
    expect(compoundSplitter(buildLexicon([...texts, 'Kriser.']))('krisledning')).toEqual(['kris', 'ledning']);
  });

  it('does not learn a modifier from a single compound', () => {
    expect(buildLexicon(['Ledningssystem. Ett system.']).words.has('ledning')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isWord, tokenize, wordCount } from '#lib/text/word-tokens.ts';

const words = (text: string) => tokenize(text).filter(isWord);

describe('tokenize', () => {
  it('keeps Swedish words with å, ä and ö whole', () => {
    expect(words('Förtroendevalda ska känna sig trygga på sin arbetsplats')).toEqual([
      'Förtroendevalda',
      'ska',
      'känna',
      'sig',
      'trygga',
      'på',
      'sin',
      'arbetsplats',
    ]);
  });

  it('keeps hyphenated compounds and shared compound parts as one word each', () => {
    expect(words('risk- och sårbarhetsanalys, RSA-processen, covid-19-pandemin och ISO/IEC 27000-serien')).toEqual([
      'risk-',
      'och',
      'sårbarhetsanalys',
      'RSA-processen',
      'covid-19-pandemin',
      'och',
      'ISO',
      'IEC',
      '27000-serien',
    ]);
  });

  it('keeps an en dash between words apart from them', () => {
    expect(words('2020–2023')).toEqual(['2020', '2023']);
    expect(wordCount('Programmet gäller 2024–2027.')).toBe(4);
  });

  it('loses nothing: the tokens join back to the text', () => {
    const text = 'Stadsdelsnämnderna ska – även utöver kontorstid – ha beredskap (se 4.1.1).';
    expect(tokenize(text).join('')).toBe(text);
  });
});

import type { RemissSection } from './import-context.ts';

/** A section a passage names, and the words that name it, as written. */
export interface SectionMention {
  id: string;
  phrase: string;
}

/** Words that carry no meaning of their own in a section's title. */
const STOP_WORDS = new Set([
  'och',
  'för',
  'av',
  'i',
  'på',
  'som',
  'vad',
  'ett',
  'en',
  'det',
  'med',
  'till',
  'om',
  'samt',
  'att',
  'de',
  'den',
  'vid',
  'ska',
]);

interface Word {
  text: string;
  /** Lower case, without a compound's trailing hyphen ("risk-" → "risk"). */
  key: string;
}

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/\p{L}[\p{L}\d]*(?:-\p{L}[\p{L}\d]*)*-?/gu)].map((match) => ({
    text: match[0],
    key: match[0].toLocaleLowerCase('sv').replace(/-$/, ''),
  }));

/**
 * Whether a word of the text is a form of a title's word: the same word with an ending
 * ("chefernas" for "chefers", "analyser" for "analys"), never a longer compound
 * ("beredskapsplanering" is not "beredskap", nor "krisberedskap").
 */
function sameWord(titleWord: string, word: string): boolean {
  let common = 0;
  while (common < Math.min(titleWord.length, word.length) && titleWord[common] === word[common]) common++;
  const needed = Math.min(titleWord.length, Math.max(4, titleWord.length - 3));
  return common >= needed && word.length - common <= 4 && titleWord.length - common <= 3;
}

/**
 * The sections of the version under consultation that a passage names: by title, every word of
 * it in any form and close together ("risk- och sårbarhetsanalyser" names "Risk- och
 * sårbarhetsanalys"); by number after a word such as "avsnitt" ("avsnitt 6.3"); or by an
 * abbreviation that is the section's ID ("RSA"). Where a section and one under it are both named,
 * the one under it is meant ("beredskap att erbjuda krisstöd" is about "Krisstöd").
 */
export function sectionMentions(text: string, sections: readonly RemissSection[]): SectionMention[] {
  const words = wordsOf(text);
  // Every place each title stands, as word ranges, so that "Beredskap" inside "Sektorsorganisation
  // för civil beredskap" is taken for the longer title only.
  const places = new Map<string, [number, number][]>();
  for (const section of sections) {
    const all = wordsOf(section.title);
    // "Om programmet", "Vad som hotar": one word of meaning is too common alone, so the title is needed whole.
    const meaningful = all.filter((word) => !STOP_WORDS.has(word.key));
    const title = meaningful.length === 1 && all.length > 1 ? all : meaningful;
    if (title.length === 0) continue;
    const window = title.length + 3;
    for (let start = 0; start < words.length; start++) {
      if (!sameWord(title[0]?.key ?? '', words[start]?.key ?? '')) continue;
      const span = words.slice(start, start + window);
      const hits = title.map((titleWord) => span.findIndex((word) => sameWord(titleWord.key, word.key)));
      if (hits.every((hit) => hit !== -1)) places.set(section.id, [...(places.get(section.id) ?? []), [start, start + Math.max(...hits)]]);
    }
  }
  const inside = ([start, end]: [number, number], id: string) =>
    [...places].some(
      ([other, ranges]) => other !== id && ranges.some(([from, to]) => from <= start && to >= end && to - from > end - start),
    );
  const found = new Map<string, string>();
  for (const section of sections) {
    const place = places.get(section.id)?.find((range) => !inside(range, section.id));
    if (place)
      found.set(
        section.id,
        words
          .slice(place[0], place[1] + 1)
          .map((word) => word.text)
          .join(' '),
      );
    const numbered = new RegExp(
      `(?<!\\p{L})(?:avsnitt(?:et)?|kapitel|kapitlet|punkt(?:en)?|rubrik(?:en)?)\\s+${section.number.replace(/\./g, '\\.')}(?![\\d.]\\d|\\d)`,
      'iu',
    ).exec(text);
    if (numbered && !found.has(section.id)) found.set(section.id, numbered[0]);
    const abbreviation = section.id.toLocaleUpperCase('sv');
    if (
      !found.has(section.id) &&
      /^[A-Z]{2,5}$/.test(abbreviation) &&
      words.some((word) => word.text === abbreviation || word.text.startsWith(`${abbreviation}-`))
    ) {
      found.set(section.id, abbreviation);
    }
  }
  const parents = new Map(sections.map((section) => [section.id, section.parentId]));
  const ancestorsOf = (id: string): string[] => {
    const parent = parents.get(id);
    return parent ? [parent, ...ancestorsOf(parent)] : [];
  };
  const covered = new Set([...found.keys()].flatMap(ancestorsOf));
  return sections.flatMap((section) => {
    const phrase = found.get(section.id);
    return phrase && !covered.has(section.id) ? [{ id: section.id, phrase }] : [];
  });
}

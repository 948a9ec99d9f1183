/**
 * Splits Swedish compounds (säkerhetsprogrammet → säkerhets + programmet) so that search can find
 * a compound by its parts. There is no maintained Swedish decompounder on npm, so this is a small
 * splitter driven by a lexicon of the words the corpus itself uses: a part counts only if the
 * corpus also uses it as a word of its own (in some inflection).
 */

/** Words that begin many words but are prefixes, not parts: "förebygga" is not "före" + "bygga". */
const PREFIXES = new Set([
  'an',
  'av',
  'be',
  'bort',
  'efter',
  'fram',
  'för',
  'före',
  'genom',
  'in',
  'med',
  'mot',
  'ned',
  'ner',
  'om',
  'på',
  'sam',
  'till',
  'under',
  'upp',
  'ut',
  'vid',
  'åter',
  'över',
]);

/** Heads shorter than four letters are too often the end of an unrelated word; these few are real. */
const SHORT_HEADS = new Set(['mål', 'tid', 'hot', 'lag', 'råd', 'del', 'sätt', 'ort', 'väg']);

/** Endings a word may carry in the corpus when its part appears bare, and the other way round. */
const INFLECTIONS = ['', 'en', 'et', 'n', 't', 'er', 'ar', 'or', 'na', 'erna', 'arna', 'orna', 'a', 'e', 's', 'ens', 'ets'];

/** Linking letters between a modifier and the rest (säkerhet-s-program, tjänst-e-utlåtande). */
const LINKS = ['s', 'e', ''];

const MIN_MODIFIER = 3;
const MIN_HEAD = 4;

export interface Lexicon {
  words: ReadonlySet<string>;
}

const WORD = /\p{L}+/gu;

/**
 * The lexicon of every word in the given texts, in lower case, and of the modifiers that begin
 * compounds of at least two different known heads (krislednings|system, krislednings|funktioner
 * → "krisledning"), since many words appear in a corpus only inside compounds.
 */
export function buildLexicon(texts: Iterable<string>): Lexicon {
  const words = new Set<string>();
  for (const text of texts) for (const [word] of text.toLowerCase().matchAll(WORD)) words.add(word);
  const heads = new Map<string, Set<string>>();
  for (const word of words) {
    for (let cut = MIN_HEAD + 1; cut <= word.length - MIN_HEAD; cut++) {
      const head = word.slice(cut);
      if (word[cut - 1] !== 's' || !words.has(head)) continue;
      const modifier = word.slice(0, cut - 1);
      if (!PREFIXES.has(modifier)) heads.set(modifier, (heads.get(modifier) ?? new Set()).add(head));
    }
  }
  for (const [modifier, seen] of heads) if (seen.size >= 2) words.add(modifier);
  return { words };
}

/** Whether the corpus uses `stem` as a word, bare or inflected. */
function isWord(stem: string, lexicon: Lexicon): boolean {
  if (stem.length < 2) return false;
  for (const ending of INFLECTIONS) {
    if (lexicon.words.has(stem + ending)) return true;
    if (
      ending &&
      stem.endsWith(ending) &&
      stem.length - ending.length >= MIN_MODIFIER &&
      lexicon.words.has(stem.slice(0, -ending.length))
    ) {
      return true;
    }
  }
  return false;
}

/** A modifier's parts, with its linking letter kept on the last one; undefined if it is not a word. */
function modifierParts(modifier: string, lexicon: Lexicon, memo: Map<string, string[] | null>): string[] | undefined {
  for (const link of LINKS) {
    if (link && !modifier.endsWith(link)) continue;
    const stem = link ? modifier.slice(0, -link.length) : modifier;
    if (stem.length < MIN_MODIFIER || PREFIXES.has(stem)) continue;
    if (isWord(stem, lexicon)) return [modifier];
    const inner = splitLower(stem, lexicon, memo);
    if (inner) return [...inner.slice(0, -1), `${inner.at(-1)}${link}`];
  }
  return undefined;
}

function splitLower(word: string, lexicon: Lexicon, memo: Map<string, string[] | null>): string[] | undefined {
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  let parts: string[] | undefined;
  // Swedish compounds end in their head: try the longest head the corpus knows first.
  for (let cut = MIN_MODIFIER; cut <= word.length - 3 && !parts; cut++) {
    const head = word.slice(cut);
    if (head.length < MIN_HEAD && !SHORT_HEADS.has(head)) continue;
    if (!(lexicon.words.has(head) || (head.length >= MIN_HEAD && isWord(head, lexicon)))) continue;
    const modifier = modifierParts(word.slice(0, cut), lexicon, memo);
    if (modifier) parts = [...modifier, head];
  }
  memo.set(word, parts ?? null);
  return parts;
}

/**
 * A splitter for one lexicon. `split("Krisberedskap")` → `["Kris", "beredskap"]` (the word's own
 * letters, case kept); undefined when the word is not a compound the lexicon can explain.
 */
export function compoundSplitter(lexicon: Lexicon): (word: string) => string[] | undefined {
  const memo = new Map<string, string[] | null>();
  // Pages repeat their words: remember each word as written, not only in lower case.
  const asWritten = new Map<string, string[] | undefined>();
  return (word) => {
    if (asWritten.has(word)) return asWritten.get(word);
    const lower = word.toLowerCase();
    let result: string[] | undefined;
    const parts = lower.length === word.length && word.length >= MIN_MODIFIER + 3 ? splitLower(lower, lexicon, memo) : undefined;
    if (parts) {
      let offset = 0;
      result = parts.map((part) => {
        const start = offset;
        offset += part.length;
        return word.slice(start, offset);
      });
    }
    asWritten.set(word, result);
    return result;
  };
}

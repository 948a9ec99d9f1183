/**
 * The copy of a page that the build hands to Pagefind; the published page is never changed.
 *
 * Pagefind indexes the parts of a word joined by ASCII punctuation (page.find → page, find) as
 * well as the whole word, but it has no idea of Swedish compounds. The copy gets this mark
 * between a compound's parts (säkerhets^programmet), so that "program" finds it; the search page
 * removes the mark from the titles and excerpts it shows.
 */
export const COMPOUND_MARK = '^';

// Comments, scripts and styles, tags (with quoted attributes that may hold ">"), or text.
const HTML_PARTS = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/gi;
const TAG = /^<(\/?)([a-zA-Z][\w-]*)/;
const HTML_TAG = /<html\b[^>]*>/i;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements Pagefind leaves out of the index whatever their attributes. */
const NOT_INDEXED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
/**
 * Pagefind runs the text of adjacent cells together ("Diarienummer" + "KS 2023/1254" →
 * "DiarienummerKS"), so a registry number could not be found; the copy puts a space after them.
 */
const CELLS = new Set(['dt', 'dd', 'th', 'td', 'caption']);
const WORD_OR_ENTITY = /&[#\w]+;|\p{L}+/gu;
const MARK_BETWEEN_LETTERS = /(?<=\p{L})\^(?=\p{L})/gu;

interface Open {
  name: string;
  /** Inside the part Pagefind indexes (data-pagefind-body) and not inside data-pagefind-ignore. */
  indexed: boolean;
}

/** The attribute on the element Pagefind indexes; a page without it is left out of search. */
export const SEARCHABLE_MARK = 'data-pagefind-body';

/**
 * What Pagefind needs of a page: the `<html>` tag (for the language) and the element marked
 * data-pagefind-body, with compound marks in the text Pagefind indexes (never in tags,
 * attributes, scripts or entities) and a space after each table or list cell. Undefined for a
 * page without that element, which the site leaves out of search. Each compound is marked once a
 * page: the page is found by its parts, but pages that use the part as a word of its own still
 * rank above it.
 */
export function searchIndexCopy(html: string, split: (word: string) => string[] | undefined): string | undefined {
  // Most pages have no searchable part, and none before the element that starts it: skip to it.
  const marker = html.indexOf(SEARCHABLE_MARK);
  if (marker === -1) return undefined;
  const start = html.lastIndexOf('<', marker);
  const htmlTag = HTML_TAG.exec(html.slice(0, start))?.[0] ?? '<html>';
  const stack: Open[] = [{ name: '', indexed: false }];
  const marked = new Set<string>();
  let copy = '';
  let bodyDepth = 0;
  for (const [part] of html.slice(start).matchAll(HTML_PARTS)) {
    const open = stack.at(-1) as Open;
    if (!part.startsWith('<')) {
      if (bodyDepth > 0) copy += open.indexed ? markWords(part, split, marked) : part;
      continue;
    }
    const [, closing, name = ''] = TAG.exec(part) ?? [];
    const tag = name.toLowerCase();
    if (closing && tag) {
      const at = stack.findLastIndex((element) => element.name === tag);
      if (bodyDepth > 0) copy += CELLS.has(tag) ? `${part} ` : part;
      if (at > 0) stack.length = at;
      if (bodyDepth > stack.length) break;
      continue;
    }
    const isBody = bodyDepth === 0 && tag !== '' && part.includes(SEARCHABLE_MARK);
    if (isBody || bodyDepth > 0) copy += part;
    if (tag && !VOID.has(tag) && !part.endsWith('/>')) {
      const ignored = NOT_INDEXED.has(tag) || part.includes('data-pagefind-ignore');
      stack.push({ name: tag, indexed: !ignored && (open.indexed || isBody) });
      if (isBody) bodyDepth = stack.length;
    }
  }
  return bodyDepth > 0 ? `${htmlTag}<body>${copy}</body></html>` : undefined;
}

function markWords(text: string, split: (word: string) => string[] | undefined, marked: Set<string>): string {
  return text.replace(WORD_OR_ENTITY, (word) => {
    if (word.charCodeAt(0) === 38 /* & */) return word;
    const parts = split(word);
    if (!parts) return word;
    const key = word.toLowerCase();
    if (marked.has(key)) return word;
    marked.add(key);
    return parts.join(COMPOUND_MARK);
  });
}

/** Text from the search index as the page has it. */
export function unmarkCompoundParts(text: string): string {
  return text.replace(MARK_BETWEEN_LETTERS, '');
}

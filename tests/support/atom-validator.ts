import { DOMParser, type Element } from '@xmldom/xmldom';

const ATOM = 'http://www.w3.org/2005/Atom';
const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const TEXT_TYPES = new Set(['text', 'html', 'xhtml']);

const children = (element: Element, name: string): Element[] =>
  Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === ATOM && (node as Element).localName === name,
  );

/**
 * What is wrong with an Atom document by the rules of RFC 4287 (the "MUST"s a feed reader relies
 * on): well-formed XML in the Atom namespace, the required elements exactly once, valid dates,
 * absolute and unique IDs, an author for every entry, and links and content as the RFC allows.
 */
export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  let root: Element | null;
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(`XML: ${message}`);
      },
    }).parseFromString(xml, 'application/xml');
    root = document.documentElement;
  } catch (error) {
    return [`XML kan inte läsas: ${(error as Error).message}`];
  }
  if (!root || root.namespaceURI !== ATOM || root.localName !== 'feed') return [...problems, 'rotelementet ska vara atom:feed'];

  const once = (element: Element, name: string, where: string) => {
    const found = children(element, name);
    if (found.length !== 1) problems.push(`${where} ska ha exakt ett atom:${name} (har ${found.length})`);
    return found[0];
  };
  const atMostOnce = (element: Element, names: string[], where: string) => {
    for (const name of names) if (children(element, name).length > 1) problems.push(`${where} har mer än ett atom:${name}`);
  };
  const checkId = (element: Element, where: string) => {
    const id = once(element, 'id', where)?.textContent ?? '';
    if (!IRI.test(id)) problems.push(`${where}: id "${id}" är inte en absolut IRI`);
    return id;
  };
  const checkDate = (element: Element, name: string, where: string, required: boolean) => {
    const found = required ? [once(element, name, where)] : children(element, name);
    for (const date of found) {
      const text = date?.textContent ?? '';
      if (!DATE_TIME.test(text) || Number.isNaN(Date.parse(text))) problems.push(`${where}: ${name} "${text}" är inte ett RFC 3339-datum`);
    }
  };
  const checkText = (element: Element, name: string, where: string) => {
    for (const text of children(element, name)) {
      const type = text.getAttribute('type');
      if (type && !TEXT_TYPES.has(type)) problems.push(`${where}: ${name} har ogiltig typ "${type}"`);
    }
  };
  const checkLinks = (element: Element, where: string) => {
    const alternates = new Set<string>();
    for (const link of children(element, 'link')) {
      if (!link.getAttribute('href')) problems.push(`${where}: link saknar href`);
      const rel = link.getAttribute('rel') ?? 'alternate';
      if (rel === 'alternate') {
        const key = `${link.getAttribute('type')}|${link.getAttribute('hreflang')}`;
        if (alternates.has(key)) problems.push(`${where}: flera alternate-länkar med samma type och hreflang`);
        alternates.add(key);
      }
    }
    return alternates.size > 0;
  };
  const checkPeople = (element: Element, where: string) => {
    const authors = children(element, 'author');
    for (const author of authors) if (children(author, 'name').length !== 1) problems.push(`${where}: author ska ha exakt ett name`);
    return authors.length > 0;
  };
  const checkCategories = (element: Element, where: string) => {
    for (const category of children(element, 'category'))
      if (!category.getAttribute('term')) problems.push(`${where}: category saknar term`);
  };

  checkId(root, 'feed');
  once(root, 'title', 'feed');
  checkDate(root, 'updated', 'feed', true);
  atMostOnce(root, ['subtitle', 'icon', 'logo', 'rights', 'generator'], 'feed');
  checkText(root, 'title', 'feed');
  checkText(root, 'subtitle', 'feed');
  checkLinks(root, 'feed');
  if (!children(root, 'link').some((link) => link.getAttribute('rel') === 'self')) problems.push('feed saknar link rel="self"');
  const feedHasAuthor = checkPeople(root, 'feed');
  checkCategories(root, 'feed');

  const ids = new Set<string>();
  children(root, 'entry').forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const id = checkId(entry, where);
    if (ids.has(id)) problems.push(`${where}: id "${id}" finns redan i flödet`);
    ids.add(id);
    once(entry, 'title', where);
    checkDate(entry, 'updated', where, true);
    checkDate(entry, 'published', where, false);
    atMostOnce(entry, ['content', 'summary', 'published', 'rights', 'source'], where);
    checkText(entry, 'title', where);
    checkText(entry, 'summary', where);
    const hasAlternate = checkLinks(entry, where);
    const [content] = children(entry, 'content');
    if (!content && !hasAlternate) problems.push(`${where}: saknar både content och link rel="alternate"`);
    if (content?.getAttribute('src') && children(entry, 'summary').length === 0) problems.push(`${where}: content med src kräver summary`);
    if (!checkPeople(entry, where) && !feedHasAuthor) problems.push(`${where}: saknar author och flödet har ingen`);
    checkCategories(entry, where);
  });
  return problems;
}

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** An address written into a built file, and the file (relative to the site) that holds it. */
export interface WrittenAddress {
  file: string;
  address: string;
}

/** Attributes of built pages that hold an address: links, images, scripts, styles, forms and the pickers' data. */
const ADDRESS_ATTRIBUTES = ['href', 'src', 'action', 'dataPeriods', 'dataPattern', 'content'] as const;

/**
 * Every address into the site written in a built site's HTML, XML (feeds), JSON (the API) and CSS:
 * those from the root (`/program/…`) and absolute ones at the site's own origin, with the origin
 * taken off. Pagefind's own files are left out: they hold no addresses of the site but the index's.
 */
export async function writtenAddresses(siteDir: string, origin: string): Promise<WrittenAddress[]> {
  const files = (await readdir(siteDir, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(html|xml|json|css)$/.test(file) && !file.startsWith('pagefind/'));
  const found: WrittenAddress[] = [];
  const atOrigin = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s"'<>)&\\\\]*)?`, 'g');
  for (const file of files) {
    const text = await readFile(path.join(siteDir, file), 'utf8');
    const add = (address: string) => found.push({ file, address: address.replaceAll('&amp;', '&') });
    for (const match of text.matchAll(atOrigin)) add(match[1] ?? '/');
    if (file.endsWith('.html')) {
      visit(fromHtml(text), 'element', (node: Element) => {
        for (const name of ADDRESS_ATTRIBUTES) {
          const value = node.properties[name];
          if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) add(value);
        }
      });
    } else if (file.endsWith('.css')) {
      for (const match of text.matchAll(/url\(\s*['"]?(\/[^'")]*)/g)) add(match[1] as string);
    } else if (file.endsWith('.json')) {
      const strings = (value: unknown): string[] =>
        typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
      for (const value of strings(JSON.parse(text))) if (value.startsWith('/') && !value.startsWith('//')) add(value);
    } else {
      for (const match of text.matchAll(/href="(\/[^"]*)"/g)) add(match[1] as string);
    }
  }
  return found;
}

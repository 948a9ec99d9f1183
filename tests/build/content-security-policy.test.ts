import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '#lib/site/content-security-policy.ts';
import { refusedScheme } from '#lib/content/link-scheme.ts';
import { selectAll } from '../support/html.ts';
import { CONTENT_SITE, FIXTURE_SITE } from '../support/paths.ts';

/** Every HTML page of a built site (Pagefind's own files aside), relative to it. */
async function htmlPages(site: string): Promise<string[]> {
  return (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind')).sort();
}

// The policy runs scripts from files only and takes styles and images from the site's own files: a
// page that needs anything else would break in the browser. Checked on every page of both sites.
describe('every built page carries the Content-Security-Policy and needs nothing it refuses', () => {
  for (const [name, site] of [
    ['the fixture site', FIXTURE_SITE],
    ['the content site', CONTENT_SITE],
  ] as const) {
    it(`in ${name}`, async () => {
      const pages = await htmlPages(site);
      expect(pages.length).toBeGreaterThan(20);
      const problems: string[] = [];
      let scripts = 0;
      for (const page of pages) {
        const tree = fromHtml(await readFile(path.join(site, page), 'utf8'));
        const problem = (what: string) => problems.push(`${page}: ${what}`);

        // The first element of <head> after the character set, so that it covers everything after it.
        const head = selectAll('head > *', tree);
        const policy = head.findIndex((element) => element.properties.httpEquiv?.toString() === 'Content-Security-Policy');
        if (policy < 0 || policy > 1) problem(`policy at ${policy} in <head>`);
        else if (head[policy]?.properties.content !== contentSecurityPolicy) problem('another policy');
        if (selectAll('meta[http-equiv="Content-Security-Policy" i]', tree).length !== 1) problem('not exactly one policy');

        for (const script of selectAll('script', tree)) {
          const src = script.properties.src;
          if (typeof src !== 'string') problem('an inline script');
          else if (!src.startsWith('/') || !existsSync(path.join(site, src))) problem(`a script from ${src}`);
          else scripts++;
        }
        if (selectAll('style', tree).length > 0) problem('a <style> element');
        for (const element of selectAll('*', tree)) {
          const attributes = Object.keys(element.properties);
          for (const attribute of attributes.filter((key) => /^on[A-Za-z]/.test(key)))
            problem(`an event handler ${attribute} on <${element.tagName}>`);
          if (attributes.includes('style')) problem(`a style attribute on <${element.tagName}>`);
          for (const key of ['href', 'src', 'action', 'formAction'] as const) {
            const value = (element as Element).properties[key];
            if (typeof value === 'string' && refusedScheme(value)) problem(`${key}="${value}" on <${element.tagName}>`);
          }
        }
      }
      expect(problems).toEqual([]);
      // The pickers and the search page have theirs, in files.
      expect(scripts).toBeGreaterThan(0);
    });
  }
});

import { readdir } from 'node:fs/promises';

/** Every HTML page of a built site as a URL path (`/program/x/` for `program/x/index.html`). */
export async function sitePages(siteDir: string): Promise<string[]> {
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  return files.map((file) => `/${file.split('\\').join('/')}`.replace(/index\.html$/, '')).sort();
}

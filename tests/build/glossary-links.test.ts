import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SITE } from '../support/paths.ts';

const page = (url: string) => readFile(path.join(CONTENT_SITE, url, 'index.html'), 'utf8');

describe('glossary terms in running text', () => {
  it('link their first occurrence in a section to the explanation, and only the first', async () => {
    const sectionPage = await page('program/sakerhetsprogrammet/2024/rsa');
    // The section's own text; comments shown below it are texts of their own.
    const start = sectionPage.indexOf('<div class="prose">');
    const html = sectionPage.slice(start, sectionPage.indexOf('</div>', start));
    expect(html).toContain('risk- och sårbarhetsanalys');
    const links = [...html.matchAll(/<a href="\/ordlista\/#risk-och-sarbarhetsanalys" class="term">/g)];
    expect(links).toHaveLength(1);
  });

  it('leave the words of the real statement as they were', async () => {
    const html = await page('remisser/sakerhetsprogrammet-2024/jarva');
    expect(html).toContain('class="term"');
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('Förvaltningen ser positivt på ett förtydligat syfte avseende risk- och sårbarhetsanalyser (RSA).');
  });
});

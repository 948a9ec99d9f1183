import { describe, expect, it } from 'vitest';
import { parsePage, select, selectAll, textOf } from '../support/html.ts';
import { CONTENT_SITE } from '../support/paths.ts';

const page = (url: string) => parsePage(url, CONTENT_SITE);

describe('glossary terms in running text', () => {
  it('link their first occurrence in a section to the explanation, and only the first', async () => {
    const sectionPage = await page('program/sakerhetsprogrammet/2024/rsa');
    // The section's own text; comments shown below it are texts of their own.
    const prose = select('div.prose', sectionPage);
    expect(textOf(prose)).toContain('risk- och sårbarhetsanalys');
    expect(selectAll('a.term[href="/ordlista/#risk-och-sarbarhetsanalys"]', prose)).toHaveLength(1);
  });

  it('leave the words of the real statement as they were', async () => {
    const html = await page('remisser/sakerhetsprogrammet-2024/jarva');
    expect(selectAll('.term', html).length).toBeGreaterThan(0);
    expect(textOf(html)).toContain('Förvaltningen ser positivt på ett förtydligat syfte avseende risk- och sårbarhetsanalyser (RSA).');
  });
});

import { describe, expect, it } from 'vitest';
import { siteConfig } from '#config/site.ts';
import { attr, hrefs, parsePage, select, selectAll, textOf } from '../support/html.ts';

// The statement follows DIGG's model (digg.se, "Mall för tillgänglighetsredogörelse").
describe('the accessibility statement', () => {
  it('has the parts of DIGG’s model, in its order, with how the site was tested as a section of its own', async () => {
    const page = await parsePage('tillganglighet');
    const headings = selectAll('article :is(h2, h3, h4)', page).map((heading) => `${heading.tagName} ${textOf(heading)}`);
    expect(headings).toEqual([
      'h2 Hur tillgänglig är webbplatsen?',
      'h2 Vad kan du göra om du inte kan använda delar av webbplatsen?',
      'h3 Rapportera brister i webbplatsens tillgänglighet',
      'h2 Tillsyn',
      'h2 Teknisk information om webbplatsens tillgänglighet',
      'h3 Innehåll som inte är tillgängligt',
      'h4 Bristande förenlighet med lagkraven',
      'h4 Innehåll som inte omfattas av lagstiftningen',
      'h2 Hur vi testat webbplatsen',
    ]);
  });

  it('lists each lack of compliance by the WCAG success criteria it fails', async () => {
    const page = await parsePage('tillganglighet');
    const failing = select('section[aria-labelledby="brister-bristande-forenlighet"]', page);
    expect(selectAll('.wcag-criteria li', failing).map((item) => textOf(item))).toEqual([
      '1.3.1 Information och relationer',
      '1.3.2 Meningsfull ordningsföljd',
      '2.4.2 Sidrubriker',
    ]);
    // Search needing JavaScript is no failure of a criterion.
    expect(textOf(page)).not.toContain('JavaScript');
  });

  it('states the exemption for office files as the law has it', async () => {
    const exempt = textOf(select('section[aria-labelledby="brister-utanfor-tillampningsomradet"]', await parsePage('tillganglighet')));
    expect(exempt).toContain('publicerades före den 23 september 2018');
    expect(exempt).toContain('tredje part');
  });

  it('gives the publication date, and the contact from the site settings', async () => {
    const page = await parsePage('tillganglighet');
    expect(textOf(select('.statement-dates', page))).toBe(
      'Webbplatsen publicerades 1 november 2026. Redogörelsen uppdaterades senast 25 november 2026.',
    );
    const phone = siteConfig.accessibilityContact.telefon;
    expect(textOf(select('.statement-contact', page))).toContain(`${phone?.label}, ${phone?.number}`);
    expect(hrefs(select('.statement-contact', page))).toEqual(['tel:0850829000']);
    expect(attr(select('.statement-dates time', page), 'datetime')).toBe('2026-11-01');
  });
});

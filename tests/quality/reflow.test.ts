import { describe, expect, it } from 'vitest';
import { useServedSite } from '../support/browser.ts';
import { CONTENT_SITE, FIXTURE_SITE } from '../support/paths.ts';
import { sitePages } from '../support/site-pages.ts';

// WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a phone, or 1280 pixels zoomed to 400 %) no page
// may need scrolling sideways. WCAG 1.4.12 Text spacing: with the spacing a reader's own style may
// set, no text may be cut off. axe cannot see either; the browser can. A table too wide for the
// screen must scroll inside its own region or become cards, never widen the page.
const WIDTH = 320;

/** The spacing 1.4.12 names, as a reader's style sheet would set it. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

for (const [name, siteDir] of [
  ['fixture site', FIXTURE_SITE],
  ['content site', CONTENT_SITE],
] as const) {
  describe(`every page of the ${name} reflows at ${WIDTH} px`, () => {
    const site = useServedSite(siteDir);

    it('never scrolls sideways, and says what sticks out when it does', async () => {
      const pages = await sitePages(siteDir);
      expect(pages.length).toBeGreaterThan(10);
      await site.page.setViewportSize({ width: WIDTH, height: 640 });
      const failures: string[] = [];
      for (const path of pages) {
        await site.page.goto(`${site.url}${path}`);
        const overflow = await site.page.evaluate(() => {
          const width = document.documentElement.scrollWidth;
          if (width <= window.innerWidth) return undefined;
          // The innermost elements whose content is wider than they are, and not scrolled inside them.
          const sticksOut = (element: Element) =>
            element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible';
          const culprits = [...document.body.querySelectorAll('*')]
            .filter((element) => element.clientWidth > 0 && sticksOut(element) && ![...element.children].some(sticksOut))
            .slice(0, 3)
            .map((element) => `<${element.localName} class="${element.className}"> "${(element.textContent ?? '').trim().slice(0, 40)}"`);
          return `${width} px wide: ${culprits.join(', ') || 'an element placed outside the screen'}`;
        });
        if (overflow) failures.push(`${path} ${overflow}`);
      }
      expect(failures).toEqual([]);
    });

    it('cuts no text off when a reader widens the spacing of lines, letters and words', async () => {
      const pages = await sitePages(siteDir);
      await site.page.setViewportSize({ width: 1280, height: 900 });
      const failures: string[] = [];
      for (const path of pages) {
        await site.page.goto(`${site.url}${path}`);
        // A reader's own style sheet is not the page's to refuse; a <style> added to the page would be,
        // by its Content-Security-Policy. A constructed style sheet stands for the reader's.
        await site.page.evaluate((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }, TEXT_SPACING);
        if ((await site.page.evaluate(() => getComputedStyle(document.body).wordSpacing)) === '0px') {
          failures.push(`${path}: the wider spacing was not applied`);
        }
        const clipped = await site.page.evaluate(() =>
          [...document.body.querySelectorAll('*')]
            .filter((element) => {
              const style = getComputedStyle(element);
              // Text for screen readers only is cut off on purpose.
              if (element.closest('.visually-hidden') || element.clientWidth === 0 || !(element.textContent ?? '').trim()) return false;
              const hides = (overflow: string) => overflow !== 'visible';
              return (
                (hides(style.overflowY) &&
                  style.overflowY !== 'auto' &&
                  style.overflowY !== 'scroll' &&
                  element.scrollHeight > element.clientHeight + 1) ||
                (hides(style.overflowX) &&
                  style.overflowX !== 'auto' &&
                  style.overflowX !== 'scroll' &&
                  element.scrollWidth > element.clientWidth + 1)
              );
            })
            .slice(0, 3)
            .map((element) => `<${element.localName} class="${element.className}"> "${(element.textContent ?? '').trim().slice(0, 40)}"`),
        );
        if (clipped.length > 0) failures.push(`${path} cut off: ${clipped.join(', ')}`);
        const width = await site.page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 1280) failures.push(`${path} ${width} px wide with wider spacing`);
      }
      expect(failures).toEqual([]);
    });
  });
}

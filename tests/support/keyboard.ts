import type { Page } from 'playwright-core';

/**
 * Presses Tab until the focused element matches, as a keyboard user would, and fails if it is
 * never reached: an element that Tab cannot reach is a keyboard trap or hidden from keyboards.
 */
export async function tabTo(
  page: Page,
  matches: (element: { tag: string; text: string; href: string; value: string }) => boolean,
  limit = 80,
) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        tag: element?.tagName.toLowerCase() ?? '',
        text: (element?.textContent ?? '').trim().replace(/\s+/g, ' '),
        href: element?.getAttribute('href') ?? '',
        value: (element as HTMLInputElement | null)?.value ?? '',
      };
    });
    if (matches(focused)) return focused;
  }
  throw new Error(`Tab never reached the element after ${limit} presses`);
}

/** Whether the focused element shows a visible focus indicator. */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

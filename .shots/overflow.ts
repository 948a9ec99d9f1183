import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import path from 'node:path';
const server = await serveStatic(path.resolve(process.argv[2] ?? 'dist'));
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const url of process.argv.slice(3)) {
  await page.goto(`${server.url}${url}`);
  const result = await page.evaluate(() => {
    const out: string[] = [`scrollWidth=${document.documentElement.scrollWidth}`];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > 392 && true) out.push(`${el.tagName}.${el.className} right=${Math.round(r.right)} w=${Math.round(r.width)}`);
    }
    return out.slice(0, 15);
  });
  console.log(url, result);
}
await browser.close();
await server.close();

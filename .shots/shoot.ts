import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? 'dist');
const pages = process.argv.slice(3);
const server = await serveStatic(root);
const browser = await launchBrowser();
for (const [name, width, height] of [
  ['desktop', 1280, 900],
  ['mobile', 390, 844],
] as const) {
  const page = await browser.newPage({ viewport: { width, height } });
  for (const url of pages) {
    await page.goto(`${server.url}${url}`);
    const file = `.shots/${url.replace(/[^a-z0-9]+/gi, '_')}-${name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
await server.close();

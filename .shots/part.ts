import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import path from 'node:path';
// Usage: part.ts dist width url selector-or-scrollY name
const [root, width, url, where, name] = process.argv.slice(2);
const server = await serveStatic(path.resolve(root ?? 'dist'));
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
await page.goto(`${server.url}${url}`);
if (where && /^\d+$/.test(where)) await page.evaluate((y) => window.scrollTo(0, y), Number(where));
else if (where) await page.locator(where).first().scrollIntoViewIfNeeded();
await page.screenshot({ path: `.shots/${name}.png` });
await browser.close();
await server.close();

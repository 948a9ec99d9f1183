import path from 'node:path';
import { axeViolations } from '../tests/support/axe.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
const server = await serveStatic(path.resolve(process.argv[2] ?? 'dist'));
const browser = await launchBrowser();
const page = await browser.newPage();
for (const url of process.argv.slice(3)) {
  await page.goto(`${server.url}${url}`);
  console.log(url, JSON.stringify(await axeViolations(page)));
}
await browser.close();
await server.close();

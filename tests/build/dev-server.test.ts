import { type ChildProcess, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../support/fixture-copy.ts';
import { ROOT } from '../support/paths.ts';

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function page(url: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

describe('npm run dev, as an editor uses it', async () => {
  const copy = await fixtureCopy();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/anvisningar/larm/`;
  let server: ChildProcess | undefined;
  let log = '';
  afterAll(async () => {
    server?.kill();
    await copy.remove();
    await rm(`${copy.dir}.cache`, { recursive: true, force: true });
  });

  it('shows an edit on the next request, a content error in Swedish with its line, and goes on after it is fixed', async () => {
    server = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
      {
        cwd: ROOT,
        // As an editor's shell has it: not the test runner's NODE_ENV=test and VITEST_* variables.
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
          STYRDOK_CONTENT: copy.dir,
          STYRDOK_CACHE_DIR: `${copy.dir}.cache`,
        },
      },
    );
    server.stdout?.on('data', (chunk) => (log += chunk));
    server.stderr?.on('data', (chunk) => (log += chunk));
    // Starting takes a while on a loaded machine; only a hang fails.
    await expect
      .poll(async () => (await page(url)).status, { timeout: 240_000, interval: 1000, message: `the server said:\n${log}` })
      .toBe(200);
    expect((await page(url)).text).toContain('Ring krisstödet och följ larmlistan.');

    await copy.edit('anvisningar/larm/2022.md', (text) => text.replace('Ring krisstödet', 'Ring genast krisstödet'));
    await expect.poll(async () => (await page(url)).text, { timeout: 60_000, interval: 500 }).toContain('Ring genast krisstödet');

    await copy.edit('anvisningar/larm/2022.md', (text) => text.replace('beslutsdatum: 2022-05-10', 'beslutsdatum: 2022-13-10'));
    let failed = '';
    await expect
      .poll(
        async () => {
          const answer = await page(url);
          if (answer.status === 500 && !failed) failed = answer.text;
          return answer.status;
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(500);
    const message =
      /anvisningar\/larm\/2022\.md:6:1 fel \[beslutsdatum\] \(content\/invalid-field\): fältet "beslutsdatum" är inget datum: månaden ska vara 01–12/;
    // In the terminal where `npm run dev` runs; the page is Astro's error page, whose overlay
    // (drawn by its client script) shows the same message.
    expect(log).toMatch(message);
    expect(failed).toContain('<title>ContentErrors</title>');
    expect(server.exitCode).toBeNull();

    await copy.edit('anvisningar/larm/2022.md', (text) => text.replace('beslutsdatum: 2022-13-10', 'beslutsdatum: 2022-05-10'));
    await expect.poll(async () => (await page(url)).status, { timeout: 60_000, interval: 500 }).toBe(200);
  });
});

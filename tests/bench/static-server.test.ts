import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../support/static-server.ts';

// The benchmark counts the bytes a reader loads: text compressed as GitHub Pages sends it,
// Pagefind's files (compressed by Pagefind) as they are.
describe('serveStatic with gzip', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const script = `export const words = '${'sökord '.repeat(200)}';\n`;
  const fragment = Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'styrdok-serve-'));
    await writeFile(path.join(dir, 'sok.js'), script);
    await writeFile(path.join(dir, 'sv_1.pf_fragment'), fragment);
    server = await serveStatic(dir, '/', { gzip: true });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (file: string, encoding?: string) => {
    return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      request(`${server.url}/${file}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  };

  it('compresses text for a browser that accepts gzip', async () => {
    const { headers, body } = await get('sok.js', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(body.length).toBeLessThan(script.length / 4);
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('sends text as it is to a client that does not accept gzip', async () => {
    const { headers, body } = await get('sok.js');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe(script);
  });

  it("sends Pagefind's own files as they are", async () => {
    const { headers, body } = await get('sv_1.pf_fragment', 'gzip');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.equals(fragment)).toBe(true);
  });
});

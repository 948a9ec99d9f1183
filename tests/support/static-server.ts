import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
};

/** Types a host compresses. Pagefind's own files are compressed already and are sent as they are. */
const COMPRESSED = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * Serves a built site on a free loopback port, the way static hosting would (dir/ → dir/index.html),
 * under `base` as GitHub Pages serves a project site (`/styrdok/…`; anything outside it is not found).
 * With `gzip`, text goes gzip-compressed to a browser that accepts it, as GitHub Pages sends it:
 * what the benchmark counts as bytes a reader loads.
 */
export async function serveStatic(
  root: string,
  base = '/',
  options: { gzip?: boolean } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const pathname = requested.startsWith(base) ? `/${requested.slice(base.length)}` : undefined;
    let file = pathname === undefined ? path.join(root, '.outside-base') : path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const gzip = options.gzip === true && COMPRESSED.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
      // A file that cannot be read after all ends the answer with an error, never leaves it open:
      // a browser would wait for the rest forever.
      const body = createReadStream(file).on('error', () => response.destroy());
      (gzip ? body.pipe(createGzip()) : body).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      createReadStream(path.join(root, '404.html'))
        .on('error', () => response.end())
        .pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

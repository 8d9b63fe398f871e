/**
 * A small static server for a built site under its base path, as GitHub Pages serves it: gzip for
 * text, `Cache-Control: max-age=600`, `index.html` for folders, and `404.html` with status 404.
 * Lighthouse audits pages through it, so compression and status codes match production.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** A running server; `url` ends with the base path. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dist` at `http://127.0.0.1:<port><base>`. */
export async function serveStatic(dist: string, base: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return send(response, 404, path.join(dist, '404.html'), request.headers['accept-encoding']);
    pathname = pathname.slice(base.length);
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist)) return send(response, 403, null, undefined);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/` });
        response.end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) return send(response, 200, file, request.headers['accept-encoding']);
    return send(response, 404, path.join(dist, '404.html'), request.headers['accept-encoding']);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(response: import('node:http').ServerResponse, status: number, file: string | null, acceptEncoding: string | undefined): void {
  if (!file || !existsSync(file)) {
    response.writeHead(status, { 'content-type': 'text/plain' });
    response.end(String(status));
    return;
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(acceptEncoding ?? '');
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'max-age=600',
    vary: 'Accept-Encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : { 'content-length': statSync(file).size }),
  });
  const stream = createReadStream(file);
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}

// The bench's server: dist/, the bench pages, the demo pages and the reference API on one loopback port,
// gzip-compressed like a real CDN (so transfer sizes are realistic), with ETag/Cache-Control on static files
// (so a reload can be served from the HTTP cache) and an optional delay on thumbnails (so CLS is measured
// while images arrive late). It logs every request it answers: the requests benchmark counts those.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** URL prefix → folder. The demo pages load the sources through Vite; here they get the built bundle. */
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/bench/', join(ROOT, 'bench/pages')],
  ['/demo/', join(ROOT, 'demo')],
];

/** @param {string} root @param {string} rest */
function fileUnder(root, rest) {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(rest)));
  } catch {
    return undefined;
  }
  if (!path.startsWith(root + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** Demo pages import `/src/index.ts` (Vite); served here against the built ES bundle instead. */
function demoHtml(/** @type {Buffer} */ bytes) {
  return Buffer.from(bytes.toString('utf8').replaceAll('/src/index.ts', '/dist/agenda-widgets.js'));
}

/**
 * @typedef {{method: string, path: string, status: number, time: number}} Hit
 * @param {{thumbDelayMs?: number}} [options]
 */
export async function startServer(options = {}) {
  const api = createApp({ basePath: '/api' });
  /** @type {Hit[]} */
  const hits = [];
  let thumbDelayMs = options.thumbDelayMs ?? 0;

  /** @param {Request} request @returns {Promise<Response>} */
  const route = async (request) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/api/')) {
      if (thumbDelayMs && url.pathname.includes('/static/im/')) await new Promise((r) => setTimeout(r, thumbDelayMs));
      return api.fetch(request);
    }
    if (url.pathname === '/favicon.ico') return new Response(null, { status: 204 });
    const mounts = url.pathname === '/' || url.pathname === '/index.html' ? [['/', ROOT]] : MOUNTS;
    for (const [prefix, root] of mounts) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = url.pathname === '/' ? join(ROOT, 'index.html') : fileUnder(root, url.pathname.slice(prefix.length));
      if (!file) break;
      let bytes = readFileSync(file);
      if (file.endsWith('.html')) bytes = demoHtml(bytes);
      const etag = `"${createHash('sha1').update(bytes).digest('base64url').slice(0, 16)}"`;
      // Static files: cacheable for 10 minutes and revalidated by ETag after, like a CDN in front of dist/.
      const headers = { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream', 'cache-control': 'public, max-age=600', etag };
      if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
      return new Response(bytes, { headers });
    }
    return new Response('not found', { status: 404 });
  };

  /** Gzips text answers (JS, HTML, JSON) when the browser accepts it, as any production host does. */
  const fetch = async (/** @type {Request} */ request) => {
    const response = await route(request);
    const type = response.headers.get('content-type') ?? '';
    hits.push({ method: request.method, path: new URL(request.url).pathname + new URL(request.url).search, status: response.status, time: Date.now() });
    if (response.status !== 200 || !/text|javascript|json/.test(type) || !/gzip/.test(request.headers.get('accept-encoding') ?? '')) return response;
    const body = gzipSync(Buffer.from(await response.arrayBuffer()), { level: 6 });
    const headers = new Headers(response.headers);
    headers.set('content-encoding', 'gzip');
    headers.set('vary', 'Accept-Encoding');
    headers.delete('content-length');
    return new Response(body, { status: 200, headers });
  };

  /** @type {import('node:http').Server} */
  let server;
  const port = await new Promise((resolveListen) => {
    server = /** @type {any} */ (serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolveListen(info.port)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    /** @param {number} ms */
    setThumbDelay: (ms) => {
      thumbDelayMs = ms;
    },
    close: () => new Promise((resolveClose) => server.close(() => resolveClose(undefined))),
  };
}

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
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** URL prefix → folder. The demo pages load the sources through Vite; here they get the built bundle. */
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/bench/', join(ROOT, 'bench/pages')],
  ['/demo/', join(ROOT, 'demo')],
  // The municipality demo's theme: Vite resolves its bare `@import 'bootstrap/…'`; here it is rewritten.
  ['/node_modules/bootstrap/dist/', join(ROOT, 'node_modules/bootstrap/dist')],
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

/**
 * What Vite would have done to a demo file: HTML imports `/src/index.ts`, served here as the built ES
 * bundle; CSS imports packages by bare name, served from /node_modules/.
 * @param {string} file @param {Buffer} bytes
 */
function adapt(file, bytes) {
  if (file.endsWith('.html')) return Buffer.from(bytes.toString('utf8').replaceAll('/src/index.ts', '/dist/agenda-widgets.js'));
  if (file.endsWith('.css')) return Buffer.from(bytes.toString('utf8').replace(/@import\s+(['"])(?![./]|[a-z]+:)/g, '@import $1/node_modules/'));
  return bytes;
}

/**
 * A static file's bytes, gzip -9 body (what a CDN serving pre-compressed files sends, and what
 * scripts/size.js counts) and ETag, computed once per version of the file: compressing on every request
 * would put the server's work into the timings.
 * @type {Map<string, {mtime: number, bytes: Buffer, gzip: Buffer, etag: string}>}
 */
const statics = new Map();

/** @param {string} file */
function staticFile(file) {
  const mtime = statSync(file).mtimeMs;
  let entry = statics.get(file);
  if (!entry || entry.mtime !== mtime) {
    const bytes = adapt(file, readFileSync(file));
    const etag = `"${createHash('sha1').update(bytes).digest('base64url').slice(0, 16)}"`;
    entry = { mtime, bytes, gzip: gzipSync(bytes, { level: 9 }), etag };
    statics.set(file, entry);
  }
  return entry;
}

/** A Buffer as a Response body, without a copy. @param {Buffer} bytes */
const body = (bytes) => new Uint8Array(/** @type {ArrayBuffer} */ (bytes.buffer), bytes.byteOffset, bytes.byteLength);

/** @param {string} type */
const compressible = (type) => /text|javascript|json/.test(type);

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
    const gzip = /gzip/.test(request.headers.get('accept-encoding') ?? '');
    if (url.pathname.startsWith('/api/')) {
      if (thumbDelayMs && url.pathname.includes('/static/im/')) await new Promise((r) => setTimeout(r, thumbDelayMs));
      const response = await api.fetch(request);
      // API answers are compressed on the fly (level 6, a common server default).
      const type = response.headers.get('content-type') ?? '';
      if (response.status !== 200 || !gzip || !compressible(type)) return response;
      const headers = new Headers(response.headers);
      headers.set('content-encoding', 'gzip');
      headers.set('vary', 'Accept-Encoding');
      headers.delete('content-length');
      return new Response(body(gzipSync(Buffer.from(await response.arrayBuffer()), { level: 6 })), { status: 200, headers });
    }
    if (url.pathname === '/favicon.ico') return new Response(null, { status: 204 });
    const mounts = url.pathname === '/' || url.pathname === '/index.html' ? [['/', ROOT]] : MOUNTS;
    for (const [prefix, root] of mounts) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = url.pathname === '/' ? join(ROOT, 'index.html') : fileUnder(root, url.pathname.slice(prefix.length));
      if (!file) break;
      const { bytes, gzip: compressed, etag } = staticFile(file);
      const type = TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream';
      // Static files: cacheable for 10 minutes and revalidated by ETag after, like a CDN in front of dist/.
      /** @type {Record<string, string>} */
      const headers = { 'content-type': type, 'cache-control': 'public, max-age=600', etag, vary: 'Accept-Encoding' };
      if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
      if (gzip && compressible(type)) return new Response(body(compressed), { headers: { ...headers, 'content-encoding': 'gzip' } });
      return new Response(body(bytes), { headers });
    }
    return new Response('not found', { status: 404 });
  };

  const fetch = async (/** @type {Request} */ request) => {
    const response = await route(request);
    const url = new URL(request.url);
    hits.push({ method: request.method, path: url.pathname + url.search, status: response.status, time: Date.now() });
    return response;
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

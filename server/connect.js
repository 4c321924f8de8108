// Mounts the reference API under a path prefix in a Connect-style server (Vite's dev and preview
// servers: `server.middlewares.use(connectMiddleware('/api'))`).
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.js';

/**
 * A Connect middleware serving the reference API under `prefix` (e.g. `/api`); other requests go on to
 * `next`. Image URLs in the answers include the prefix.
 * @param {string} prefix path the API is mounted on, without a trailing slash
 * @param {import('./app.js').AppOptions} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: (error?: unknown) => void) => void}
 */
export function connectMiddleware(prefix, options = {}) {
  const listener = getRequestListener(createApp({ ...options, basePath: prefix }).fetch);
  return (req, res, next) => {
    // Connect strips the mount path when mounted with use(path, fn); originalUrl keeps it.
    const url = /** @type {{originalUrl?: string}} */ (req).originalUrl ?? req.url ?? '';
    if (url !== prefix && !url.startsWith(`${prefix}/`) && !url.startsWith(`${prefix}?`)) return next();
    req.url = url;
    listener(req, res).catch(next);
  };
}

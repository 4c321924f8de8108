// Mounts the reference API under a path prefix inside a Koa-based dev server (WTR, @web/dev-server).
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.js';

/**
 * A Koa middleware serving the reference API under `prefix` (e.g. `/api`). The app is created with that
 * prefix as its base path, so the absolute image URLs it writes include it.
 * @param {string} prefix path the API is mounted on, without a trailing slash
 * @param {import('./app.js').AppOptions} [options]
 * @returns {(ctx: any, next: () => Promise<void>) => Promise<void>}
 */
export function apiMiddleware(prefix, options = {}) {
  const listener = getRequestListener(createApp({ ...options, basePath: prefix }).fetch);
  return async (ctx, next) => {
    const url = ctx.req.url ?? '';
    if (url !== prefix && !url.startsWith(`${prefix}/`) && !url.startsWith(`${prefix}?`)) return next();
    ctx.respond = false;
    await listener(ctx.req, ctx.res);
  };
}

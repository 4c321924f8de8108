// /static/im/visuels/<id>.jpg (posters) and /static/im/thumb.php (the resizer). The resizer only ever
// serves this server's own posters: `src` is parsed, never fetched.

import { ApiError } from '../errors.js';
import { LruCache } from '../images/lru.js';
import { renderPoster, resize } from '../images/poster.js';

/** Largest width or height thumb.php accepts; bigger values are clamped to it. */
export const MAX_THUMB_SIDE = 2000;

/**
 * Image caches of one app: rendered posters and resized copies, each bounded.
 * @typedef {{posters: LruCache<Promise<Buffer>>, thumbs: LruCache<Promise<Buffer>>}} ImageCaches
 */

/** @returns {ImageCaches} */
export function createImageCaches() {
  return { posters: new LruCache(64), thumbs: new LruCache(256) };
}

/**
 * The poster of an event, rendered once and cached (the promise is cached so concurrent requests share
 * one rendering; a failed rendering is dropped so it is retried).
 * @param {ImageCaches} caches
 * @param {import('../data/events.js').AgendaEvent} event
 */
export function poster(caches, event) {
  const key = String(event.id);
  let pending = caches.posters.get(key);
  if (!pending) {
    pending = renderPoster(event);
    caches.posters.set(key, pending);
    pending.catch(() => caches.posters.delete(key));
  }
  return pending;
}

/**
 * Reads a thumb.php size parameter: absent or empty → undefined, an integer → clamped to 1…MAX_THUMB_SIDE,
 * anything else → Ax012.
 * @param {string | undefined} value
 */
function side(value) {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new ApiError('Ax012');
  return Math.min(MAX_THUMB_SIDE, Math.max(1, Number(value)));
}

/**
 * The event id a thumb.php `src` designates: it must be one of this server's poster URLs, either absolute
 * with the request's own origin or a path, under this server's mount path. Anything else answers Ax012.
 * @param {string | undefined} src
 * @param {string} base the request origin + mount path
 */
export function posterIdFromSrc(src, base) {
  if (!src) throw new ApiError('Ax012');
  let url;
  try {
    url = new URL(src, base);
  } catch {
    throw new ApiError('Ax012');
  }
  const own = new URL(base);
  if (url.origin !== own.origin || url.search || url.hash) throw new ApiError('Ax012', 403);
  const prefix = own.pathname.replace(/\/$/, '');
  const match = /^\/static\/im\/visuels\/(\d{1,9})\.jpg$/.exec(url.pathname.slice(prefix.length));
  if (!url.pathname.startsWith(prefix) || !match) throw new ApiError('Ax012', 403);
  return Number(match[1]);
}

/**
 * thumb.php: the resized poster.
 * @param {ImageCaches} caches
 * @param {import('../data/events.js').AgendaEvent} event
 * @param {{w?: string, h?: string, zc?: string}} query
 */
export async function thumbnail(caches, event, query) {
  const width = side(query.w);
  const height = side(query.h);
  if (query.zc !== undefined && query.zc !== '' && query.zc !== '0' && query.zc !== '1') throw new ApiError('Ax012');
  const crop = query.zc === '1';
  const key = `${event.id}:${width ?? ''}x${height ?? ''}:${crop ? 1 : 0}`;
  let pending = caches.thumbs.get(key);
  if (!pending) {
    pending = poster(caches, event).then((jpeg) => resize(jpeg, { width, height, crop }));
    caches.thumbs.set(key, pending);
    pending.catch(() => caches.thumbs.delete(key));
  }
  return pending;
}

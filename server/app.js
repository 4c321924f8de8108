// The reference Agenda Culturel API as a Hono app: routing of the keyed URLs, the image endpoints, and
// the HTTP behaviour around them (CORS, caching, ETags, error bodies).

import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { ApiError, errorBody } from './errors.js';
import { KEYS, KEY_PATTERN } from './keys.js';
import { isIsoDate, parisToday } from './lib/dates.js';
import { loadCities } from './data/communes.js';
import { EventStore } from './data/events.js';
import { splitPath } from './segments.js';
import { categoryRoute } from './routes/category.js';
import { citylistRoute } from './routes/citylist.js';
import { geocitiesRoute } from './routes/geocities.js';
import { cityRoute } from './routes/city.js';
import { eventRoute } from './routes/event.js';
import { geoRoute } from './routes/geo.js';
import { createImageCaches, posterIdFromSrc, poster, thumbnail } from './routes/images.js';
import { searchHandler } from './routes/search.js';

/**
 * @typedef {object} AppOptions
 * @property {string} [basePath] path the app is mounted on (e.g. "/api"); image URLs include it
 * @property {string} [today] YYYY-MM-DD the agenda is computed for; default AGENDA_TODAY, else today in Paris
 * @property {number} [latencyMs] test hook: delay every answer; default AGENDA_LATENCY_MS, else 0
 */

/** Cache lifetimes, in seconds: listings change daily, categories and posters hardly ever. */
const MAX_AGE = { listing: 300, category: 86_400, image: 86_400 };

/** Every answer is JSON in UTF-8 except images. */
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Reads and checks the agenda's "today".
 * @param {string | undefined} value
 */
function resolveToday(value) {
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value)) throw new TypeError(`today / AGENDA_TODAY must be a date written YYYY-MM-DD, got "${value}"`);
  return value;
}

/**
 * Normalises a mount path: "" or "/api" (leading slash, no trailing slash).
 * @param {string | undefined} basePath
 */
function normaliseBasePath(basePath) {
  const trimmed = (basePath ?? '').replace(/\/+$/, '');
  return trimmed === '' ? '' : trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Creates the reference API.
 * @param {AppOptions} [options]
 */
export function createApp(options = {}) {
  const basePath = normaliseBasePath(options.basePath);
  const fixedToday = resolveToday(options.today ?? process.env.AGENDA_TODAY);
  const latencyMs = options.latencyMs ?? (Number(process.env.AGENDA_LATENCY_MS) || 0);
  const images = createImageCaches();
  /** @type {EventStore | undefined} */
  let store;

  /** The event store for today, rebuilt when the date changes (a server left running past midnight). */
  const currentStore = () => {
    const today = fixedToday ?? parisToday();
    if (!store || store.today !== today) store = new EventStore(loadCities(), today);
    return store;
  };

  /**
   * Origin + mount path of a request, the base of every absolute URL the answers contain.
   * @param {string} url
   */
  const baseOf = (url) => `${new URL(url).origin}${basePath}`;

  const app = new Hono().basePath(basePath || '/');

  app.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], maxAge: 86_400 }));
  if (latencyMs > 0) app.use('*', async (_c, next) => { await new Promise((resolve) => setTimeout(resolve, latencyMs)); await next(); });
  app.use('*', etag());

  app.onError(answerError);

  // Requests other than GET/HEAD/OPTIONS (OPTIONS is answered by the CORS middleware).
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', (c) => {
    c.header('Allow', 'GET, HEAD, OPTIONS');
    c.header('Content-Type', JSON_TYPE);
    return c.body(JSON.stringify(errorBody(new ApiError('Ax012'))), 405);
  });

  app.get('/static/im/visuels/:file', async (c) => {
    const match = /^(\d{1,9})\.jpg$/.exec(c.req.param('file'));
    if (!match) throw new ApiError('Ax012', 404);
    const event = currentStore().find(Number(match[1]));
    if (!event) throw new ApiError('Ax007');
    return image(c, await poster(images, event));
  });

  app.get('/static/im/thumb.php', async (c) => {
    const id = posterIdFromSrc(c.req.query('src'), baseOf(c.req.url));
    const event = currentStore().find(id);
    if (!event) throw new ApiError('Ax007');
    return image(c, await thumbnail(images, event, { w: c.req.query('w'), h: c.req.query('h'), zc: c.req.query('zc') }));
  });

  // The geocoder stand-in (API Adresse's /search/), keyless, before the keyed catch-all.
  app.get('/search', searchHandler);
  app.get('/search/', searchHandler);

  app.get('*', (c) => {
    // The raw path, still percent-encoded, so an encoded slash (%2F) cannot pass for a separator.
    const rawPath = new URL(c.req.url).pathname.slice(basePath.length);
    const [keySegment, format, route, ...rest] = splitPath(rawPath);
    const key = keySegment !== undefined && KEY_PATTERN.test(keySegment) ? KEYS.get(keySegment) : undefined;
    if (!key) throw new ApiError('Ax001');
    if (key.disabled) throw new ApiError('Ax019');
    if (format !== 'json') throw new ApiError('Ax002');

    const context = { key, cities: loadCities(), store: currentStore(), base: baseOf(c.req.url) };
    /** @type {object} */
    let body;
    let maxAge = MAX_AGE.listing;
    if (route === 'category') {
      body = categoryRoute(context, rest);
      maxAge = MAX_AGE.category;
    } else if (route === 'citylist') body = citylistRoute(context, rest);
    else if (route === 'geocities') body = geocitiesRoute(context, rest);
    else if (route === 'event') body = eventRoute(context, rest);
    else if (route === 'geo') body = geoRoute(context, rest);
    // The city listing has no keyword: anything else in third position is read as a city id (Ax004).
    else body = cityRoute(context, route ?? '', rest);

    c.header('Cache-Control', `public, max-age=${maxAge}`);
    c.header('Content-Type', JSON_TYPE);
    return c.body(JSON.stringify(body));
  });

  return app;
}

/**
 * The error handler: a documented ApiError becomes its JSON body; anything else is logged on the server
 * and answered as Ax011, never with its message or stack.
 * @param {Error} error
 * @param {import('hono').Context} c
 */
export function answerError(error, c) {
  const apiError = error instanceof ApiError ? error : new ApiError('Ax011');
  if (!(error instanceof ApiError)) console.error('agenda api: internal error', error);
  c.header('Cache-Control', 'no-store');
  c.header('Content-Type', JSON_TYPE);
  return c.body(JSON.stringify(errorBody(apiError)), apiError.status);
}

/**
 * A JPEG answer, cacheable for a day.
 * @param {import('hono').Context} c
 * @param {Buffer} bytes
 */
function image(c, bytes) {
  c.header('Content-Type', 'image/jpeg');
  c.header('Cache-Control', `public, max-age=${MAX_AGE.image}`);
  return c.body(new Uint8Array(bytes));
}

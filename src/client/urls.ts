/**
 * Pure URL builders for every endpoint of the API and the image resizer. Each checks its arguments first and
 * throws the `AgendaError` the API would answer, so a URL that comes out of here is one the API accepts.
 *
 * Rules that keep URLs canonical (one URL per logical request, so cache and de-duplication keys match):
 * - optional trailing segments are written only up to the last one the caller gave;
 * - `offset,limit` is written when the caller passed either (the missing half takes the API's default);
 * - in event listings, categories and `offset,limit` are independent (`/2/0,15` is a valid URL), as the
 *   project's contract (DESIGN.md) writes them: their values cannot be mistaken for each other;
 * - `geocities` segments are read by position, and an excluded-ids list (`1,37`) looks like an `offset,limit`
 *   pair, so a skipped segment *before* one that is written is filled with its neutral value: `0` for "no
 *   excluded city" (no city has id 0), all seven categories, and the documented 50 km radius;
 * - categories and excluded ids are de-duplicated in the caller's order; decimals use a dot, at most 6
 *   decimals, no exponent, no locale.
 */
import { AgendaError } from './errors.js';
import { KNOWN_CATEGORIES, type CityEventsQuery, type CitySearchQuery, type GeoEventsQuery } from './types.js';
import type { NearbyCitiesQuery, ThumbnailOptions } from './types.js';
import {
  DEFAULT_CITY_LIMIT,
  checkApiKey,
  checkCategories,
  checkCityId,
  checkDistance,
  checkEventId,
  checkExcludedIds,
  checkPaging,
  checkPosition,
  formatDecimal,
  httpUrl,
  type CheckedPaging,
} from './validate.js';

/** The production API. */
export const DEFAULT_API_BASE = 'https://api.agendaculturel.fr';

/** Radius the API uses for `geocities` when `distance_max` is absent (documented: 50 km). */
const DEFAULT_NEARBY_DISTANCE_KM = 50;

/** Neutral value of the excluded-ids segment when a later geocities segment must be written. */
const NO_EXCLUDED_CITY = '0';

/** Where requests go: a resolved base URL and the key that is the first path segment. */
export interface ApiTarget {
  /** Absolute base URL without a trailing slash, e.g. `https://api.agendaculturel.fr`. */
  apiBase: string;
  /** The 8-character API key. */
  apiKey: string;
}

/** The two URLs of a thumbnail, ready for `<img src srcset>`. */
export interface ThumbnailSources {
  /** The 1x URL. */
  src: string;
  /** `"<1x URL> 1x, <2x URL> 2x"`, the 2x asking for doubled dimensions. */
  srcset: string;
}

/**
 * Resolves `apiBase` (absolute, or relative to `pageUrl`, the current page by default) to an absolute http(s)
 * URL without query, hash or trailing slash; anything else is a `config` error.
 */
export function resolveApiBase(apiBase: string = DEFAULT_API_BASE, pageUrl?: string): string {
  // The document's base URL, as the configuration checks use: in a `srcdoc` or `about:blank` frame the
  // location is `about:…` while relative URLs resolve against the parent page (and a `<base href>` counts).
  const scope = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
  const page = pageUrl ?? scope.document?.baseURI ?? scope.location?.href;
  const text = typeof apiBase === 'string' ? apiBase.trim() : '';
  let url: URL;
  try {
    url = page ? new URL(text || DEFAULT_API_BASE, page) : new URL(text || DEFAULT_API_BASE);
  } catch {
    throw new AgendaError('config', { detail: `api base ${JSON.stringify(apiBase)} is not a URL` });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AgendaError('config', { detail: `api base must be http(s), got ${url.protocol}` });
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function root(target: ApiTarget): string {
  return `${target.apiBase}/${checkApiKey(target.apiKey)}/json`;
}

function pagingSegment(paging: CheckedPaging): string {
  return `${paging.offset},${paging.limit}`;
}

/** `[/<categories>][/<offset,limit>]`, the tail shared by the city and geo listings. */
function listingTail(categories: string[], paging: CheckedPaging | null): string {
  let tail = '';
  if (categories.length > 0) tail += `/${categories.join(',')}`;
  if (paging) tail += `/${pagingSegment(paging)}`;
  return tail;
}

/** `/{key}/json/category`. */
export function categoriesUrl(target: ApiTarget): string {
  return `${root(target)}/category`;
}

/**
 * What a visitor typed, reduced to what a city name is made of (letters, digits, spaces, `'’.-`): the API
 * answers Ax012 to other characters, and an autocomplete box should not turn "Saint-Denis (93)" into an
 * error. Commas go too, since they separate values in these URLs.
 */
function cityQueryText(query: unknown): string {
  if (typeof query !== 'string') return '';
  return query.replace(/[^\p{L}\p{M}\p{N} '’.-]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * `/{key}/json/citylist/{q}[/{excluded}]`, or null when the query is empty once cleaned (nothing to ask).
 * The query is URI-encoded, so accents and spaces cannot change the URL's structure.
 */
export function citySearchUrl(target: ApiTarget, query: CitySearchQuery): string | null {
  const base = root(target);
  const text = cityQueryText(query.query);
  const excluded = checkExcludedIds(query.exclude);
  if (text === '') return null;
  return `${base}/citylist/${encodeURIComponent(text)}${excluded.length > 0 ? `/${excluded.join(',')}` : ''}`;
}

/** `/{key}/json/geocities/{lat,lon}[/{excluded}][/{categories}][/{distance_max}][/{offset,limit}]`. */
export function nearbyCitiesUrl(target: ApiTarget, query: NearbyCitiesQuery): string {
  const base = root(target);
  const { lat, lon } = checkPosition(query.lat, query.lon);
  const excluded = checkExcludedIds(query.exclude);
  const categories = checkCategories(query.categories);
  const hasDistance = query.maxDistanceKm !== undefined && query.maxDistanceKm !== null;
  const distance = hasDistance ? checkDistance(query.maxDistanceKm) : null;
  const paging = checkPaging(query.offset, query.limit, DEFAULT_CITY_LIMIT);

  // Segments by position; the last one given decides how many are written, earlier gaps get neutral values.
  const segments: (string | null)[] = [
    excluded.length > 0 ? excluded.join(',') : null,
    categories.length > 0 ? categories.join(',') : null,
    distance !== null ? formatDecimal(distance) : null,
    paging ? pagingSegment(paging) : null,
  ];
  const neutral = [NO_EXCLUDED_CITY, KNOWN_CATEGORIES.join(','), String(DEFAULT_NEARBY_DISTANCE_KM)];
  let last = segments.length - 1;
  while (last >= 0 && segments[last] === null) last -= 1;
  let url = `${base}/geocities/${formatDecimal(lat)},${formatDecimal(lon)}`;
  for (let index = 0; index <= last; index += 1) url += `/${segments[index] ?? neutral[index]}`;
  return url;
}

/** `/{key}/json/{city}[/{categories}][/{offset,limit}]`. */
export function cityEventsUrl(target: ApiTarget, query: CityEventsQuery): string {
  const base = root(target);
  const city = checkCityId(query.city);
  const categories = checkCategories(query.categories);
  const paging = checkPaging(query.offset, query.limit);
  return `${base}/${city}${listingTail(categories, paging)}`;
}

/**
 * `/{key}/json/geo/{lat,lon}/{radius}[/{categories}][/{offset,limit}]`, or for a key restricted to a zone the
 * bare `/{key}/json/geo/` followed by the same optional tail (`geo/{categories}[/{offset,limit}]`): the
 * documented assumption, since the provider shows only the bare form. A position given with `restricted` is
 * ignored, because the key's own zone is what the API uses.
 */
export function geoEventsUrl(target: ApiTarget, query: GeoEventsQuery): string {
  const base = root(target);
  if (query.restricted) {
    const categories = checkCategories(query.categories);
    const paging = checkPaging(query.offset, query.limit);
    const tail = listingTail(categories, paging);
    return `${base}/geo/${tail.slice(1)}`;
  }
  const { lat, lon } = checkPosition(query.lat, query.lon);
  const radius = checkDistance(query.radiusKm);
  const categories = checkCategories(query.categories);
  const paging = checkPaging(query.offset, query.limit);
  return `${base}/geo/${formatDecimal(lat)},${formatDecimal(lon)}/${formatDecimal(radius)}${listingTail(categories, paging)}`;
}

/** `/{key}/json/event/{id}`. */
export function eventUrl(target: ApiTarget, id: number | string): string {
  const base = root(target);
  return `${base}/event/${checkEventId(id)}`;
}

function pixels(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 1) {
    throw new AgendaError('config', { detail: `thumbnail ${what} must be a number of pixels ≥ 1, got ${String(value)}` });
  }
  return Math.round(value);
}

/** `{apiBase}/static/im/thumb.php?src=…&w=…&h=…&zc=1|0` for one size. */
function thumbUrl(apiBase: string, src: string, width: number, height: number, crop: boolean): string {
  return `${apiBase}/static/im/thumb.php?src=${encodeURIComponent(src)}&w=${width}&h=${height}&zc=${crop ? 1 : 0}`;
}

/**
 * The resizer's URLs for `image` at 1x and 2x (doubled width and height). `image` must be an absolute http(s)
 * URL (the API's `visuel`), else this throws a `config` error: the resizer only fetches absolute URLs, and a
 * `javascript:` or relative value must never reach an `<img>`.
 */
export function thumbnailSources(apiBase: string, image: string, options: ThumbnailOptions): ThumbnailSources {
  const src = httpUrl(image);
  if (!src) throw new AgendaError('config', { detail: `thumbnail image must be an absolute http(s) URL` });
  const width = pixels(options?.width, 'width');
  const height = pixels(options?.height, 'height');
  const crop = options.crop !== false;
  const one = thumbUrl(apiBase, src, width, height, crop);
  const two = thumbUrl(apiBase, src, width * 2, height * 2, crop);
  // encodeURIComponent escapes commas and spaces, so the URLs cannot break the srcset syntax.
  return { src: one, srcset: `${one} 1x, ${two} 2x` };
}

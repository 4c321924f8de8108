/**
 * Pure URL builders of what every page needs: the API base, the listing of a city's events, one event and
 * the image resizer (the other endpoints' are in `urls-places.ts`). Each checks its arguments first and throws
 * the `AgendaError` the API would answer, so a URL that comes out of here is one the API accepts.
 *
 * Rules that keep URLs canonical (one URL per logical request, so cache and de-duplication keys match):
 * - optional trailing segments are written only up to the last one the caller gave;
 * - `offset,limit` is written when the caller passed either (the missing half takes the API's default), except
 *   in event listings when it is the API's default page (`0,15`);
 * - in event listings, `offset,limit` is the segment after the categories, as the provider documents it: a
 *   page beyond the default one without categories fills their segment with every category, since an API
 *   reading segments by position would take `/2/30,15` for categories "30,15" (Ax003);
 * - categories are de-duplicated in the caller's order.
 */
import { AgendaError } from './errors.js';
import type { CityEventsQuery, ThumbnailOptions } from './types.js';
import { DEFAULT_LIMIT, DEFAULT_OFFSET, allCategories, checkApiKey, checkCategories, checkCityId, checkEventId, checkPaging, httpUrl, type CheckedPaging } from './validate.js';

/** The production API. */
export const DEFAULT_API_BASE = 'https://api.agendaculturel.fr';

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

/** `{apiBase}/{key}/json`, the root of every endpoint; checks the key (Ax001). */
export function apiRoot(target: ApiTarget): string {
  return `${target.apiBase}/${checkApiKey(target.apiKey)}/json`;
}

/** The `offset,limit` segment. */
export function pagingSegment(paging: CheckedPaging): string {
  return `${paging.offset},${paging.limit}`;
}

/**
 * `[/<categories>][/<offset,limit>]`, the tail shared by the city and geo listings. The API's own default page
 * (`0,15`) is left out, so a first page reads `/2`; any other page comes after a categories segment, every
 * category when none was asked for (`/2/concert,…,exposition/15,15`): read by position or by form, the URL
 * means the same.
 */
export function listingTail(categories: string[], paging: CheckedPaging | null): string {
  const page = paging && (paging.offset !== DEFAULT_OFFSET || paging.limit !== DEFAULT_LIMIT) ? `/${pagingSegment(paging)}` : '';
  const filter = categories.length > 0 ? categories : page ? allCategories() : [];
  return `${filter.length > 0 ? `/${filter.join(',')}` : ''}${page}`;
}

/** `/{key}/json/category`. */
export function categoriesUrl(target: ApiTarget): string {
  return `${apiRoot(target)}/category`;
}

/** `/{key}/json/{city}[/{categories}][/{offset,limit}]`. */
export function cityEventsUrl(target: ApiTarget, query: CityEventsQuery): string {
  const base = apiRoot(target);
  const city = checkCityId(query.city);
  // Categories last: a URI only the API's list can confirm has the client ask for it (see `withCheckedUrl`),
  // which every other argument must be right to be worth.
  const paging = checkPaging(query.offset, query.limit);
  const categories = checkCategories(query.categories);
  return `${base}/${city}${listingTail(categories, paging)}`;
}

/** `/{key}/json/event/{id}`. */
export function eventUrl(target: ApiTarget, id: number | string): string {
  const base = apiRoot(target);
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

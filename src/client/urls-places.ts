/**
 * URL builders of the endpoints only `<agenda-geo>`, `<agenda-city-search>` and `<agenda-categories>` call
 * (`category`, `citylist`, `geocities`, `geo`), apart from `urls-core.ts` so a page that only lists a city's
 * events never loads them. Same rules as there, plus their own:
 * - excluded ids are de-duplicated in the caller's order; decimals use a dot, at most 6 decimals, no exponent,
 *   no locale;
 * - `geocities` segments are read by position, and an excluded-ids list (`1,37`) looks like an `offset,limit`
 *   pair, so a skipped segment *before* one that is written is filled with its neutral value: `0` for "no
 *   excluded city" (no city has id 0), every category (`allCategories`), and the documented 50 km radius.
 */
import { type CitySearchQuery, type GeoEventsQuery, type NearbyCitiesQuery } from './types.js';
import { apiRoot, listingTail, pagingSegment, type ApiTarget } from './urls-core.js';
import { allCategories, checkCategories, checkPaging, formatDecimal } from './validate.js';
import { DEFAULT_CITY_LIMIT, checkDistance, checkExcludedIds, checkPosition } from './validate-places.js';

/** Radius the API uses for `geocities` when `distance_max` is absent (documented: 50 km). */
const DEFAULT_NEARBY_DISTANCE_KM = 50;

/** Neutral value of the excluded-ids segment when a later geocities segment must be written. */
const NO_EXCLUDED_CITY = '0';

/**
 * What a visitor typed, reduced to what a city name is made of (letters, digits, spaces, `'’.-`): the API
 * answers Ax012 to other characters, and an autocomplete box should not turn "Saint-Denis (93)" into an
 * error. Commas go too, since they separate values in these URLs.
 */
function cityQueryText(query: unknown): string {
  if (typeof query !== 'string') return '';
  const text = query.replace(/[^\p{L}\p{M}\p{N} '’.-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  // No town is named by punctuation alone, and "." or ".." as a path segment would change the endpoint.
  return /[\p{L}\p{N}]/u.test(text) ? text : '';
}

/**
 * `/{key}/json/citylist/{q}[/{excluded}]`, or null when the query is empty once cleaned (nothing to ask).
 * The query is URI-encoded, so accents and spaces cannot change the URL's structure.
 */
export function citySearchUrl(target: ApiTarget, query: CitySearchQuery): string | null {
  const base = apiRoot(target);
  const text = cityQueryText(query.query);
  const excluded = checkExcludedIds(query.exclude);
  if (text === '') return null;
  return `${base}/citylist/${encodeURIComponent(text)}${excluded.length > 0 ? `/${excluded.join(',')}` : ''}`;
}

/** `/{key}/json/geocities/{lat,lon}[/{excluded}][/{categories}][/{distance_max}][/{offset,limit}]`. */
export function nearbyCitiesUrl(target: ApiTarget, query: NearbyCitiesQuery): string {
  const base = apiRoot(target);
  const { lat, lon } = checkPosition(query.lat, query.lon);
  const excluded = checkExcludedIds(query.exclude);
  const hasDistance = query.maxDistanceKm !== undefined && query.maxDistanceKm !== null;
  const distance = hasDistance ? checkDistance(query.maxDistanceKm) : null;
  const paging = checkPaging(query.offset, query.limit, DEFAULT_CITY_LIMIT);
  // Last, as in cityEventsUrl: a category only the API's list confirms is worth asking about only then.
  const categories = checkCategories(query.categories);

  // Segments by position; the last one given decides how many are written, earlier gaps get neutral values.
  const segments: (string | null)[] = [
    excluded.length > 0 ? excluded.join(',') : null,
    categories.length > 0 ? categories.join(',') : null,
    distance !== null ? formatDecimal(distance) : null,
    paging ? pagingSegment(paging) : null,
  ];
  const neutral = [NO_EXCLUDED_CITY, allCategories().join(','), String(DEFAULT_NEARBY_DISTANCE_KM)];
  let last = segments.length - 1;
  while (last >= 0 && segments[last] === null) last -= 1;
  let url = `${base}/geocities/${formatDecimal(lat)},${formatDecimal(lon)}`;
  for (let index = 0; index <= last; index += 1) url += `/${segments[index] ?? neutral[index]}`;
  return url;
}

/**
 * `/{key}/json/geo/{lat,lon}/{radius}[/{categories}][/{offset,limit}]`, or for a key restricted to a zone the
 * bare `/{key}/json/geo/` followed by the same optional tail (`geo/{categories}[/{offset,limit}]`): the
 * documented assumption, since the provider shows only the bare form. A position given with `restricted` is
 * ignored, because the key's own zone is what the API uses.
 */
export function geoEventsUrl(target: ApiTarget, query: GeoEventsQuery): string {
  const base = apiRoot(target);
  if (query.restricted) {
    const paging = checkPaging(query.offset, query.limit);
    const categories = checkCategories(query.categories);
    const tail = listingTail(categories, paging);
    return `${base}/geo/${tail.slice(1)}`;
  }
  const { lat, lon } = checkPosition(query.lat, query.lon);
  const radius = checkDistance(query.radiusKm);
  const paging = checkPaging(query.offset, query.limit);
  const categories = checkCategories(query.categories);
  return `${base}/geo/${formatDecimal(lat)},${formatDecimal(lon)}/${formatDecimal(radius)}${listingTail(categories, paging)}`;
}

// /search/?q=<text>&limit=<n> — a stand-in for the French government's geocoder "API Adresse"
// (https://api-adresse.data.gouv.fr/search/), answering its GeoJSON format over this server's communes, so
// the address search of <agenda-geo locate> works offline and in tests. Only municipalities: a street
// address is answered with the commune it names (see docs/reference-server.md).

import { MIN_POPULATION, loadCities } from '../data/communes.js';
import { regionNames } from '../data/regions.js';
import { fold } from '../lib/text.js';

/** Results when `limit` is absent, and the most ever returned (a larger `limit` is clamped). */
export const SEARCH_LIMIT = Object.freeze({ default: 5, max: 20 });

/** Length bounds of `q` once trimmed, as the real service checks them. */
export const QUERY_LENGTH = Object.freeze({ min: 3, max: 200 });

/** The real service's types; this server only has municipalities, so any other filter matches nothing. */
const MUNICIPALITY = 'municipality';

/** Answers depend only on the data packages: cacheable for a day, like /category. */
const MAX_AGE = 86_400;

const JSON_TYPE = 'application/json; charset=utf-8';

/** The real service's wording for a bad `q`. */
const BAD_QUERY = 'q: must contain between 3 and 200 chars and start with a number or a letter';

/**
 * @typedef {import('../data/communes.js').City} City
 * @typedef {{status: number, body: object}} SearchAnswer
 */

/**
 * A 400 in the real service's shapes: `detail` (a list of "param: problem", as it answers today) and
 * `message` (the same sentence, as it answered before), so a client reading either finds it.
 * @param {string} problem
 * @returns {SearchAnswer}
 */
function badRequest(problem) {
  return { status: 400, body: { code: 400, message: problem.replace(/^(\w+): /, '$1 '), detail: [problem] } };
}

/**
 * WGS84 → Lambert-93 (EPSG:2154), the `x` and `y` the real service adds to every feature: a Lambert conformal
 * conic projection with IGN's published constants for the GRS80 ellipsoid.
 * @param {number} lat
 * @param {number} lon
 * @returns {{x: number, y: number}}
 */
export function lambert93(lat, lon) {
  const n = 0.725607765053267;
  const c = 11_754_255.4261;
  const xs = 700_000;
  const ys = 12_655_612.0499;
  const e = 0.0818191910428158;
  const phi = (lat * Math.PI) / 180;
  const sin = Math.sin(phi);
  const isometric = Math.log(Math.tan(Math.PI / 4 + phi / 2) * ((1 - e * sin) / (1 + e * sin)) ** (e / 2));
  const r = c * Math.exp(-n * isometric);
  const gamma = n * ((lon - 3) * Math.PI) / 180;
  const round = (/** @type {number} */ value) => Math.round(value * 100) / 100;
  return { x: round(xs + r * Math.sin(gamma)), y: round(ys - r * Math.cos(gamma)) };
}

/**
 * How well a city matches the whole query as the start of its name (or of its postcode for digits), from 0
 * (not at all) to 1 (exactly).
 * @param {City} city
 * @param {string} query folded query
 * @param {string | null} digits the query's digits when it is only digits (and spaces), else null
 */
function prefixQuality(city, query, digits) {
  if (digits !== null) {
    if (!city.postcode.startsWith(digits)) return 0;
    return city.postcode === digits ? 0.95 : 0.6 + (0.3 * digits.length) / 5;
  }
  if (!city.folded.startsWith(query)) return 0;
  return city.folded === query ? 1 : 0.6 + (0.3 * query.length) / city.folded.length;
}

/**
 * How well a city matches when its name appears as whole words inside a longer text ("12 rue de la
 * République, 80000 Amiens"): 0.8 when a comma-separated part is the name (postcodes aside), 0.7 when a part
 * ends with it, 0.5 elsewhere; +0.1 when the text holds the city's postcode, +0.05 its department's.
 * @param {City} city
 * @param {string[]} parts folded comma-separated parts of the query
 * @param {string[]} postcodes the five-digit numbers of the query
 */
function inTextQuality(city, parts, postcodes) {
  const name = city.folded;
  let quality = 0;
  for (const part of parts) {
    if (!` ${part} `.includes(` ${name} `)) continue;
    const words = part.split(' ').filter((word) => !/^\d{5}$/.test(word)).join(' ');
    const here = words === name ? 0.8 : ` ${words}`.endsWith(` ${name}`) ? 0.7 : 0.5;
    quality = Math.max(quality, here);
  }
  if (quality === 0) return 0;
  if (postcodes.includes(city.postcode)) return quality + 0.1;
  if (postcodes.some((postcode) => postcode.slice(0, 2) === city.postcode.slice(0, 2))) return quality + 0.05;
  return quality;
}

/**
 * The matching cities with their match quality: prefix matches of the whole query, then cities named inside
 * it. When some city is named at the end of a part (the usual "…, Amiens" or "… 80000 Amiens"), names found
 * in the middle of the text (the commune "Rue" in "12 rue de la Paix") are left out.
 * @param {import('../data/communes.js').CityIndex} cities
 * @param {string} text the trimmed query
 * @returns {Map<City, number>}
 */
function match(cities, text) {
  const query = fold(text);
  const digits = /^[\d ]+$/.test(query) ? query.replace(/ /g, '') : null;
  /** @type {Map<City, number>} */
  const found = new Map();
  if (query === '') return found;
  for (const city of cities.all) {
    const quality = prefixQuality(city, query, digits);
    if (quality > 0) found.set(city, quality);
  }
  if (digits !== null) return found;
  const parts = text.split(/[,;\n]+/).map(fold).filter((part) => part !== '');
  const postcodes = query.split(' ').filter((word) => /^\d{5}$/.test(word));
  /** @type {Map<City, number>} */
  const inText = new Map();
  for (const city of cities.all) {
    if (found.has(city)) continue;
    const quality = inTextQuality(city, parts, postcodes);
    if (quality > 0) inText.set(city, quality);
  }
  const strong = [...inText.values()].some((quality) => quality >= 0.7);
  for (const [city, quality] of inText) if (!strong || quality >= 0.7) found.set(city, quality);
  return found;
}

/**
 * The answer to a search, status and body, from the query string's parameters. `q` (3 to 200 characters
 * once trimmed, starting with a letter or a digit) and `limit` (a positive integer, clamped to 20) are
 * checked like the real service; `type` other than `municipality` matches nothing; `autocomplete`, `lat`,
 * `lon` and the other filters of the real service are ignored.
 * @param {import('../data/communes.js').CityIndex} cities
 * @param {URLSearchParams} params
 * @returns {SearchAnswer}
 */
export function searchAnswer(cities, params) {
  const text = (params.get('q') ?? '').trim();
  const length = [...text].length;
  if (length < QUERY_LENGTH.min || length > QUERY_LENGTH.max || !/^[\p{L}\p{N}]/u.test(text)) return badRequest(BAD_QUERY);
  const limitText = (params.get('limit') ?? '').trim();
  /** @type {number} */
  let limit = SEARCH_LIMIT.default;
  if (limitText !== '') {
    if (!/^\d{1,9}$/.test(limitText) || Number(limitText) < 1) return badRequest('limit: must be a positive integer');
    limit = Math.min(Number(limitText), SEARCH_LIMIT.max);
  }
  const type = params.get('type')?.trim() || undefined;

  // Importance: the population on a log scale, 0 for the smallest commune served, 1 for the largest.
  const floor = Math.log10(MIN_POPULATION);
  const span = Math.max(1, Math.log10(cities.byPopulation[0]?.population ?? MIN_POPULATION) - floor);
  const scored = [];
  if (type === undefined || type === MUNICIPALITY) {
    for (const [city, quality] of match(cities, text)) {
      const importance = Math.min(1, Math.max(0, (Math.log10(Math.max(1, city.population)) - floor) / span));
      // Bigger towns weigh in, as in the real service, so "saint" offers Saint-Étienne before Saint-Ay.
      scored.push({ city, importance, score: Math.min(1, 0.7 * quality + 0.3 * importance) });
    }
  }
  scored.sort((a, b) => b.score - a.score || b.city.population - a.city.population || a.city.id - b.city.id);

  const regions = regionNames();
  const round = (/** @type {number} */ value, /** @type {number} */ digits) => Number(value.toFixed(digits));
  const features = scored.slice(0, limit).map(({ city, importance, score }) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round(city.lon, 6), round(city.lat, 6)] },
    properties: {
      label: city.name,
      score: round(score, 4),
      id: city.insee,
      type: MUNICIPALITY,
      name: city.name,
      postcode: city.postcode,
      citycode: city.insee,
      ...lambert93(city.lat, city.lon),
      population: city.population,
      city: city.name,
      context: [city.dep, city.depName, regions.get(city.region)].filter(Boolean).join(', '),
      importance: round(importance, 4),
    },
  }));
  return {
    status: 200,
    body: {
      type: 'FeatureCollection',
      version: 'draft',
      features,
      attribution: 'BAN',
      licence: 'ETALAB-2.0',
      query: text,
      ...(type === undefined ? {} : { filters: { type } }),
      limit,
    },
  };
}

/**
 * The Hono handler of `/search/` and `/search`: JSON, cacheable for a day; errors `no-store`.
 * @param {import('hono').Context} c
 */
export function searchHandler(c) {
  const { status, body } = searchAnswer(loadCities(), new URL(c.req.url).searchParams);
  c.header('Cache-Control', status === 200 ? `public, max-age=${MAX_AGE}` : 'no-store');
  c.header('Content-Type', JSON_TYPE);
  return c.body(JSON.stringify(body), /** @type {200 | 400} */ (status));
}

// /{key}/json/citylist/<query>[/<excluded ids>] — city autocompletion.

import { ApiError } from '../errors.js';
import { fold } from '../lib/text.js';
import { parseExcluded } from '../segments.js';
import { inZone } from './context.js';

/** The documented maximum number of suggestions. */
const MAX_RESULTS = 10;

/**
 * Cities whose name starts with the query (accents, case and punctuation ignored), or whose postcode
 * starts with it when it is all digits; bigger towns first. No match, or no query, gives `cities: null`.
 * @param {import('./context.js').RouteContext} context
 * @param {string[]} rest [query, excluded?]
 */
export function citylistRoute(context, rest) {
  if (rest.length > 2) throw new ApiError('Ax012', 404);
  const query = fold(rest[0] ?? '');
  const excluded = rest[1] === undefined ? new Set() : parseExcluded(rest[1]);
  const byPostcode = /^\d+$/.test(query);
  /** @type {{id: string, ville: string, dep: string}[]} */
  const found = [];
  if (query !== '') {
    for (const city of context.cities.byPopulation) {
      if (found.length === MAX_RESULTS) break;
      if (excluded.has(city.id) || !inZone(context.key, city.lat, city.lon)) continue;
      const matches = byPostcode ? city.postcode.startsWith(query) : city.folded.startsWith(query);
      if (matches) found.push({ id: String(city.id), ville: city.name, dep: city.depName });
    }
  }
  return { cities: found.length > 0 ? found : null };
}

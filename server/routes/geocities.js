// /{key}/json/geocities/<lat,lon>[/<excluded ids>][/<categories>][/<distance_max>][/<offset,limit>]
// — the nearest cities that have upcoming events.

import { ApiError } from '../errors.js';
import { distanceKm } from '../lib/geo.js';
import { formatKm } from '../data/format.js';
import { assignSlots, parseCategories, parseDistance, parseExcluded, parsePage, parsePosition } from '../segments.js';
import { inZone } from './context.js';

/** Documented defaults: 10 cities within 50 km. */
const DEFAULT_PAGE = Object.freeze({ offset: 0, limit: 10 });
const DEFAULT_DISTANCE_KM = 50;

/**
 * @param {import('./context.js').RouteContext} context
 * @param {string[]} rest segments after "geocities"
 */
export function geocitiesRoute(context, rest) {
  const { lat, lon } = parsePosition(rest[0]);
  if (!inZone(context.key, lat, lon)) throw new ApiError('Ax016');
  const slots = assignSlots(rest.slice(1), ['excluded', 'categories', 'distance', 'page']);
  const excluded = slots.excluded === undefined ? new Set() : parseExcluded(slots.excluded);
  const categories = slots.categories === undefined ? null : parseCategories(slots.categories);
  const radius = slots.distance === undefined ? DEFAULT_DISTANCE_KM : parseDistance(slots.distance);
  const page = slots.page === undefined ? DEFAULT_PAGE : parsePage(slots.page);
  const nearby = context.cities.all
    .filter((city) => !excluded.has(city.id) && inZone(context.key, city.lat, city.lon))
    .map((city) => ({ city, km: distanceKm(lat, lon, city.lat, city.lon) }))
    .filter(({ km }) => km <= radius)
    .sort((a, b) => a.km - b.km || a.city.id - b.city.id);
  /** @type {{id: string, ville: string, dep: string, nb_events: string, distance: string}[]} */
  const found = [];
  // Counting events generates the city's agenda, so stop as soon as the page is full.
  let skipped = 0;
  for (const { city, km } of nearby) {
    if (found.length === page.limit) break;
    const count = context.store.upcomingCount(city, categories);
    if (count === 0) continue;
    if (skipped++ < page.offset) continue;
    found.push({ id: String(city.id), ville: city.name, dep: city.depName, nb_events: String(count), distance: formatKm(km) });
  }
  return { cities: found.length > 0 ? found : null };
}

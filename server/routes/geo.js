// /{key}/json/geo/<lat,lon>/<distance>[/<categories>][/<offset,limit>], and for a key restricted to a
// zone, /{key}/json/geo/[<categories>][/<offset,limit>] — upcoming events around a position.

import { ApiError } from '../errors.js';
import { distanceKm } from '../lib/geo.js';
import { geoRecord, venueDistance } from '../data/format.js';
import { byDate } from '../data/events.js';
import { SHAPES, assignSlots, parseCategories, parseDistance, parsePage, parsePosition } from '../segments.js';
import { DEFAULT_EVENT_PAGE, inZone, slice } from './context.js';

/** Venues lie at most this far from their town's centre (see venuesOf), so cities are searched this much wider. */
const VENUE_SPREAD_KM = 3;

/**
 * @param {import('./context.js').RouteContext} context
 * @param {string[]} rest segments after "geo"
 */
export function geoRoute(context, rest) {
  const { key } = context;
  // A zone key may still pass a position; it is read as one only when a distance follows it, so that
  // geo/<offset,limit> (which looks like a position) keeps its restricted-form meaning.
  const positional = rest.length >= 2 && SHAPES.position.test(rest[0]) && SHAPES.distance.test(rest[1]);
  let lat, lon, radius, tail;
  if (key.zone && !positional) {
    ({ lat, lon, radiusKm: radius } = key.zone);
    tail = rest;
  } else {
    if (!key.zone && (rest.length === 0 || /^[A-Za-z-]+(?:,|$)/.test(rest[0]))) throw new ApiError('Ax017');
    ({ lat, lon } = parsePosition(rest[0]));
    radius = parseDistance(rest[1]);
    if (!inZone(key, lat, lon)) throw new ApiError('Ax016');
    tail = rest.slice(2);
  }
  const slots = assignSlots(tail, ['categories', 'page']);
  const categories = slots.categories === undefined ? null : parseCategories(slots.categories);
  const page = slots.page === undefined ? DEFAULT_EVENT_PAGE : parsePage(slots.page);

  const rows = [];
  for (const city of context.cities.all) {
    if (distanceKm(lat, lon, city.lat, city.lon) > radius + VENUE_SPREAD_KM) continue;
    for (const occurrence of context.store.upcoming(city, categories)) {
      const km = venueDistance(occurrence.event, lat, lon);
      const { venue } = occurrence.event;
      if (km <= radius && inZone(key, venue.lat, venue.lon)) rows.push({ occurrence, km });
    }
  }
  rows.sort((a, b) => byDate(a.occurrence, b.occurrence) || a.km - b.km);
  const events = slice(rows, page);
  if (events.length === 0) throw new ApiError('Ax015');
  return { events: events.map(({ occurrence, km }) => geoRecord(occurrence, context.base, km)) };
}

// What every API route receives, and helpers they share.

import { ApiError } from '../errors.js';
import { distanceKm } from '../lib/geo.js';

/**
 * @typedef {object} RouteContext
 * @property {import('../keys.js').ApiKey} key the caller's key (valid and enabled)
 * @property {import('../data/communes.js').CityIndex} cities
 * @property {import('../data/events.js').EventStore} store events for today
 * @property {string} base origin + mount path, to build absolute image URLs
 */

/** Default page of event listings ("0,15"). */
export const DEFAULT_EVENT_PAGE = Object.freeze({ offset: 0, limit: 15 });

/**
 * True when a position is inside the key's zone (always true for an unrestricted key).
 * @param {import('../keys.js').ApiKey} key
 * @param {number} lat
 * @param {number} lon
 */
export function inZone(key, lat, lon) {
  return !key.zone || distanceKm(key.zone.lat, key.zone.lon, lat, lon) <= key.zone.radiusKm;
}

/**
 * The city with this id segment, or Ax004; Ax016 when the key's zone does not cover it.
 * @param {RouteContext} context
 * @param {string} segment
 */
export function cityFromSegment(context, segment) {
  if (!/^\d{1,9}$/.test(segment)) throw new ApiError('Ax004', 400);
  const city = context.cities.get(Number(segment));
  if (!city) throw new ApiError('Ax004');
  if (!inZone(context.key, city.lat, city.lon)) throw new ApiError('Ax016');
  return city;
}

/**
 * One page of a list.
 * @template T
 * @param {T[]} list
 * @param {{offset: number, limit: number}} page
 */
export function slice(list, { offset, limit }) {
  return list.slice(offset, offset + limit);
}

// Parsing of the optional URL segments. The documentation distinguishes them by position; since any of
// them may be left out, this server tells them apart by shape, filling the documented slots in order
// (see "Reading optional segments" in docs/reference-server.md).

import { ApiError } from './errors.js';
import { CATEGORY_BY_URI } from './data/categories.js';

/** Largest `limit` accepted in offset,limit (a larger one answers Ax005). */
export const MAX_LIMIT = 100;
/** Largest radius accepted, in km (a larger one answers Ax010). */
export const MAX_DISTANCE_KM = 300;

/** Characters allowed in a decoded path segment: letters (accents included), digits, space, , . - ' ’ */
const ALLOWED = /^[\p{L}\p{M}0-9 ,.'’-]*$/u;

/** Shapes of the optional segments. */
export const SHAPES = Object.freeze({
  /** excluded city ids: 1,37,6,465 */
  ids: /^\d+(?:,\d+)*$/,
  /** category URIs: concert,theatre */
  categories: /^[A-Za-z-]+(?:,[A-Za-z-]+)*$/,
  /** a distance in km: 10 or 1.5 */
  distance: /^\d+(?:\.\d+)?$/,
  /** offset,limit: 30,15 */
  page: /^\d+,\d+$/,
  /** latitude,longitude: 49.897455,2.301060 */
  position: /^-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?$/,
});

/**
 * Splits a raw path into decoded segments. One or more trailing slashes are tolerated (the documentation
 * writes some URLs with one); an empty segment elsewhere, an undecodable escape, or a character outside
 * the allow-list (which catches an encoded slash, %2F) answers Ax012.
 * @param {string} rawPath path after the mount point, still percent-encoded, starting with /
 * @returns {string[]}
 */
export function splitPath(rawPath) {
  const parts = rawPath.replace(/^\//, '').replace(/\/+$/, '').split('/');
  if (parts.length === 1 && parts[0] === '') return [];
  return parts.map((part) => {
    if (part === '') throw new ApiError('Ax012');
    let decoded;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      throw new ApiError('Ax012');
    }
    if (!ALLOWED.test(decoded)) throw new ApiError('Ax012');
    return decoded;
  });
}

/**
 * Category URIs, each known (Ax003 otherwise).
 * @param {string} segment
 * @returns {Set<string>}
 */
export function parseCategories(segment) {
  if (!SHAPES.categories.test(segment)) throw new ApiError('Ax003');
  const uris = segment.split(',');
  if (uris.some((uri) => !CATEGORY_BY_URI.has(uri))) throw new ApiError('Ax003');
  return new Set(uris);
}

/**
 * offset,limit, with limit between 1 and MAX_LIMIT (Ax005 otherwise).
 * @param {string} segment
 * @returns {{offset: number, limit: number}}
 */
export function parsePage(segment) {
  if (!SHAPES.page.test(segment)) throw new ApiError('Ax005');
  const [offset, limit] = segment.split(',').map(Number);
  if (!Number.isSafeInteger(offset) || limit < 1 || limit > MAX_LIMIT) throw new ApiError('Ax005');
  return { offset, limit };
}

/**
 * Excluded city ids (Ax013 when not numeric).
 * @param {string} segment
 * @returns {Set<number>}
 */
export function parseExcluded(segment) {
  if (!SHAPES.ids.test(segment)) throw new ApiError('Ax013');
  return new Set(segment.split(',').map(Number));
}

/**
 * A radius in km: a positive decimal up to MAX_DISTANCE_KM (Ax010 otherwise).
 * @param {string | undefined} segment
 */
export function parseDistance(segment) {
  if (segment === undefined || !SHAPES.distance.test(segment)) throw new ApiError('Ax010');
  const km = Number(segment);
  if (!(km > 0) || km > MAX_DISTANCE_KM) throw new ApiError('Ax010');
  return km;
}

/**
 * latitude,longitude within range (Ax009 otherwise).
 * @param {string | undefined} segment
 * @returns {{lat: number, lon: number}}
 */
export function parsePosition(segment) {
  if (segment === undefined || !SHAPES.position.test(segment)) throw new ApiError('Ax009');
  const [lat, lon] = segment.split(',').map(Number);
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new ApiError('Ax009');
  return { lat, lon };
}

/**
 * One optional slot: its name, the shape that selects it, and the error for a segment that can only be
 * meant for it.
 * @typedef {'excluded' | 'categories' | 'distance' | 'page'} SlotName
 */

/** @type {Record<SlotName, RegExp>} */
const SLOT_SHAPES = { excluded: SHAPES.ids, categories: SHAPES.categories, distance: SHAPES.distance, page: SHAPES.page };

/**
 * Assigns optional segments to slots, in order: each segment goes to the first remaining slot whose shape
 * it has, and the slots before it are skipped. A segment that fits no remaining slot is reported with the
 * error of the parameter it most resembles: letters → Ax003, a comma list → Ax013 (or Ax005 once the
 * exclusions are behind), anything else → Ax010 if a distance may still come, Ax005 if only offset,limit
 * may, and Ax012 when no slot is left (too many segments).
 * @param {string[]} segments
 * @param {SlotName[]} slots the documented order
 * @returns {Partial<Record<SlotName, string>>}
 */
export function assignSlots(segments, slots) {
  /** @type {Partial<Record<SlotName, string>>} */
  const assigned = {};
  let next = 0;
  for (const segment of segments) {
    const index = slots.findIndex((slot, i) => i >= next && SLOT_SHAPES[slot].test(segment));
    if (index !== -1) {
      assigned[slots[index]] = segment;
      next = index + 1;
      continue;
    }
    const remaining = slots.slice(next);
    if (remaining.length === 0) throw new ApiError('Ax012', 404);
    if (/\p{L}/u.test(segment) && remaining.includes('categories')) throw new ApiError('Ax003');
    if (segment.includes(',') && remaining.includes('excluded')) throw new ApiError('Ax013');
    if (segment.includes(',') && remaining.includes('page')) throw new ApiError('Ax005');
    if (remaining.includes('distance')) throw new ApiError('Ax010');
    if (remaining.includes('page')) throw new ApiError('Ax005');
    if (remaining.includes('categories')) throw new ApiError('Ax003');
    throw new ApiError('Ax013');
  }
  return assigned;
}

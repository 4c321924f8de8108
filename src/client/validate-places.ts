/**
 * Argument checks of the endpoints only `<agenda-geo>` and `<agenda-city-search>` call (`geo`, `citylist`,
 * `geocities`): positions, distances, excluded cities. Apart from `validate.ts` so a page that only lists a
 * city's events never loads them.
 */
import { asList, describe, fail, formatDecimal, parseDecimal, parseInteger } from './validate.js';

/** Limit the API uses for city lists (`citylist`, `geocities`). */
export const DEFAULT_CITY_LIMIT = 10;

/** City ids to exclude, each checked to be a positive integer (Ax013); blanks skipped, duplicates removed. */
export function checkExcludedIds(value: unknown): number[] {
  const result: number[] = [];
  for (const entry of asList(value, 'Ax013', 'excluded city ids')) {
    if (typeof entry === 'string' && entry.trim() === '') continue;
    const id = parseInteger(entry);
    if (id === null || id < 1) fail('Ax013', `excluded city ids must be positive integers, got ${describe(entry)}`);
    if (!result.includes(id)) result.push(id);
  }
  return result;
}

/** A position in decimal degrees (Ax009): latitude −90…90, longitude −180…180, both finite. */
export function checkPosition(lat: unknown, lon: unknown): { lat: number; lon: number } {
  const latitude = parseDecimal(lat);
  const longitude = parseDecimal(lon);
  if (latitude === null || latitude < -90 || latitude > 90) {
    fail('Ax009', `latitude must be a number from -90 to 90, got ${describe(lat)}`);
  }
  if (longitude === null || longitude < -180 || longitude > 180) {
    fail('Ax009', `longitude must be a number from -180 to 180, got ${describe(lon)}`);
  }
  return { lat: latitude, lon: longitude };
}

/** A distance in km (Ax010): a positive finite decimal that stays positive once written with 6 decimals. */
export function checkDistance(value: unknown): number {
  const distance = parseDecimal(value);
  if (distance === null || !(distance > 0) || formatDecimal(distance) === '0') {
    fail('Ax010', `distance must be a positive number of km, got ${describe(value)}`);
  }
  return distance;
}

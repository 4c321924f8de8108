/**
 * Checks of the decimal attributes of the geographic elements (`lat`, `lon`, `radius`), apart from checks.ts
 * because the event listings never use them and checks.ts is downloaded before every listing (vite.config.ts).
 */
import { parseDecimal } from '../client/validate.js';
import { invalid, isProblem, missing } from './checks.js';
import type { ConfigProblem } from './config.js';

/** A decimal with a dot, within [min, max] (above min when `exclusiveMin`); the number, or the problem. */
export function parseDecimalAttribute(
  host: Element,
  attribute: string,
  value: string | number,
  min: number,
  max: number,
  exclusiveMin = false,
): number | ConfigProblem {
  // Written out first, so a property set to 1e-7 is read as an attribute would be (and refused).
  const number = parseDecimal(String(value)) ?? Number.NaN;
  const ok = Number.isFinite(number) && (exclusiveMin ? number > min : number >= min) && number <= max;
  return ok ? number : invalid(host, attribute, value);
}

/** True when an attribute was given: neither absent nor blank. */
export function isGiven(value: unknown): boolean {
  return value != null && String(value).trim() !== '';
}

/**
 * `lat` and `lon` in decimal degrees, given together: the position, the problem (one without the other, or
 * out of range), or null when neither is given.
 */
export function parsePosition(
  host: Element,
  lat: string | number | null | undefined,
  lon: string | number | null | undefined,
): { lat: number; lon: number } | ConfigProblem | null {
  const hasLat = isGiven(lat);
  const hasLon = isGiven(lon);
  if (!hasLat && !hasLon) return null;
  if (!hasLat) return missing('lat');
  if (!hasLon) return missing('lon');
  const latitude = parseDecimalAttribute(host, 'lat', lat!, -90, 90);
  if (isProblem(latitude)) return latitude;
  const longitude = parseDecimalAttribute(host, 'lon', lon!, -180, 180);
  return isProblem(longitude) ? longitude : { lat: latitude, lon: longitude };
}


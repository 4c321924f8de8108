/**
 * Checks of element attributes, each returning the `ConfigProblem` to show (naming the attribute and the
 * value as written) or null. They run before any request: a bad attribute costs no network round trip, and
 * the message names the attribute rather than the API's error code.
 */
import { KNOWN_CATEGORIES } from '../client/index.js';
import type { ConfigProblem } from './config.js';

/** The value as the integrator wrote it: the attribute when there is one, else the property. */
function written(host: Element, attribute: string, value: unknown): string {
  return host.getAttribute(attribute) ?? String(value);
}

function invalid(host: Element, attribute: string, value: unknown): ConfigProblem {
  return { attribute, source: 'element', value: written(host, attribute, value) };
}

/** A required attribute that is absent. */
export function missing(attribute: string): ConfigProblem {
  return { attribute, source: 'element', value: null };
}

/** A whole number within [min, max]. */
export function checkInteger(host: Element, attribute: string, value: number, min: number, max: number): ConfigProblem | null {
  return Number.isSafeInteger(value) && value >= min && value <= max ? null : invalid(host, attribute, value);
}

/** One of `choices`. */
export function checkChoice(host: Element, attribute: string, value: string, choices: readonly string[]): ConfigProblem | null {
  return choices.includes(value) ? null : invalid(host, attribute, value);
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A decimal with a dot, within [min, max] (above min when `exclusiveMin`); the number, or the problem. */
export function parseDecimalAttribute(
  host: Element,
  attribute: string,
  value: string | number,
  min: number,
  max: number,
  exclusiveMin = false,
): number | ConfigProblem {
  const text = String(value).trim();
  const number = DECIMAL.test(text) ? Number(text) : Number.NaN;
  const ok = Number.isFinite(number) && (exclusiveMin ? number > min : number >= min) && number <= max;
  return ok ? number : invalid(host, attribute, value);
}

const KNOWN = new Set<string>(KNOWN_CATEGORIES);

/** A comma list of known category URIs; blanks are ignored. The list, or the problem. */
export function parseCategories(host: Element, value: string | null | undefined): string[] | ConfigProblem {
  const uris = (value ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  return uris.every((uri) => KNOWN.has(uri)) ? [...new Set(uris)] : invalid(host, 'categories', value);
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

/** True for a problem rather than a parsed value. */
export function isProblem(value: unknown): value is ConfigProblem {
  return typeof value === 'object' && value !== null && 'attribute' in value && 'source' in value;
}

/** A problem as a string (`element:limit=0`), for Task arguments and to tell one problem from another; null for none. */
export function problemKey(problem: ConfigProblem | null): string | null {
  return problem && `${problem.source}:${problem.attribute}=${problem.value}`;
}

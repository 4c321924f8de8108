/**
 * Address and town search through the French government's geocoder, "API Adresse"
 * (`GET {base}/search/?q=…&limit=…`, a GeoJSON FeatureCollection), for `<agenda-geo locate>` when the visitor
 * refuses geolocation. It goes through the client's `Transport`, so it has the same timeout, abort,
 * de-duplication, cache and retries as the Agenda requests, and fails with the same `AgendaError`s.
 */
import { TtlLruCache } from './cache.js';
import { AgendaError } from './errors.js';
import { Transport } from './transport.js';
import { resolveApiBase } from './urls-core.js';
import { parseDecimal, parseInteger } from './validate.js';

/** The public service (no key, CORS open). The reference server answers the same format at `{apiBase}/search/`. */
export const DEFAULT_GEOCODER_BASE = 'https://api-adresse.data.gouv.fr';

/** Shortest query the service accepts; shorter ones give `[]` without a request. */
export const MIN_GEOCODER_QUERY = 3;
/** Longest query the service accepts; longer ones are cut. */
export const MAX_GEOCODER_QUERY = 200;
/** Results when `limit` is not given. */
export const DEFAULT_GEOCODER_LIMIT = 5;
/** Most results asked for; a larger `limit` is clamped. */
export const MAX_GEOCODER_LIMIT = 20;

/** One place found: a town, or for the real service also a street or an address. */
export interface Place {
  /** What to show ("Amiens", "12 Rue de la République 80000 Amiens"). */
  label: string;
  /** Latitude in decimal degrees. */
  lat: number;
  /** Longitude in decimal degrees. */
  lon: number;
  /** The commune's name ("Amiens"); "" when the answer has none. */
  city: string;
  /** Postcode ("80000"); "" when the answer has none. */
  postcode: string;
  /** INSEE code of the commune ("80021"); "" when the answer has none. */
  citycode: string;
  /** "department code, department, region" ("80, Somme, Hauts-de-France"); "" when the answer has none. */
  context: string;
}

/** How to reach the geocoder and how patient to be with it. */
export interface GeocoderOptions {
  /** Base URL, absolute or relative to the page (default `https://api-adresse.data.gouv.fr`). */
  base?: string;
  /** The fetch to use (tests, proxies); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Time limit per attempt in ms (default 8000). */
  timeoutMs?: number;
  /** Extra attempts for network errors, timeouts, 5xx and 429 (default 1). */
  retries?: number;
  /** First retry delay in ms (default 300). */
  retryDelayMs?: number;
  /** Most answers kept (default 50; 0 disables the cache). */
  cacheSize?: number;
  /** How long an answer stays fresh in ms (default 600000, ten minutes; 0 disables the cache). */
  cacheTtlMs?: number;
}

/** Options of one search. */
export interface GeocodeOptions {
  /** Most places wanted: an integer from 1, clamped to 20 (default 5). */
  limit?: number;
  /** Only this kind of result (`municipality` for towns); every kind when absent. */
  type?: 'municipality' | 'street' | 'housenumber' | 'locality';
  /** The caller's signal; aborting rejects with a `DOMException` named `AbortError`. */
  signal?: AbortSignal | undefined;
}

const DEFAULTS = { timeoutMs: 8_000, retries: 1, retryDelayMs: 300, cacheSize: 50, cacheTtlMs: 600_000 } as const;

/** `value` when it is a finite number ≥ `min`, else `fallback`. */
function option(value: number | undefined, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
}

/**
 * The query as the service accepts it: whitespace collapsed, leading characters other than letters and
 * digits dropped (the service refuses a query starting with them), cut to 200 characters; null when fewer
 * than 3 characters remain.
 */
export function normalizeGeocoderQuery(query: unknown): string | null {
  if (typeof query !== 'string') return null;
  const text = query.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+/u, '').trim();
  const chars = [...text];
  if (chars.length < MIN_GEOCODER_QUERY) return null;
  return chars.length > MAX_GEOCODER_QUERY ? chars.slice(0, MAX_GEOCODER_QUERY).join('').trim() : text;
}

/** A trimmed string from a string or a number, else "". */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One GeoJSON feature → a place, or null when it has no usable Point (coordinates missing, not numbers or
 * numeric strings, out of range) or nothing to call it by.
 */
export function normalizePlace(feature: unknown): Place | null {
  if (!isRecord(feature) || !isRecord(feature.geometry)) return null;
  const { type, coordinates } = feature.geometry;
  if ((type !== undefined && type !== 'Point') || !Array.isArray(coordinates) || coordinates.length < 2) return null;
  const lon = parseDecimal(coordinates[0]);
  const lat = parseDecimal(coordinates[1]);
  if (lat === null || lon === null || lat < -90 || lat > 90 || lon < -180 || lon > 180) return null;
  const properties = isRecord(feature.properties) ? feature.properties : {};
  const label = textOf(properties.label) || textOf(properties.name) || textOf(properties.city);
  if (label === '') return null;
  return {
    label,
    lat,
    lon,
    city: textOf(properties.city) || (properties.type === 'municipality' ? textOf(properties.name) : ''),
    postcode: textOf(properties.postcode),
    citycode: textOf(properties.citycode),
    context: textOf(properties.context),
  };
}

/** A FeatureCollection → places, at most `limit`; a body without a `features` list is a `parse` error. */
export function normalizePlaces(body: unknown, limit: number): Place[] {
  if (!isRecord(body) || !Array.isArray(body.features)) {
    throw new AgendaError('parse', { detail: 'the geocoder answer has no features list' });
  }
  const places: Place[] = [];
  for (const feature of body.features) {
    const place = normalizePlace(feature);
    if (place) places.push(place);
    if (places.length === limit) break;
  }
  return places;
}

/** Client for API Adresse's `/search/` (or the reference server's copy of it). */
export class Geocoder {
  /** The resolved absolute base, without a trailing slash. */
  readonly base: string;
  readonly #transport: Transport;

  /** A geocoder; throws `AgendaError('config')` when `base` is not an http(s) URL. */
  constructor(options: GeocoderOptions = {}) {
    const base = typeof options.base === 'string' && options.base.trim() !== '' ? options.base : DEFAULT_GEOCODER_BASE;
    this.base = resolveApiBase(base);
    this.#transport = new Transport({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      timeoutMs: option(options.timeoutMs, DEFAULTS.timeoutMs, 1),
      retries: Math.floor(option(options.retries, DEFAULTS.retries, 0)),
      retryDelayMs: option(options.retryDelayMs, DEFAULTS.retryDelayMs, 0),
      // A visitor is typing: a long Retry-After is a failure now, not a wait.
      maxRetryAfterMs: 2_000,
      cache: new TtlLruCache<unknown>(option(options.cacheSize, DEFAULTS.cacheSize, 0), option(options.cacheTtlMs, DEFAULTS.cacheTtlMs, 0)),
    });
  }

  /**
   * The URL `search(query, options)` requests, or null when it would make no request (query shorter than 3
   * characters). Throws `AgendaError('config')` for a `limit` that is not a positive integer.
   */
  searchUrl(query: string, options: Omit<GeocodeOptions, 'signal'> = {}): string | null {
    const text = normalizeGeocoderQuery(query);
    const limit = checkLimit(options.limit);
    if (text === null) return null;
    const params = new URLSearchParams({ q: text, limit: String(limit) });
    if (options.type) params.set('type', options.type);
    return `${this.base}/search/?${params}`;
  }

  /**
   * Places matching `query`, best first. A query shorter than 3 characters (once trimmed) resolves to `[]`
   * without a request. Fails with `AgendaError` (`http` with the status, `network`, `timeout`, `parse`,
   * `config` for a bad `limit`), or an `AbortError` when `signal` aborts.
   */
  async search(query: string, options: GeocodeOptions = {}): Promise<Place[]> {
    const url = this.searchUrl(query, options);
    if (url === null) return [];
    const limit = checkLimit(options.limit);
    return this.#transport.request({ url, signal: options.signal, parse: (body) => normalizePlaces(body, limit) });
  }

  /** Forgets every cached answer. */
  clearCache(): void {
    this.#transport.clearCache();
  }
}

/** `limit` checked (a positive integer, numeric strings allowed) and clamped to 20; absent → 5. */
function checkLimit(value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_GEOCODER_LIMIT;
  const limit = parseInteger(value);
  if (limit === null || limit < 1) {
    throw new AgendaError('config', { detail: `geocoder limit must be a positive integer, got ${String(value)}` });
  }
  return Math.min(limit, MAX_GEOCODER_LIMIT);
}

/** Shared geocoders, keyed by resolved base. */
const geocoders = new Map<string, Geocoder>();

/**
 * The shared geocoder for `base` (default `https://api-adresse.data.gouv.fr`), created on first use, so every
 * element of a page shares one cache and one set of requests under way.
 */
export function getGeocoder(base?: string): Geocoder {
  const resolved = resolveApiBase(typeof base === 'string' && base.trim() !== '' ? base : DEFAULT_GEOCODER_BASE);
  let geocoder = geocoders.get(resolved);
  if (!geocoder) {
    geocoder = new Geocoder({ base: resolved });
    geocoders.set(resolved, geocoder);
  }
  return geocoder;
}

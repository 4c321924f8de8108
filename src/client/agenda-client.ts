/**
 * The API client elements and integrators use: one method per endpoint, typed results, `AgendaError`s.
 * Framework-free and DOM-free; `getClient` hands every element of a page the same instance per API.
 */
import { TtlLruCache } from './cache.js';
import { AgendaError } from './errors.js';
import { emptyEventPage, normalizeEventPage, type DropReporter } from './normalize.js';
import { Transport } from './transport.js';
import type {
  Category,
  City,
  CityEventsQuery,
  CitySearchQuery,
  EventDetail,
  EventPage,
  GeoEventsQuery,
  NearbyCitiesQuery,
  NearbyCity,
  RequestOptions,
  ThumbnailOptions,
} from './types.js';
import {
  categoriesUrl,
  cityEventsUrl,
  citySearchUrl,
  eventUrl,
  geoEventsUrl,
  nearbyCitiesUrl,
  resolveApiBase,
  thumbnailSources,
  type ApiTarget,
  type ThumbnailSources,
} from './urls.js';
import { DEFAULT_LIMIT, DEFAULT_OFFSET, checkPaging } from './validate.js';

/** How to reach the API and how patient to be with it. */
export interface AgendaClientOptions {
  /** The 8-character API key; checked at each request (a bad one rejects with Ax001). */
  apiKey: string;
  /** API base URL, absolute or relative to the page (default `https://api.agendaculturel.fr`). */
  apiBase?: string;
  /** The fetch to use (tests, proxies); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Time limit per attempt in ms (default 10000). */
  timeoutMs?: number;
  /** Extra attempts for transient failures: network, timeout, 5xx, 429, Ax011 (default 2). */
  retries?: number;
  /** First retry delay in ms, doubled at each retry, with jitter (default 300). */
  retryDelayMs?: number;
  /** Longest `Retry-After` honoured in ms; a longer one fails at once (default 5000). */
  maxRetryAfterMs?: number;
  /** Most answers kept in the cache (default 100; 0 disables it). */
  cacheSize?: number;
  /** How long an answer stays in the cache in ms (default 300000, five minutes; 0 disables it). */
  cacheTtlMs?: number;
  /** Told about each record dropped from an answer (missing id or title…), e.g. to log it. */
  onDropped?: (record: unknown, reason: string) => void;
}

/** Defaults of the numeric options. */
const DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  retryDelayMs: 300,
  maxRetryAfterMs: 5_000,
  cacheSize: 100,
  cacheTtlMs: 300_000,
} as const;

/** `value` when it is a finite number ≥ `min`, else `fallback`: a typo in an option must not disable safety. */
function option(value: number | undefined, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min ? value : fallback;
}

/**
 * A parser from a module that loads on first use (listing pages never need the detail's, the categories' or
 * the cities'), alongside the request rather than before it. A failed load rejects when the answer needs the
 * parser, which the transport reports as a `parse` error.
 */
function onDemand<M, T>(parser: Promise<M>, parse: (parser: M, raw: unknown) => T): (raw: unknown) => Promise<T> {
  parser.catch(() => undefined); // not unhandled while the request is under way
  return async (raw) => parse(await parser, raw);
}

/** The parser of categories and cities. */
const places = () => import('./normalize-places.js');

/** Client for the Agenda Culturel API. */
export class AgendaClient {
  /** The API key requests are made with (trimmed). */
  readonly apiKey: string;
  /** The resolved absolute API base, without a trailing slash. */
  readonly apiBase: string;
  readonly #transport: Transport;
  readonly #onDropped: DropReporter | undefined;

  /** A client; throws `AgendaError('config')` when `apiBase` is not an http(s) URL. */
  constructor(options: AgendaClientOptions) {
    if (typeof options !== 'object' || options === null) {
      throw new AgendaError('config', { detail: 'AgendaClient needs an options object with an apiKey' });
    }
    this.apiBase = resolveApiBase(options.apiBase);
    // The key is kept as given (trimmed) and checked per request, so a page with a typo shows Ax001 in place.
    this.apiKey = typeof options.apiKey === 'string' ? options.apiKey.trim() : '';
    this.#onDropped = options.onDropped;
    this.#transport = new Transport({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      timeoutMs: option(options.timeoutMs, DEFAULTS.timeoutMs, 1),
      retries: Math.floor(option(options.retries, DEFAULTS.retries, 0)),
      retryDelayMs: option(options.retryDelayMs, DEFAULTS.retryDelayMs, 0),
      maxRetryAfterMs: option(options.maxRetryAfterMs, DEFAULTS.maxRetryAfterMs, 0),
      cache: new TtlLruCache<unknown>(
        option(options.cacheSize, DEFAULTS.cacheSize, 0),
        option(options.cacheTtlMs, DEFAULTS.cacheTtlMs, 0),
      ),
    });
  }

  get #target(): ApiTarget {
    return { apiBase: this.apiBase, apiKey: this.apiKey };
  }

  /** The event categories (`/category`). */
  async categories(options: RequestOptions = {}): Promise<Category[]> {
    const url = categoriesUrl(this.#target);
    return this.#transport.request({
      url,
      signal: options.signal,
      parse: onDemand(places(), (parser, raw) => parser.normalizeCategories(raw, this.#onDropped)),
    });
  }

  /** Cities whose name starts like `query.query` (`citylist`); an empty query or no match gives `[]`. */
  async searchCities(query: CitySearchQuery, options: RequestOptions = {}): Promise<City[]> {
    const url = citySearchUrl(this.#target, query);
    if (url === null) return [];
    return this.#transport.request({
      url,
      signal: options.signal,
      parse: onDemand(places(), (parser, raw) => parser.normalizeCities(raw, this.#onDropped)),
      empty: () => [],
    });
  }

  /** The nearest cities with upcoming events (`geocities`), nearest first; none gives `[]`. */
  async nearbyCities(query: NearbyCitiesQuery, options: RequestOptions = {}): Promise<NearbyCity[]> {
    const url = nearbyCitiesUrl(this.#target, query);
    return this.#transport.request({
      url,
      signal: options.signal,
      parse: onDemand(places(), (parser, raw) => parser.normalizeNearbyCities(raw, this.#onDropped)),
      empty: () => [],
    });
  }

  /** One page of a city's upcoming events (`/{city}[/{categories}][/{offset,limit}]`). */
  async cityEvents(query: CityEventsQuery, options: RequestOptions = {}): Promise<EventPage> {
    return this.#eventPage(cityEventsUrl(this.#target, query), query, options);
  }

  /** One page of events around a position, or in the key's own zone with `restricted` (`/geo/…`). */
  async geoEvents(query: GeoEventsQuery, options: RequestOptions = {}): Promise<EventPage> {
    return this.#eventPage(geoEventsUrl(this.#target, query), query, options);
  }

  /** The full record of one event (`/event/{id}`). */
  async event(id: number | string, options: RequestOptions = {}): Promise<EventDetail> {
    const url = eventUrl(this.#target, id);
    const parse = onDemand(import('./normalize-detail.js'), (parser, raw) => parser.normalizeEventDetail(raw));
    return this.#transport.request({ url, signal: options.signal, parse });
  }

  /** `src` and a 1x/2x `srcset` of the resizer for an absolute http(s) `image`; throws `config` otherwise. */
  thumbnail(image: string, options: ThumbnailOptions): ThumbnailSources {
    return thumbnailSources(this.apiBase, image, options);
  }

  /** The URL `categories()` requests. */
  categoriesUrl(): string {
    return categoriesUrl(this.#target);
  }

  /** The URL `searchCities(query)` requests, or null when it would make no request. */
  citySearchUrl(query: CitySearchQuery): string | null {
    return citySearchUrl(this.#target, query);
  }

  /** The URL `nearbyCities(query)` requests. */
  nearbyCitiesUrl(query: NearbyCitiesQuery): string {
    return nearbyCitiesUrl(this.#target, query);
  }

  /** The URL `cityEvents(query)` requests. */
  cityEventsUrl(query: CityEventsQuery): string {
    return cityEventsUrl(this.#target, query);
  }

  /** The URL `geoEvents(query)` requests. */
  geoEventsUrl(query: GeoEventsQuery): string {
    return geoEventsUrl(this.#target, query);
  }

  /** The URL `event(id)` requests. */
  eventUrl(id: number | string): string {
    return eventUrl(this.#target, id);
  }

  /** Forgets every cached answer (e.g. after the page learns the data changed). */
  clearCache(): void {
    this.#transport.clearCache();
  }

  #eventPage(url: string, query: { offset?: number; limit?: number }, options: RequestOptions): Promise<EventPage> {
    // The URL builder has already validated paging; this only recovers the numbers for the page object.
    const { offset, limit } = checkPaging(query.offset, query.limit) ?? { offset: DEFAULT_OFFSET, limit: DEFAULT_LIMIT };
    return this.#transport.request({
      url,
      signal: options.signal,
      parse: (raw) => normalizeEventPage(raw, offset, limit, this.#onDropped),
      empty: () => emptyEventPage(offset, limit),
    });
  }
}

/** Shared clients, keyed by resolved API base and key. */
const clients = new Map<string, AgendaClient>();

/**
 * The shared client for `options.apiBase` and `options.apiKey`, created on first use, so every element on a
 * page shares one cache and one set of requests under way. The other options of the first call win.
 */
export function getClient(options: AgendaClientOptions): AgendaClient {
  const apiBase = resolveApiBase(options?.apiBase);
  const apiKey = typeof options?.apiKey === 'string' ? options.apiKey.trim() : '';
  const key = `${apiBase}\n${apiKey}`;
  let client = clients.get(key);
  if (!client) {
    client = new AgendaClient({ ...options, apiBase, apiKey });
    clients.set(key, client);
  }
  return client;
}

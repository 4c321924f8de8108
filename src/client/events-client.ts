/**
 * The part of the API client every listing needs: a city's events, one event, the categories (a listing may
 * name one only the API's list confirms), thumbnails, the cache. The full `AgendaClient` (agenda-client.ts)
 * extends it with the geo and city endpoints, which only `<agenda-geo>` and `<agenda-city-search>` use, and
 * the `…Url()` methods, so a page showing `<agenda-events>` loads this and not them. The page's shared clients
 * of one API (`getEventsClient`, `getClient`) use one transport, so every element of a page shares one cache
 * and one request per URL under way.
 */
import { TtlLruCache } from './cache.js';
import { AgendaError } from './errors.js';
import { emptyEventPage, normalizeEventPage, type DropReporter } from './normalize.js';
import { Transport, type TransportRequest } from './transport.js';
import type { Category, CityEventsQuery, EventDetail, EventPage, RequestOptions, ThumbnailOptions } from './types.js';
import { categoriesUrl, cityEventsUrl, eventUrl, resolveApiBase, thumbnailSources, type ApiTarget, type ThumbnailSources } from './urls-core.js';
import { DEFAULT_LIMIT, DEFAULT_OFFSET, checkPaging, learnCategories, listAwaitsCategoryList } from './validate.js';

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

/** What the clients of one API share on a page: the transport (cache, requests under way) and drop reports. */
interface Connection {
  transport: Transport;
  onDropped: DropReporter | undefined;
}

/** A connection configured by `options`. */
function connect(options: AgendaClientOptions): Connection {
  const transport = new Transport({
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
  return { transport, onDropped: options.onDropped };
}

/**
 * Connections `sharedClient` hands to the client it is building, keyed by the options object it builds it
 * with: the constructor's signature stays the public one, and no other caller can reach a page's connection.
 */
const handover = new WeakMap<AgendaClientOptions, Connection>();

/**
 * A parser from a module that loads on first use (listing pages never need the detail's, the categories' or
 * the cities'), alongside the request rather than before it. A failed load rejects when the answer needs the
 * parser, which the transport reports as a `parse` error.
 */
export function onDemand<M, T>(parser: Promise<M>, parse: (parser: M, raw: unknown) => T): (raw: unknown) => Promise<T> {
  parser.catch(() => undefined); // not unhandled while the request is under way
  return async (raw) => parse(await parser, raw);
}

/** The parser of categories and cities, loaded with the first request that needs it. */
export const placesParser = () => import('./normalize-places.js');

/** Client for the listing endpoints of the Agenda Culturel API; `AgendaClient` adds the others. */
export class EventsClient {
  /** The API key requests are made with (trimmed). */
  readonly apiKey: string;
  /** The resolved absolute API base, without a trailing slash. */
  readonly apiBase: string;
  readonly #connection: Connection;

  /** A client; throws `AgendaError('config')` when `apiBase` is not an http(s) URL. */
  constructor(options: AgendaClientOptions) {
    if (typeof options !== 'object' || options === null) {
      throw new AgendaError('config', { detail: 'AgendaClient needs an options object with an apiKey' });
    }
    this.apiBase = resolveApiBase(options.apiBase);
    // The key is kept as given (trimmed) and checked per request, so a page with a typo shows Ax001 in place.
    this.apiKey = typeof options.apiKey === 'string' ? options.apiKey.trim() : '';
    this.#connection = handover.get(options) ?? connect(options);
  }

  /** One page of a city's upcoming events (`/{city}[/{categories}][/{offset,limit}]`). */
  async cityEvents(query: CityEventsQuery, options: RequestOptions = {}): Promise<EventPage> {
    return this.withCheckedUrl(() => cityEventsUrl(this.target, query), query.categories, options, (url) => this.eventPage(url, query, options));
  }

  /** The event categories (`/category`); the URIs it lists are accepted in later queries. */
  async categories(options: RequestOptions = {}): Promise<Category[]> {
    return this.request({
      url: categoriesUrl(this.target),
      signal: options.signal,
      parse: onDemand(placesParser(), (parser, raw) => learnCategories(parser.normalizeCategories(raw, this.onDropped))),
    });
  }

  /** The full record of one event (`/event/{id}`). */
  async event(id: number | string, options: RequestOptions = {}): Promise<EventDetail> {
    const url = eventUrl(this.target, id);
    const parse = onDemand(import('./normalize-detail.js'), (parser, raw) => parser.normalizeEventDetail(raw, this.apiBase));
    return this.request({ url, signal: options.signal, parse });
  }

  /** `src` and a 1x/2x `srcset` of the resizer for an absolute http(s) `image`; throws `config` otherwise. */
  thumbnail(image: string, options: ThumbnailOptions): ThumbnailSources {
    return thumbnailSources(this.apiBase, image, options);
  }

  /** Forgets every cached answer (e.g. after the page learns the data changed). */
  clearCache(): void {
    this.#connection.transport.clearCache();
  }

  /** Where requests go, for the URL builders. */
  protected get target(): ApiTarget {
    return { apiBase: this.apiBase, apiKey: this.apiKey };
  }

  /** Told about each record a parser drops (the `onDropped` option). */
  protected get onDropped(): DropReporter | undefined {
    return this.#connection.onDropped;
  }

  /** The parsed answer for `request.url`, through the transport this client shares (cache, de-duplication). */
  protected request<T>(request: TransportRequest<T>): Promise<T> {
    return this.#connection.transport.request(request);
  }

  /**
   * `send` with the URL `build` makes. When it refuses a category the client cannot confirm alone (not one of
   * the seven documented, while no `/category` has answered on this page), `/category` is asked first, then the
   * URL built again: the API's list is the truth, and a category it adds must not be Ax003. The builders check
   * the categories last, so any other bad argument still fails before any request.
   */
  protected withCheckedUrl<T>(build: () => string, categories: unknown, options: RequestOptions, send: (url: string) => Promise<T>): Promise<T> {
    let url: string;
    try {
      url = build();
    } catch (error) {
      if (!(error instanceof AgendaError && error.code === 'Ax003' && listAwaitsCategoryList(categories))) throw error;
      return this.categories({ signal: options.signal }).then(() => send(build()));
    }
    // The usual case: the request starts in this same task, as it always did.
    return send(url);
  }

  /** One page of events from a listing URL (city or geo): the API's empty answer is an empty page. */
  protected eventPage(url: string, query: { offset?: number; limit?: number }, options: RequestOptions): Promise<EventPage> {
    // The URL builder has already validated paging; this only recovers the numbers for the page object.
    const { offset, limit } = checkPaging(query.offset, query.limit) ?? { offset: DEFAULT_OFFSET, limit: DEFAULT_LIMIT };
    return this.request({
      url,
      signal: options.signal,
      shared: options.shared,
      parse: (raw) => normalizeEventPage(raw, offset, limit, this.onDropped, this.apiBase),
      empty: () => emptyEventPage(offset, limit),
    });
  }
}

/** The page's shared clients and their connection, keyed by resolved API base and key. */
const clients = new Map<string, { client: EventsClient; connection: Connection }>();

/**
 * The page's shared client of class `Client` (or a subclass) for `options.apiBase` and `options.apiKey`,
 * created on first use; the other options of the first call win. When the page has one of a lesser class
 * (a listing made an `EventsClient`, then a picker needs an `AgendaClient`), the new one takes over its
 * connection and its place, so the page keeps one cache and one request per URL under way.
 */
export function sharedClient<C extends EventsClient>(
  options: AgendaClientOptions,
  Client: new (options: AgendaClientOptions) => C,
): C {
  const apiBase = resolveApiBase(options?.apiBase);
  const apiKey = typeof options?.apiKey === 'string' ? options.apiKey.trim() : '';
  const key = `${apiBase}\n${apiKey}`;
  const shared = clients.get(key);
  if (shared?.client instanceof Client) return shared.client;
  const settings = { ...options, apiBase, apiKey };
  const connection = shared?.connection ?? connect(settings);
  handover.set(settings, connection);
  const client = new Client(settings);
  clients.set(key, { client, connection });
  return client;
}

/** The page's shared client for the listing endpoints (the full `AgendaClient` when one exists already). */
export function getEventsClient(options: AgendaClientOptions): EventsClient {
  return sharedClient(options, EventsClient);
}

/**
 * The API client elements and integrators use: one method per endpoint, typed results, `AgendaError`s.
 * Framework-free and DOM-free; `getClient` hands every element of a page the same instance per API.
 * The listing endpoints come from `EventsClient` (events-client.ts), which listing pages load alone; this
 * module adds the geo and city ones and the `…Url()` methods, loaded with the elements that use them.
 */
import { EventsClient, onDemand, placesParser, sharedClient, type AgendaClientOptions } from './events-client.js';
import type {
  City,
  CityEventsQuery,
  CitySearchQuery,
  EventPage,
  GeoEventsQuery,
  NearbyCitiesQuery,
  NearbyCity,
  RequestOptions,
} from './types.js';
import { categoriesUrl, cityEventsUrl, eventUrl } from './urls-core.js';
import { citySearchUrl, geoEventsUrl, nearbyCitiesUrl } from './urls-places.js';

export type { AgendaClientOptions };

/** Client for the Agenda Culturel API. */
export class AgendaClient extends EventsClient {
  /** Cities whose name starts like `query.query` (`citylist`); an empty query or no match gives `[]`. */
  async searchCities(query: CitySearchQuery, options: RequestOptions = {}): Promise<City[]> {
    const url = citySearchUrl(this.target, query);
    if (url === null) return [];
    return this.request({
      url,
      signal: options.signal,
      parse: onDemand(placesParser(), (parser, raw) => parser.normalizeCities(raw, this.onDropped)),
      empty: () => [],
    });
  }

  /** The nearest cities with upcoming events (`geocities`), nearest first; none gives `[]`. */
  async nearbyCities(query: NearbyCitiesQuery, options: RequestOptions = {}): Promise<NearbyCity[]> {
    return this.withCheckedUrl(() => nearbyCitiesUrl(this.target, query), query.categories, options, (url) =>
      this.request({
        url,
        signal: options.signal,
        parse: onDemand(placesParser(), (parser, raw) => parser.normalizeNearbyCities(raw, this.onDropped)),
        empty: () => [],
      }),
    );
  }

  /** One page of events around a position, or in the key's own zone with `restricted` (`/geo/…`). */
  async geoEvents(query: GeoEventsQuery, options: RequestOptions = {}): Promise<EventPage> {
    return this.withCheckedUrl(() => geoEventsUrl(this.target, query), query.categories, options, (url) => this.eventPage(url, query, options));
  }

  /** The URL `cityEvents(query)` requests. */
  cityEventsUrl(query: CityEventsQuery): string {
    return cityEventsUrl(this.target, query);
  }

  /** The URL `event(id)` requests. */
  eventUrl(id: number | string): string {
    return eventUrl(this.target, id);
  }

  /** The URL `categories()` requests. */
  categoriesUrl(): string {
    return categoriesUrl(this.target);
  }

  /** The URL `searchCities(query)` requests, or null when it would make no request. */
  citySearchUrl(query: CitySearchQuery): string | null {
    return citySearchUrl(this.target, query);
  }

  /** The URL `nearbyCities(query)` requests. */
  nearbyCitiesUrl(query: NearbyCitiesQuery): string {
    return nearbyCitiesUrl(this.target, query);
  }

  /** The URL `geoEvents(query)` requests. */
  geoEventsUrl(query: GeoEventsQuery): string {
    return geoEventsUrl(this.target, query);
  }
}

/**
 * The shared client for `options.apiBase` and `options.apiKey`, created on first use, so every element on a
 * page shares one cache and one set of requests under way. The other options of the first call win.
 */
export function getClient(options: AgendaClientOptions): AgendaClient {
  return sharedClient(options, AgendaClient);
}

/**
 * The typed model the client produces from the API's raw JSON. Elements and templates only ever see these
 * shapes: field names are English and stable, whatever the API sends (strings for numbers, null lists…).
 */

/** A language the widgets speak. */
export type Lang = 'fr' | 'en';

/** Colour scheme requested by the host page. */
export type Theme = 'light' | 'dark' | 'auto';

/** The seven category URIs the documentation lists; `/category` remains the truth at run time. */
export const KNOWN_CATEGORIES = [
  'concert',
  'theatre',
  'festival',
  'jeune-public',
  'danse',
  'arts-du-spectacle',
  'exposition',
] as const;

/** An event category as returned by `/category` (`nomcat`, `cat_s`, `couleur`). */
export interface Category {
  /** URI used in request URLs, e.g. `concert`. */
  uri: string;
  /** Display name, e.g. `Concert`. */
  name: string;
  /** Validated `#rrggbb` colour, or null when the API sent none or an invalid one. */
  color: string | null;
}

/** A city from `citylist`. */
export interface City {
  /** Agenda Culturel city id (Amiens is 2). */
  id: number;
  /** City name (`ville`). */
  name: string;
  /** Department name (`dep`), shown in parentheses after the city. */
  department: string;
}

/** A city from `geocities`: the nearest cities that have upcoming events. */
export interface NearbyCity extends City {
  /** Number of upcoming events (`nb_events`). */
  eventCount: number;
  /** Distance in kilometres from the requested position. */
  distanceKm: number;
}

/**
 * A date and optional time on the Paris wall clock, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`.
 * The API sends local French times without a zone; we keep them as such and format them with
 * `timeZone: 'Europe/Paris'` semantics (see `ui/format`). A time of exactly midnight is read as "no time"
 * (PHP pads date-only values with `00:00:00`); a value sent with a zone is converted to Paris time.
 */
export type LocalDateTime = string;

/** One event in a listing (city or geo). The same event may appear several times, at several `nextDate`s. */
export interface EventSummary {
  /** Event id (`id_agenda`). */
  id: number;
  /** Title, plain text. */
  title: string;
  /** Description as the API sent it (restricted HTML): sanitize before rendering, or use `excerpt`. */
  descriptionHtml: string;
  /** Plain-text excerpt of the description (tags stripped, entities decoded, whitespace collapsed). */
  excerpt: string;
  /** True when the event is free (`gratuit`). */
  free: boolean;
  /** Booking link (`url_resa`), http(s) only, else null. */
  bookingUrl: string | null;
  /** Absolute image URL (`visuel`), http(s) only, else null. */
  image: string | null;
  /** The event's category. */
  category: Category;
  /** First date (`date_debut`). */
  startDate: LocalDateTime | null;
  /** Last date (`date_fin`). */
  endDate: LocalDateTime | null;
  /** Next upcoming date (`nextdate`): the listing is grouped on it. */
  nextDate: LocalDateTime | null;
  /** True when `etat` is `annule`. */
  cancelled: boolean;
  /** Venue name (`lieu` in listings, `lieux_lieu` in details). */
  venue: string;
  /** True when the event is featured (`sponsored`). */
  featured: boolean;
  /** Artist names. */
  artists: string[];
  /** Number of artists (`nb_artistes`), at least `artists.length`. */
  artistCount: number;
  /** Geo listings only: distance in km from the requested position. */
  distanceKm?: number;
  /** Geo listings and details: the event's city id. */
  cityId?: number;
  /** Geo listings and details: the event's city name. */
  cityName?: string;
}

/**
 * One performance day of an event, with its times (`dates_inter`, else `heure1`…`heure5`); without
 * `dates_inter`, one per day from the start to the end date, none when that is more than 366 days.
 */
export interface Performance {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** Start times that day, `HH:mm`, possibly empty. */
  times: string[];
}

/** A price parsed from `tarifmin` ("15.00" or "10.00 à 12.00"). */
export interface PriceRange {
  /** Lowest price in euros. */
  min: number;
  /** Highest price in euros (equal to `min` for a single price). */
  max: number;
}

/** The full record from `event/{id}`. */
export interface EventDetail extends EventSummary {
  /** Price range, or null when unknown or free. */
  price: PriceRange | null;
  /** Price exactly as the API wrote it (`tarifmin`), for display when it could not be parsed. */
  priceText: string;
  /** Department number (`dep`). */
  department: string;
  /** Arrondissement number, when the city has them. */
  arrondissement: string | null;
  /** Default performance times (`heure1`…`heure5`), `HH:mm`. */
  defaultTimes: string[];
  /** Every performance day with its times, `dates_inter` overriding the default times. */
  performances: Performance[];
  /** The next shows in words, as the API wrote them (at most 5). */
  nextShows: string[];
  /** Booking information (`inforesa`), plain text. */
  bookingInfo: string;
  /** The event's page on AgendaCulturel.fr (`url`), http(s) only, else null. */
  pageUrl: string | null;
  /** The API's own rating of the event (`weight`). */
  weight: number | null;
  /** Venue street address (`lieux_adresse`). */
  venueAddress: string;
  /** Postcode (`villes_cp`). */
  postcode: string;
  /** Organiser (`org_name`). */
  organizer: string;
}

/** One page of a listing, as the elements consume it. */
export interface EventPage {
  /** The usable events of this page, in the API's order. */
  items: EventSummary[];
  /** Offset this page was requested at. */
  offset: number;
  /** Limit this page was requested with. */
  limit: number;
  /** True when the API returned a full page (records counted before drops), so another may follow. */
  hasMore: boolean;
  /** Records the API sent that could not be used (missing id or title): dropped, not fatal. */
  dropped: number;
}

/** Options common to every request. */
export interface RequestOptions {
  /** Aborts the request (and its retries); the promise rejects with an `AbortError` DOMException. */
  signal?: AbortSignal;
  /**
   * Listings (`cityEvents`, `geoEvents`) only: share the cached page instead of getting a copy of it. The page
   * is then frozen (read-only, deep) and the same object for every sharing caller; this saves a deep copy per
   * call, and the elements use it. Other requests always return a copy. Default false.
   */
  shared?: boolean;
}

/** Paging, as the API's `offset,limit` segment. */
export interface Paging {
  /** Index of the first event (default 0). */
  offset?: number;
  /** Number of events (default 15). */
  limit?: number;
}

/** Arguments of the city listing `/{city}[/{categories}][/{offset,limit}]`. */
export interface CityEventsQuery extends Paging {
  /** City id. */
  city: number | string;
  /** Category URIs to keep (all when empty). */
  categories?: readonly string[];
}

/** Arguments of the geo listing `/geo/{lat,lon}/{radius}[/{categories}][/{offset,limit}]`, or the bare `geo/`. */
export interface GeoEventsQuery extends Paging {
  /** Latitude in decimal degrees; omitted with `restricted`. */
  lat?: number | string;
  /** Longitude in decimal degrees; omitted with `restricted`. */
  lon?: number | string;
  /** Radius in km (decimal); omitted with `restricted`. */
  radiusKm?: number | string;
  /** The key is bound to a zone: call `geo/` without a position. */
  restricted?: boolean;
  /** Category URIs to keep (all when empty). */
  categories?: readonly string[];
}

/** Arguments of `citylist/{q}[/{excluded}]`. */
export interface CitySearchQuery {
  /** What the visitor typed. */
  query: string;
  /** City ids to leave out. */
  exclude?: readonly (number | string)[];
}

/** Arguments of `geocities/{lat,lon}[/{excluded}][/{categories}][/{distance_max}][/{offset,limit}]`. */
export interface NearbyCitiesQuery extends Paging {
  /** Latitude in decimal degrees. */
  lat: number | string;
  /** Longitude in decimal degrees. */
  lon: number | string;
  /** City ids to leave out. */
  exclude?: readonly (number | string)[];
  /** Only cities with events in these categories. */
  categories?: readonly string[];
  /** Search radius in km (the API's default is 50). */
  maxDistanceKm?: number | string;
}

/** Thumbnail request for `/static/im/thumb.php`. */
export interface ThumbnailOptions {
  /** Maximum width in CSS pixels. */
  width: number;
  /** Maximum height in CSS pixels. */
  height: number;
  /** Crop to exactly width × height (`zc=1`, default true). */
  crop?: boolean;
}

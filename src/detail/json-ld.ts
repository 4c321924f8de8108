/**
 * schema.org `Event` structured data, so that search engines can show a partner's event pages as events
 * (dates, venue, price). An element writes `jsonLdScript(eventJsonLd(detail))` as the `textContent` of a
 * `<script type="application/ld+json">` in the light DOM, where crawlers look for it.
 */
import type { EventDetail } from '../client/types.js';
import { validPriceRange } from '../ui/price.js';
import { parisOffset } from './datetime.js';
import { occurrences, type Occurrence } from './performances.js';
import { httpUrl, oneLine } from './text.js';

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON-LD node: a JSON object. */
export type JsonLdObject = { [key: string]: JsonValue };

const SCHEMA = 'https://schema.org';

/**
 * The event as a schema.org `Event`. Unknown fields are left out rather than guessed; the start is the
 * first performance (with its Paris offset when a time is known) and the end the last day of the run.
 */
export function eventJsonLd(detail: EventDetail): JsonLdObject {
  const data: JsonLdObject = { '@context': SCHEMA, '@type': 'Event', name: oneLine(detail.title) };
  const all = occurrences(detail);
  const first = all[0];
  if (first) {
    data.startDate = isoStart(first);
    // The end of a show's day is not known (times are start times only), so an end is given only for a
    // run over several days, as its last day.
    const lastDay = all.reduce((last, occurrence) => (occurrence.lastDate > last ? occurrence.lastDate : last), first.date);
    if (lastDay !== first.date) data.endDate = lastDay;
  }
  data.eventStatus = `${SCHEMA}/${detail.cancelled ? 'EventCancelled' : 'EventScheduled'}`;
  data.eventAttendanceMode = `${SCHEMA}/OfflineEventAttendanceMode`;
  const location = place(detail);
  if (location) data.location = location;
  const image = httpUrl(detail.image);
  if (image) data.image = [image];
  const description = oneLine(detail.excerpt);
  if (description) data.description = description;
  if (detail.free) data.isAccessibleForFree = true;
  const offers = offer(detail);
  if (offers) data.offers = offers;
  // The API does not say whether an artist is a person or a group; companies, orchestras and bands make up
  // most of an agenda, and PerformingGroup (an Organization) is as acceptable to search engines as Person.
  const performers = [...new Set((detail.artists ?? []).map(oneLine).filter(Boolean))];
  if (performers.length > 0) data.performer = performers.map((name) => ({ '@type': 'PerformingGroup', name }));
  const organizer = oneLine(detail.organizer);
  if (organizer) data.organizer = { '@type': 'Organization', name: organizer };
  const url = httpUrl(detail.pageUrl);
  if (url) data.url = url;
  return data;
}

/** ISO 8601 start: `YYYY-MM-DDTHH:mm:00+01:00` with the Paris offset of that day, or the plain day. */
function isoStart({ date, time }: Occurrence): string {
  return time === null ? date : `${date}T${time}:00${parisOffset(date, time)}`;
}

/** The venue as a `Place` with its `PostalAddress`, or null when nothing about it is known. */
function place(detail: EventDetail): JsonLdObject | null {
  const address: JsonLdObject = { '@type': 'PostalAddress' };
  const street = oneLine(detail.venueAddress);
  const postcode = oneLine(detail.postcode);
  const city = oneLine(detail.cityName);
  if (street) address.streetAddress = street;
  if (postcode) address.postalCode = postcode;
  if (city) address.addressLocality = city;
  const name = oneLine(detail.venue);
  if (!name && !street && !postcode && !city) return null;
  // The API covers France only.
  address.addressCountry = 'FR';
  const result: JsonLdObject = { '@type': 'Place' };
  if (name) result.name = name;
  result.address = address;
  return result;
}

/**
 * The offer: price 0 when free, `Offer` for one price, `AggregateOffer` for a range, or only the booking
 * link when the price is unknown; null when there is neither price nor link.
 */
function offer(detail: EventDetail): JsonLdObject | null {
  const url = httpUrl(detail.bookingUrl);
  const range = validPriceRange(detail.price);
  let result: JsonLdObject;
  if (detail.free) {
    result = { '@type': 'Offer', price: 0, priceCurrency: 'EUR' };
  } else if (range && range.max > 0 && range.min !== range.max) {
    result = { '@type': 'AggregateOffer', lowPrice: range.min, highPrice: range.max, priceCurrency: 'EUR' };
  } else if (range && range.max > 0) {
    result = { '@type': 'Offer', price: range.max, priceCurrency: 'EUR' };
  } else if (url) {
    // A 0.00 tariff without the free flag means "unknown" (see ui/price): no price is claimed.
    result = { '@type': 'Offer' };
  } else {
    return null;
  }
  if (url) result.url = url;
  // Sold-out state is not in the API: a scheduled event is assumed bookable, a cancelled one claims nothing.
  if (!detail.cancelled) result.availability = `${SCHEMA}/InStock`;
  return result;
}

/** Characters escaped so the JSON cannot close or confuse the `<script>` element it is written into. */
const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes
 * (they only occur inside strings, where the escape means the same), so `</script>` or `<!--` in a title
 * cannot end the script, even if the text is ever written as HTML rather than `textContent`.
 */
export function jsonLdScript(data: unknown): string {
  return (JSON.stringify(data) ?? 'null').replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char] ?? char);
}

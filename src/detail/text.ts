/**
 * Plain-text pieces shared by the calendar file, the calendar link and the structured data.
 */
import type { EventDetail } from '../client/types.js';

/** The normalised absolute URL when `value` is an http(s) URL, else null (javascript:, data:, relative…). */
export function httpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    // The client already checks these fields; checking again here keeps every output safe on its own.
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Whitespace collapsed to single spaces, trimmed; '' for anything but a string. */
export function oneLine(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** Postcode and city, e.g. "80000 Amiens". */
export function postcodeCity(detail: Pick<EventDetail, 'postcode' | 'cityName'>): string {
  return [oneLine(detail.postcode), oneLine(detail.cityName)].filter(Boolean).join(' ');
}

/** Text compared as a reader would: lower case, without accents, whitespace collapsed. */
function comparable(value: unknown): string {
  return oneLine(value).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether `text` holds `part` as whole words ("80000 AMIENS" holds "Amiens"; "rue du Hameau" does not hold "Ham"). */
function holdsWords(text: string, part: string): boolean {
  if (!part) return true;
  const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * Postcode and city, or '' when the street address already holds them: the API often writes them into it
 * ("28 rue Gambetta, 80000 Amiens"), and they are not said twice.
 */
export function townBesideAddress(detail: Pick<EventDetail, 'venueAddress' | 'postcode' | 'cityName'>): string {
  const address = comparable(detail.venueAddress);
  return holdsWords(address, comparable(detail.postcode)) && holdsWords(address, comparable(detail.cityName)) ? '' : postcodeCity(detail);
}

/** The venue on one line for a calendar: "Venue, 1 rue X, 80000 Amiens", leaving out what is unknown. */
export function locationText(detail: Pick<EventDetail, 'venue' | 'venueAddress' | 'postcode' | 'cityName'>): string {
  return [oneLine(detail.venue), oneLine(detail.venueAddress), townBesideAddress(detail)].filter(Boolean).join(', ');
}

/** A calendar entry's notes: the excerpt, the booking information and the booking link, a blank line apart. */
export function calendarNotes(detail: Pick<EventDetail, 'excerpt' | 'bookingInfo' | 'bookingUrl'>): string {
  const booking = httpUrl(detail.bookingUrl);
  const info = (detail.bookingInfo ?? '').trim();
  return [(detail.excerpt ?? '').trim(), info, booking && !info.includes(booking) ? booking : '']
    .filter(Boolean)
    .join('\n\n');
}

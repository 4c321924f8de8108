/**
 * An iCalendar (RFC 5545) file for an event, offered as a download ("Add to my calendar") so it works with
 * any calendar application, offline, without sending the visitor to a third party.
 */
import type { EventDetail } from '../client/types.js';
import { PARIS, basicDate } from './datetime.js';
import { basicSpan, occurrences, unfinishedOccurrences, type Occurrence } from './performances.js';
import { calendarNotes, httpUrl, locationText, oneLine } from './text.js';

/** Options of `eventToICalendar`. */
export interface ICalendarOptions {
  /** The file's creation instant, written as every `DTSTAMP`, and what decides which performances are past (default: now). */
  now?: Date;
  /** The `PRODID` naming the software that made the file. */
  productId?: string;
}

/** Default `PRODID`, in the formal public identifier style RFC 5545 shows. */
export const DEFAULT_PRODUCT_ID = '-//agenda-widgets//agenda-widgets//FR';

/** MIME type of the file, with the charset RFC 5545 requires to be stated when it is not US-ASCII. */
export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

/** Longest physical line, in octets, CRLF excluded (RFC 5545 §3.1). */
const MAX_OCTETS = 75;

/**
 * Europe/Paris as a VTIMEZONE: the EU rules in force since 1996 (last Sunday of March 02:00 → CEST, last
 * Sunday of October 03:00 → CET). Calendar applications resolve `TZID` with it, or with their own
 * database when they recognise the IANA name, which gives the same result for any date we can show.
 */
const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${PARIS}`,
  `X-LIC-LOCATION:${PARIS}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The event as an iCalendar document: one VEVENT per performance day and time still to come or under way
 * (all-day when no time is known, otherwise Europe/Paris times lasting `DEFAULT_DURATION_HOURS`), CRLF line ends, folded lines.
 * Performances already over are left out (a visitor adds what they can still go to), unless all are: then
 * the file keeps every one, as a record of the event rather than an empty calendar.
 */
export function eventToICalendar(detail: EventDetail, options: ICalendarOptions = {}): string {
  const now = options.now ?? new Date();
  const stamp = utcStamp(now);
  // Shows under way count as to come, until they end.
  const upcoming = unfinishedOccurrences(detail, now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${stripControls(options.productId || DEFAULT_PRODUCT_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...PARIS_VTIMEZONE,
  ];
  for (const occurrence of upcoming.length > 0 ? upcoming : occurrences(detail)) lines.push(...vevent(detail, occurrence, stamp));
  lines.push('END:VCALENDAR');
  // Every line, the last one included, ends with CRLF (RFC 5545 §3.1: "contentline = … CRLF").
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** The lines of one VEVENT. */
function vevent(detail: EventDetail, occurrence: Occurrence, stamp: string): string[] {
  const [start, end] = basicSpan(occurrence);
  // All-day (DTEND exclusive, the day after the last day), or Europe/Paris wall-clock times.
  const value = occurrence.time === null ? ';VALUE=DATE' : `;TZID=${PARIS}`;
  const lines = ['BEGIN:VEVENT', `UID:${uid(detail.id, occurrence)}`, `DTSTAMP:${stamp}`, `DTSTART${value}:${start}`, `DTEND${value}:${end}`];
  // A whole-day entry should not mark the visitor as busy all day.
  if (occurrence.time === null) lines.push('TRANSP:TRANSPARENT');
  lines.push(`SUMMARY:${escapeText(oneLine(detail.title))}`);
  const notes = calendarNotes(detail);
  if (notes) lines.push(`DESCRIPTION:${escapeText(notes)}`);
  const location = locationText(detail);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const url = httpUrl(detail.pageUrl);
  // URL is a URI value, not TEXT: no escaping, and the URL parser's output holds no CR, LF or space.
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${detail.cancelled ? 'CANCELLED' : 'CONFIRMED'}`);
  const category = oneLine(detail.category?.name);
  if (category) lines.push(`CATEGORIES:${escapeText(category)}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A UID stable across downloads (so re-importing updates rather than duplicates) and unique per occurrence:
 * `agenda-<id>-<yyyymmdd>[-<hhmm>]@agenda-widgets`.
 */
function uid(id: number, { date, time }: Occurrence): string {
  const safeId = String(id).replace(/[^0-9A-Za-z]/g, '');
  return `agenda-${safeId}-${basicDate(date)}${time ? `-${time.replace(':', '')}` : ''}@agenda-widgets`;
}

/** `YYYYMMDDTHHMMSSZ`, a UTC date-time as DTSTAMP requires. */
function utcStamp(instant: Date): string {
  const valid = Number.isNaN(instant.getTime()) ? new Date() : instant;
  return valid.toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** Control characters RFC 5545 forbids in a value (all but HTAB; line breaks are escaped before this). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** A value without forbidden control characters. */
function stripControls(value: string): string {
  return value.replace(CONTROLS, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  return stripControls(
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n'),
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line into physical lines of at most 75 octets (RFC 5545 §3.1), continuation lines
 * starting with one space. Splits between code points only, so no UTF-8 sequence is cut in two.
 */
export function fold(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Letters NFKD does not decompose, spelled out. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o' };

/** A file name for the download: the title as an ASCII slug, e.g. `concert-de-noel.ics`. */
export function icsFileName(detail: Pick<EventDetail, 'id' | 'title'>): string {
  const slug = oneLine(detail.title)
    .toLowerCase()
    // NFKD strips accents but leaves the ligatures French titles use, which would otherwise be dropped.
    .replace(/[œæßø]/g, (char) => LIGATURES[char] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const id = String(detail.id).replace(/[^0-9A-Za-z]/g, '');
  return `${slug || `agenda-${id || 'event'}`}.ics`;
}

/** The iCalendar document as a Blob, for `URL.createObjectURL` and a download link (no data: URL, for CSP). */
export function icsBlob(detail: EventDetail, options: ICalendarOptions = {}): Blob {
  return new Blob([eventToICalendar(detail, options)], { type: ICS_MIME_TYPE });
}

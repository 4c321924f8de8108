/**
 * Calendar arithmetic on Paris wall-clock dates and times (`YYYY-MM-DD`, `HH:mm`), the way the API writes
 * them. Dates are handled as plain calendar days through UTC so that neither the visitor's time zone nor
 * daylight saving time can shift a day; only `parisOffset` and `parisNow` deal with real instants.
 */
import { machineDate, parseWallClock } from '../ui/format.js';

/** The IANA zone every API date and time is expressed in. */
export const PARIS = 'Europe/Paris';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A wall-clock day and time read as a UTC instant, in ms; `Date.UTC` rolls overflowing fields over. */
function wallMs(date: string, time = '00:00'): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, hh, mm);
}

/** True for an existing calendar day written `YYYY-MM-DD`. */
export function isDate(value: unknown): value is string {
  // Round-tripping rejects 2026-02-30 and friends, which Date.UTC would silently roll over.
  return typeof value === 'string' && DATE.test(value) && new Date(wallMs(value)).toISOString().slice(0, 10) === value;
}

/** True for a time of day written `HH:mm` (00:00–23:59). */
export function isTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

/** The day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export function addDays(date: string, days: number): string {
  return addHours(date, '00:00', days * 24).date;
}

/** A wall-clock date and time `hours` later, rolling over midnight (wall clock: a DST night is ignored). */
export function addHours(date: string, time: string, hours: number): { date: string; time: string } {
  const iso = new Date(wallMs(date, time) + hours * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** `YYYYMMDD`, the basic format iCalendar and Google Calendar use for a day. */
export function basicDate(date: string): string {
  return date.replaceAll('-', '');
}

/** `YYYYMMDDTHHMMSS` (local, no zone suffix), the basic format for a wall-clock date-time. */
export function basicDateTime(date: string, time: string): string {
  return `${basicDate(date)}T${time.replace(':', '')}00`;
}

/** One formatter, as building one is the costly part. */
let parisFormatter: Intl.DateTimeFormat | undefined;

/** The Paris wall-clock day and time (`HH:mm`) of an instant, to decide what is still upcoming. */
export function parisNow(instant: Date = new Date()): { date: string; time: string } {
  parisFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    // h23, not `hour12: false`: some engines write midnight as "24" with the latter.
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const part of parisFormatter.formatToParts(instant)) parts[part.type] = part.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * The UTC offset (`+01:00` or `+02:00`) of a Paris wall-clock date and time, for ISO 8601 timestamps: the
 * one the cards' `<time datetime>` use (`machineDate` of `ui/format`), so the project has one Paris offset.
 */
export function parisOffset(date: string, time: string): string {
  return machineDate(parseWallClock(`${date}T${time}`)!).slice(16);
}

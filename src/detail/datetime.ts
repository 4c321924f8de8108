/**
 * Calendar arithmetic on Paris wall-clock dates and times (`YYYY-MM-DD`, `HH:mm`), the way the API writes
 * them. Dates are handled as plain calendar days through UTC so that neither the visitor's time zone nor
 * daylight saving time can shift a day; only `parisOffset` and `parisNow` deal with real instants.
 */

/** The IANA zone every API date and time is expressed in. */
export const PARIS = 'Europe/Paris';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for an existing calendar day written `YYYY-MM-DD`. */
export function isDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  // Round-tripping rejects 2026-02-30 and friends, which Date.UTC would silently roll over.
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** True for a time of day written `HH:mm` (00:00–23:59). */
export function isTime(value: unknown): value is string {
  return typeof value === 'string' && TIME.test(value);
}

/** The day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A wall-clock date and time `hours` later, rolling over midnight (wall clock: a DST night is ignored). */
export function addHours(date: string, time: string, hours: number): { date: string; time: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const iso = new Date(Date.UTC(y, m - 1, d, hh + hours, mm)).toISOString();
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

/** Paris wall-clock fields of an instant; one formatter, as building one is the costly part. */
let parisFormatter: Intl.DateTimeFormat | undefined;

/** The Paris wall-clock date, time and seconds of an instant. */
function parisFields(instant: Date): { date: string; time: string; second: string } {
  parisFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    // h23, not `hour12: false`: some engines write midnight as "24" with the latter.
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const part of parisFormatter.formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    second: parts.second ?? '00',
  };
}

/** The Paris wall-clock day and time (`HH:mm`) of an instant, to decide what is still upcoming. */
export function parisNow(instant: Date = new Date()): { date: string; time: string } {
  const { date, time } = parisFields(instant);
  return { date, time };
}

/** Offset of Paris from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutesAt(epochMs: number): number {
  const { date, time, second } = parisFields(new Date(epochMs));
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm, Number(second));
  return Math.round((wallAsUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/**
 * The UTC offset (`+01:00` or `+02:00`) of a Paris wall-clock date and time, for ISO 8601 timestamps.
 * Computed from the formatted wall clock rather than `timeZoneName: 'longOffset'`, whose output
 * ("GMT+1", "GMT+01:00", "UTC+1"…) and support vary between engines.
 */
export function parisOffset(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes: the offset at the first guess may be on the other side of a DST switch.
  const guess = wallAsUtc - offsetMinutesAt(wallAsUtc) * 60000;
  const offset = offsetMinutesAt(guess);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

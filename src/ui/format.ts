/**
 * Dates, distances and lists in the page's language.
 *
 * The model's dates are Paris wall-clock strings (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`). They are turned into a
 * `Date` with `Date.UTC(…)` from their parts and formatted with `timeZone: 'UTC'`, so the wall clock is shown
 * unchanged whatever the visitor's own time zone: an 8.30 pm concert in Amiens reads 20:30 in Montréal too.
 */
import type { Lang, LocalDateTime } from '../client/types.js';

/** A Paris wall-clock date, parsed. */
export interface WallClock {
  /** The wall clock as if it were UTC (format it with `timeZone: 'UTC'`). */
  date: Date;
  /** True when the value had a time of day. */
  hasTime: boolean;
  /** `YYYY-MM-DD`. */
  day: string;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const cache = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached `Intl.DateTimeFormat`: building one costs far more than using it. `name` identifies `options`
 * (a fixed set per call site, so no per-call serialising of the options: this runs for every card).
 */
export function formatter(name: string, lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + name;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', options);
    cache.set(key, format);
  }
  return format;
}

/** Parses a model date; null when absent or malformed. */
export function parseWallClock(value: LocalDateTime | null | undefined): WallClock | null {
  const match = value ? LOCAL.exec(value) : null;
  if (!match) return null;
  const [, y, mo, d, h, mi] = match;
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!, h ? +h : 0, mi ? +mi : 0));
  return Number.isNaN(date.getTime()) ? null : { date, hasTime: h !== undefined, day: `${y}-${mo}-${d}` };
}

/** The last date read and the UTC hour it was read for (see `parisToday`). */
let lastToday: { hour: number; day: string } | undefined;

/**
 * Today's date in Paris, `YYYY-MM-DD`. Read again only for another UTC hour: Paris is one or two whole hours
 * ahead of UTC, so its date changes on a UTC hour only; the time-zone `formatToParts` otherwise cost every
 * listing render a good part of its time.
 */
export function parisToday(now: Date = new Date()): string {
  const hour = Math.floor(now.getTime() / HOUR);
  if (lastToday?.hour === hour) return lastToday.day;
  // Assembled from parts: a locale's own short pattern is not stable across engines (WebKit's en-CA differs).
  const parts = formatter('today', 'en', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  lastToday = { hour, day: `${part('year')}-${part('month')}-${part('day')}` };
  return lastToday.day;
}

/** Offsets already read, by UTC hour: Paris changes offset on the hour only, so an hour has one offset. */
const offsets = new Map<number, string>();

/** The UTC offset in force in Paris at an instant, as `+01:00` or `+02:00`. */
function parisOffsetAt(instant: number): string {
  const hour = Math.floor(instant / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const name =
      formatter('offset', 'en', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
        .formatToParts(new Date(instant))
        .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    offset = /GMT([+-]\d{2}:\d{2})/.exec(name)?.[1] ?? '+00:00';
    offsets.set(hour, offset);
  }
  return offset;
}

/**
 * The `datetime` attribute for a wall-clock value: the date alone, or the date and time with Paris's offset
 * so that machines read the right instant (`2026-11-28T20:30+01:00`).
 */
export function machineDate(clock: WallClock): string {
  if (!clock.hasTime) return clock.day;
  const wall = clock.date.getTime();
  // The offset at the wall clock read as UTC is right except within an hour of a DST switch; one more
  // step from the corrected instant settles it.
  const guess = wall - offsetMs(parisOffsetAt(wall));
  const offset = parisOffsetAt(guess);
  return `${clock.date.toISOString().slice(0, 16)}${offset}`;
}

function offsetMs(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * HOUR + (m ?? 0) * 60_000);
}

/** Whole days from one `YYYY-MM-DD` to another (read as UTC: no clock change to trip on); 1 for the next day. */
export function dayDistance(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / DAY);
}

/** Words for "today" and "tomorrow", injected so this module needs no message catalogue. */
export interface RelativeDayWords {
  today: string;
  tomorrow: string;
}

/**
 * The next performance, e.g. `samedi 28 novembre, 20:30` / `Saturday 28 November, 20:30`, `Aujourd'hui, 20:30`;
 * the year is added when it is not the current one. `short` abbreviates the weekday and the month
 * (`Sam. 28 nov., 20:30` / `Sat 28 Nov, 20:30`), for rows with little room.
 */
export function formatNextDate(clock: WallClock, lang: Lang, words: RelativeDayWords, today = parisToday(), short = false): string {
  const ahead = dayDistance(today, clock.day);
  const time = clock.hasTime
    ? formatter('time', lang, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(clock.date)
    : '';
  let day: string;
  if (ahead === 0) day = words.today;
  else if (ahead === 1) day = words.tomorrow;
  else {
    const sameYear = clock.day.slice(0, 4) === today.slice(0, 4);
    const length = short ? 'short' : 'long';
    day = formatter(`${sameYear ? 'day' : 'day-year'}-${length}`, lang, {
      timeZone: 'UTC',
      weekday: length,
      day: 'numeric',
      month: length,
      ...(sameYear ? {} : { year: 'numeric' }),
    })
      .format(clock.date)
      // en-GB puts a comma after the weekday only with a year ("Sunday, 3 January 2027"): one style in a list.
      .replace(/^([^\s,]+), /, '$1 ');
    day = day.charAt(0).toUpperCase() + day.slice(1);
  }
  return time ? `${day}, ${time}` : day;
}

/** A short day for ranges: `12 nov.` (`12 nov. 2027` when `withYear`). */
export function formatShortDay(clock: WallClock, lang: Lang, withYear: boolean): string {
  return formatter(withYear ? 'short-year' : 'short', lang, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(clock.date);
}

const numberCache = new Map<string, Intl.NumberFormat>();

/**
 * A distance given in km: metres to the ten under 1 km, at least 10 (`850 m`: "0 km" said nothing), one decimal
 * under 10 km (`2,3 km`), none above (`14 km`).
 */
export function formatDistance(km: number, lang: Lang): string {
  // Rounded first, so that 0.996 km reads "1 km", not "1 000 m".
  const metres = Math.max(10, Math.round(km * 100) * 10);
  const [unit, digits, value] = metres < 1000 ? (['meter', 0, metres] as const) : (['kilometer', km < 9.95 ? 1 : 0, km] as const);
  const key = lang + unit + digits;
  let format = numberCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { style: 'unit', unit, maximumFractionDigits: digits });
    numberCache.set(key, format);
  }
  return format.format(value);
}

const listCache = new Map<Lang, Intl.ListFormat>();

/** `A, B et C` / `A, B and C`; the formatter is built once per language (it costs more than a card). */
export function formatList(items: readonly string[], lang: Lang): string {
  if (typeof Intl.ListFormat !== 'function') return items.join(', ');
  let format = listCache.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { style: 'long', type: 'conjunction' });
    listCache.set(lang, format);
  }
  return format.format(items);
}

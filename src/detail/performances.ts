/**
 * Expands an event's performances into single occurrences (one day, at most one start time), the unit that
 * calendar files, calendar links and structured data all work with.
 */
import type { EventDetail } from '../client/types.js';
import { addDays, addHours, basicDate, basicDateTime, isDate, isTime, parisNow } from './datetime.js';

/**
 * Assumed length of a timed performance. The API gives start times only, and calendar applications show an
 * event without an end as lasting zero minutes (or refuse it), so two hours stands in for a typical show.
 */
export const DEFAULT_DURATION_HOURS = 2;

/** One occurrence of an event: a day at a time, a whole day, or (fallback) a span of whole days. */
export interface Occurrence {
  /** First day, `YYYY-MM-DD` (Paris). */
  date: string;
  /** Start time `HH:mm` (Paris), or null for an all-day occurrence. */
  time: string | null;
  /** Last day, inclusive: equal to `date` except for the start/end fallback span. */
  lastDate: string;
}

/** What the expansion reads from an event; a structural subset of `EventDetail`. */
export type OccurrenceFields = Pick<EventDetail, 'performances' | 'startDate' | 'endDate' | 'defaultTimes'>;

/** Valid, distinct, sorted `HH:mm` times. */
function cleanTimes(times: readonly unknown[] | null | undefined): string[] {
  return [...new Set((times ?? []).filter(isTime))].sort();
}

/**
 * Every occurrence in chronological order: each performance day × each of its times, a day without times
 * as one all-day occurrence. Without usable performances, falls back to the start/end dates: one day (at
 * the default times or the start's time when known), or one all-day span.
 */
export function occurrences(detail: OccurrenceFields): Occurrence[] {
  const byKey = new Map<string, Occurrence>();
  for (const performance of detail.performances ?? []) {
    if (!isDate(performance?.date)) continue;
    const times = cleanTimes(performance.times);
    if (times.length === 0) times.push('');
    for (const time of times) {
      // Keyed, so a day listed twice by the API does not give two calendar entries.
      byKey.set(`${performance.date} ${time}`, { date: performance.date, time: time || null, lastDate: performance.date });
    }
  }
  if (byKey.size > 0) {
    return [...byKey.values()].sort((a, b) =>
      a.date === b.date ? (a.time ?? '').localeCompare(b.time ?? '') : a.date.localeCompare(b.date),
    );
  }
  return fallback(detail);
}

/** The occurrences the start and end dates alone describe. */
function fallback(detail: OccurrenceFields): Occurrence[] {
  const start = (detail.startDate ?? '').slice(0, 10);
  if (!isDate(start)) return [];
  const endDay = (detail.endDate ?? '').slice(0, 10);
  const end = isDate(endDay) && endDay > start ? endDay : start;
  if (end !== start) return [{ date: start, time: null, lastDate: end }];
  const startTime = (detail.startDate ?? '').slice(11, 16);
  const times = cleanTimes(detail.defaultTimes);
  if (times.length === 0 && isTime(startTime)) times.push(startTime);
  if (times.length === 0) return [{ date: start, time: null, lastDate: start }];
  return times.map((time) => ({ date: start, time, lastDate: start }));
}

/** The occurrences not yet over or started at `now` (an all-day one counts until its last day ends). */
export function upcomingOccurrences(detail: OccurrenceFields, now: Date = new Date()): Occurrence[] {
  const today = parisNow(now);
  return occurrences(detail).filter((occurrence) =>
    occurrence.lastDate > today.date ||
    (occurrence.lastDate === today.date && (occurrence.time === null || occurrence.time >= today.time)),
  );
}

/**
 * The occurrences not over at `now`: a timed one until `DEFAULT_DURATION_HOURS` after it starts, an all-day one
 * until its last day ends.
 */
export function unfinishedOccurrences(detail: OccurrenceFields, now: Date = new Date()): Occurrence[] {
  const today = parisNow(now);
  return occurrences(detail).filter(({ date, time, lastDate }) => {
    if (time === null) return lastDate >= today.date;
    const end = addHours(date, time, DEFAULT_DURATION_HOURS);
    return end.date > today.date || (end.date === today.date && end.time > today.time);
  });
}

/** The next occurrence from `now`; the last one when all are past; null when the event has no date at all. */
export function nextOccurrence(detail: OccurrenceFields, now: Date = new Date()): Occurrence | null {
  const upcoming = upcomingOccurrences(detail, now);
  if (upcoming.length > 0) return upcoming[0] ?? null;
  // A past event still gets its latest date, so a link built from it is at least about the right day.
  return occurrences(detail).at(-1) ?? null;
}

/**
 * Start and end of an occurrence in the basic formats calendars use: `YYYYMMDD` days with an exclusive end
 * for an all-day one, else Paris wall-clock `YYYYMMDDTHHMMSS` times lasting `DEFAULT_DURATION_HOURS`.
 */
export function basicSpan({ date, time, lastDate }: Occurrence): [start: string, end: string] {
  if (time === null) return [basicDate(date), basicDate(addDays(lastDate, 1))];
  const end = addHours(date, time, DEFAULT_DURATION_HOURS);
  return [basicDateTime(date, time), basicDateTime(end.date, end.time)];
}

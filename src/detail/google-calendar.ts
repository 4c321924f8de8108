/**
 * A Google Calendar "add event" link: the one-click alternative to the .ics download for visitors who use
 * Google Calendar, built from Google's documented `render?action=TEMPLATE` parameters.
 */
import type { EventDetail, Performance } from '../client/types.js';
import { PARIS, isDate, isTime } from './datetime.js';
import { basicSpan, nextOccurrence, type Occurrence } from './performances.js';
import { calendarNotes, httpUrl, locationText, oneLine } from './text.js';

/** Google's event template endpoint. */
const BASE = 'https://calendar.google.com/calendar/render';

/**
 * Longest `details` text: the whole link must stay well under the URL lengths browsers and Google accept
 * (a few thousand characters), and a long description is better read on the event's page.
 */
const MAX_DETAILS = 1500;

/** Options of `googleCalendarUrl`. */
export interface GoogleCalendarOptions {
  /** The instant that decides which performance is next (default: now). */
  now?: Date;
}

/**
 * A Google Calendar link for one performance: `performance` at its first time (all-day without times), or
 * by default the next performance from now. Timed entries last `DEFAULT_DURATION_HOURS`, in Europe/Paris.
 */
export function googleCalendarUrl(
  detail: EventDetail,
  performance?: Performance,
  options: GoogleCalendarOptions = {},
): string {
  const occurrence = performance ? fromPerformance(performance) : nextOccurrence(detail, options.now);
  const params = new URLSearchParams({ action: 'TEMPLATE', text: oneLine(detail.title) });
  // `YYYYMMDD/YYYYMMDD` (end exclusive) or `YYYYMMDDTHHMMSS/YYYYMMDDTHHMMSS`.
  if (occurrence) params.set('dates', basicSpan(occurrence).join('/'));
  // ctz makes Google read the times as Paris wall-clock times, whatever the visitor's own zone.
  params.set('ctz', PARIS);
  const details = [calendarNotes(detail), httpUrl(detail.pageUrl) ?? ''].filter(Boolean).join('\n\n');
  if (details) params.set('details', truncate(details, MAX_DETAILS));
  const location = locationText(detail);
  if (location) params.set('location', location);
  return `${BASE}?${params.toString()}`;
}

/** The occurrence a caller's performance stands for: its day at its earliest valid time, or all day. */
function fromPerformance(performance: Performance): Occurrence | null {
  if (!isDate(performance.date)) return null;
  const time = (performance.times ?? []).filter(isTime).sort()[0] ?? null;
  return { date: performance.date, time, lastDate: performance.date };
}

/** At most `max` characters, cut at a word boundary with an ellipsis when too long. */
function truncate(text: string, max: number): string {
  // By code points, so an emoji is never cut in half.
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

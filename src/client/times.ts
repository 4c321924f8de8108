/**
 * Times of day and runs of days, for the event detail's performances: outside dates.ts because listings never
 * need them, and what `core` holds is downloaded before every listing (vite.config.ts).
 */
import { pad } from './dates.js';
import type { LocalDateTime } from './types.js';

const TIME = /^(\d{1,2})\s*(?:[:h]\s*(\d{2})?)(?::(\d{2}))?$/i;

/** The day part (`YYYY-MM-DD`) of a `LocalDateTime`. */
export function datePart(value: LocalDateTime): string {
  return value.slice(0, 10);
}

/** The time part (`HH:mm`) of a `LocalDateTime`, or null when it has none. */
export function timePart(value: LocalDateTime): string | null {
  return value.length > 10 ? value.slice(11, 16) : null;
}

/**
 * A time of day (`20:30:00`, `20:30`, `20h30`, `20h`, `9:05`) → `HH:mm`, or null when empty, unreadable,
 * or midnight (`00:00:00` is how PHP writes an unset `heureN`).
 */
export function toTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = TIME.exec(value.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  if (hour > 23 || minute > 59 || (hour === 0 && minute === 0)) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** Every day from `start` to `end` (both `YYYY-MM-DD`, inclusive), at most `max` days. */
export function daysBetween(start: string, end: string, max: number): string[] {
  const days: string[] = [];
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  const last = Date.UTC(y2, m2 - 1, d2);
  for (let day = Date.UTC(y1, m1 - 1, d1); day <= last && days.length < max; day += 86_400_000) {
    const date = new Date(day);
    days.push(`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`);
  }
  return days;
}

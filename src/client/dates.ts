/**
 * Dates and times as the API writes them (ISO, `DD/MM/YYYY`, `20h30`…) → the model's Paris wall-clock
 * strings (`YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, `HH:mm`). Pure string work: the API's times have no zone, and
 * turning them into `Date`s would shift them by the visitor's own offset.
 */
import type { LocalDateTime } from './types.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const FRENCH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(?:à\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/i;

/** Two digits, as dates and times are written. */
export function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Wall-clock parts in Europe/Paris of an instant; one formatter, built on first use. */
let parisFormat: Intl.DateTimeFormat | undefined;
function parisParts(instant: number): [number, number, number, number, number] {
  parisFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, number> = {};
  for (const part of parisFormat.formatToParts(instant)) parts[part.type] = Number(part.value);
  return [parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0];
}

function build(year: number, month: number, day: number, hour?: number, minute?: number): LocalDateTime | null {
  if (!isValidDate(year, month, day)) return null;
  // PHP back ends pad date-only columns with 00:00:00, so midnight means "no time" rather than a show at 0h.
  if (hour === undefined || minute === undefined || (hour === 0 && minute === 0)) {
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  if (hour > 23 || minute > 59) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/**
 * A date with an optional time → `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, or null for anything unreadable
 * (including PHP's `0000-00-00`). A time with a zone (`Z`, `+01:00`) is converted to the Paris wall clock;
 * a time without one is already Paris time and kept as written.
 */
export function toLocalDateTime(value: unknown): LocalDateTime | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (zone && h !== undefined && mi !== undefined && isValidDate(year, month, day)) {
      const offset = zone.toUpperCase() === 'Z' ? 0 : zoneOffsetMinutes(zone);
      const instant = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s ?? 0)) - offset * 60_000;
      if (Number.isNaN(instant)) return null;
      return build(...parisParts(instant));
    }
    return build(year, month, day, h === undefined ? undefined : Number(h), mi === undefined ? undefined : Number(mi));
  }
  const french = FRENCH.exec(text);
  if (french) {
    const [, d, mo, y, h, mi] = french;
    return build(Number(y), Number(mo), Number(d), h === undefined ? undefined : Number(h), mi === undefined ? undefined : Number(mi));
  }
  return null;
}

function zoneOffsetMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

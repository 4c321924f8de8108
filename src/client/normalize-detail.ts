/**
 * The event detail's own fields (performances, price, address…) on top of the listing's: a module of its own,
 * loaded by `AgendaClient.event()` when a detail is first asked for, so a page that only lists events never
 * downloads it.
 */
import { toLocalDateTime } from './dates.js';
import { datePart, daysBetween, timePart, toTime } from './times.js';
import {
  hasEventId,
  isRecord,
  looksLikeEvent,
  parseError,
  pick,
  summaryOf,
  toNumber,
  toPlainText,
  toText,
  type RawRecord,
} from './normalize.js';
import { htmlToText } from './text.js';
import type { EventDetail, Performance, PriceRange } from './types.js';
import { httpUrl } from './validate.js';

/** Stands for a line break through `htmlToText`, which collapses white space: a private-use character. */
const LINE = '\ue000';

/**
 * Plain text whose line breaks are meant (`inforesa`: "Réservation au 03 22…\nou sur place"): newlines, `<br>`
 * and paragraphs become `\n`, each line as `toPlainText` makes it, blank lines dropped.
 */
function toLines(value: unknown): string {
  const marked = toText(value).replaceAll(LINE, '').replace(/\r\n?|\n|<br\b[^<>]*>|<\/?p\b[^<>]*>/gi, LINE);
  return htmlToText(marked)
    .split(LINE)
    .map((line) => line.replace(/^[\s·]+|[\s·]+$/g, ''))
    .filter(Boolean)
    .join('\n');
}

/** Envelope keys that hold a single record (or a list of one: a back end may answer a detail as a listing). */
const DETAIL_KEYS = ['event', 'evenement', 'data', 'result', 'item', 'record', 'events', 'evenements', 'results', 'items', 'records'];

/** The single record inside a detail answer: bare, wrapped (`event`, `data`…), or a one-element list. */
export function unwrapDetail(raw: unknown, depth = 0): RawRecord {
  if (Array.isArray(raw)) {
    if (raw.length === 1) return unwrapDetail(raw[0], depth + 1);
    throw parseError(`expected one event, got a list of ${raw.length}`);
  }
  if (!isRecord(raw) || depth > 3) throw parseError(`expected an event object, got ${raw === null ? 'null' : typeof raw}`);
  if (hasEventId(raw)) return raw;
  // Known wrappers before the record check: a wrapper may have a title of its own (`{"title": "Détail", "event": {…}}`).
  // A record's own object under such a key is not what it wraps, unless it is an event itself.
  const record = looksLikeEvent(raw);
  for (const key of DETAIL_KEYS) {
    const value = raw[key];
    if ((isRecord(value) && (!record || looksLikeEvent(value))) || (Array.isArray(value) && !record)) return unwrapDetail(value, depth + 1);
  }
  if (record) return raw;
  const values = Object.values(raw);
  if (values.length === 1 && (isRecord(values[0]) || Array.isArray(values[0]))) return unwrapDetail(values[0], depth + 1);
  // Under a key of its own beside others (`{"status": "ok", "evt": {…}}`): the one value that is an event.
  const isEvent = (value: unknown) => isRecord(value) && looksLikeEvent(value);
  const events = values.filter((value) => (Array.isArray(value) && value.length === 1 ? isEvent(value[0]) : isEvent(value)));
  if (events.length === 1) return unwrapDetail(events[0], depth + 1);
  // An object that is neither a known wrapper nor an event: let the record checks decide (missing id/title).
  return raw;
}

/**
 * One entry of a `dates_inter` object: keyed by its day (a PHP associative array, `{"2026-12-10": ["15:00"]}`),
 * the key is the date and the value its times; keyed by anything else, the value is the entry.
 */
function byDateKey([key, value]: [string, unknown]): unknown {
  if (!toLocalDateTime(key)) return value;
  return isRecord(value) ? { date: key, ...value } : { date: key, heures: value };
}

/**
 * Longest run of days built from `date_debut`…`date_fin` when there is no `dates_inter`: one year. A longer run
 * (a permanent exhibition) gets no performances at all, and its start and end dates speak for it: a year of
 * days counted from the start would end it, on screen and in calendars, long before `date_fin`.
 */
export const MAX_GENERATED_PERFORMANCES = 366;

/** One amount in euros, as `tarifmin` writes it: `15.00`, `8,50 €`, `12 euros`. */
const AMOUNT = String.raw`(\d{1,6}(?:[.,]\d{1,2})?)\s*(?:€|euros?|eur)?`;
/** A whole `tarifmin` that is a price or a range: `15.00`, `10.00 à 12.00`, `10,00 - 12,00`, `de 8 € à 12 €`. */
const PRICE = new RegExp(String.raw`^(?:de\s+)?${AMOUNT}(?:\s*(?:à|a|-|–|—|/)\s*${AMOUNT})?$`, 'i');

/**
 * A price from `tarifmin` when it is only that, a price or a range (`"15.00"`, `"10.00 à 12.00"`) → {min, max},
 * `{0, 0}` for a zero amount; null for anything else. Words around the amounts ("12.00 (tarif réduit 8.00, moins
 * de 18 ans)") say more than a range could, so those are shown as written.
 */
export function toPrice(value: unknown): PriceRange | null {
  // Spaces squeezed and a price's length at most: PRICE's optional spaces could otherwise take a long run of
  // them in many ways.
  const text = toText(value).replace(/\s+/g, ' ').trim();
  const match = text.length <= 64 ? PRICE.exec(text) : null;
  if (!match) return null;
  const amounts = [match[1], match[2]].filter((amount) => amount !== undefined).map((amount) => Number(amount.replace(',', '.')));
  return { min: Math.min(...amounts), max: Math.max(...amounts) };
}

/** Times from a list, a comma/semicolon string, or an object's values, as `HH:mm`, sorted and de-duplicated. */
function toTimes(value: unknown): string[] {
  let entries: unknown[];
  if (Array.isArray(value)) entries = value;
  else if (typeof value === 'string') entries = value.split(/[,;|/]/);
  else if (isRecord(value)) entries = Object.values(value);
  else return [];
  const times = entries.map((entry) => toTime(isRecord(entry) ? pick(entry, 'heure', 'time', 'horaire') : entry));
  return [...new Set(times.filter((time): time is string => time !== null))].sort();
}

/** `heure1`…`heure5` (or a `heures` list) → the default times, `HH:mm`. */
function defaultTimesOf(record: RawRecord): string[] {
  const numbered = [1, 2, 3, 4, 5].map((index) => record[`heure${index}`]);
  return toTimes([...numbered, ...(Array.isArray(record.heures) ? record.heures : [])]);
}

/**
 * Performances from `dates_inter` (objects with `date` and `heures`/`horaires` or `heure1`…`heure5`, or plain
 * date strings); a day's own times replace the default times, as the documentation says. Without
 * `dates_inter`, every day from the start to the end date with the default times, or the time written in the
 * start date; none for a run of more than a year (see `MAX_GENERATED_PERFORMANCES`).
 */
export function toPerformances(
  datesInter: unknown,
  defaultTimes: string[],
  start: string | null,
  end: string | null,
): Performance[] {
  const entries = Array.isArray(datesInter) ? datesInter : isRecord(datesInter) ? Object.entries(datesInter).map(byDateKey) : [];
  const byDay = new Map<string, string[]>();
  for (const entry of entries) {
    const when = toLocalDateTime(isRecord(entry) ? pick(entry, 'date', 'jour', 'day', 'date_inter') : entry);
    if (!when) continue;
    let times: string[] = [];
    if (isRecord(entry)) {
      times = toTimes(pick(entry, 'heures', 'horaires', 'times', 'hours', 'heure', 'horaire', 'time'));
      if (times.length === 0) times = defaultTimesOf(entry);
    }
    const own = timePart(when);
    if (times.length === 0 && own) times = [own];
    if (times.length === 0) times = defaultTimes;
    const day = datePart(when);
    byDay.set(day, [...new Set([...(byDay.get(day) ?? []), ...times])].sort());
  }
  if (byDay.size > 0) {
    return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, times]) => ({ date, times }));
  }
  if (!start) return [];
  const first = datePart(start);
  const last = end && datePart(end) >= first ? datePart(end) : first;
  const startTime = timePart(start);
  const days = daysBetween(first, last, MAX_GENERATED_PERFORMANCES + 1);
  if (days.length > MAX_GENERATED_PERFORMANCES) return [];
  return days.map((date) => ({
    date,
    times: defaultTimes.length > 0 ? [...defaultTimes] : date === first && startTime ? [startTime] : [],
  }));
}

/** `event/{id}` → the full record (an image path resolved against `apiBase`); no usable event is a `parse` error. */
export function normalizeEventDetail(raw: unknown, apiBase?: string): EventDetail {
  const record = unwrapDetail(raw);
  const summary = summaryOf(record, apiBase);
  if (typeof summary === 'string') throw parseError(`event detail: ${summary}`);
  const defaultTimes = defaultTimesOf(record);
  const free = summary.free;
  const priceText = toPlainText(pick(record, 'tarifmin', 'tarif', 'price'));
  const nextShows = pick(record, 'next_shows');
  const arrondissement = toText(pick(record, 'arrondissement'));
  return {
    ...summary,
    price: free ? null : toPrice(priceText),
    priceText,
    department: toText(pick(record, 'dep', 'departement')),
    arrondissement: arrondissement && arrondissement !== '0' ? arrondissement : null,
    defaultTimes,
    performances: toPerformances(pick(record, 'dates_inter'), defaultTimes, summary.startDate, summary.endDate),
    nextShows: (Array.isArray(nextShows) ? nextShows : typeof nextShows === 'string' ? [nextShows] : [])
      .map(toPlainText)
      .filter(Boolean)
      .slice(0, 5),
    bookingInfo: toLines(pick(record, 'inforesa', 'booking_info')),
    pageUrl: httpUrl(pick(record, 'url', 'page_url')),
    weight: toNumber(pick(record, 'weight')),
    venueAddress: toPlainText(pick(record, 'lieux_adresse', 'adresse', 'address')),
    postcode: toText(pick(record, 'villes_cp', 'cp', 'postcode')),
    organizer: toPlainText(pick(record, 'org_name', 'organisateur', 'organizer')),
  };
}

/**
 * Raw JSON → the typed model, tolerant of every variant in docs/wire-format.md: envelopes of any shape,
 * numbers and booleans as strings, null lists, several spellings of artists, dates, times and prices.
 * A record that cannot be used is reported and dropped; it never takes the rest of the answer with it.
 */
import { AgendaError } from './errors.js';
import { toLocalDateTime } from './dates.js';
import { excerpt, htmlToText } from './text.js';
import type { Category, EventPage, EventSummary } from './types.js';
import { canonicalCategory, httpUrl, imageUrl, parseDecimal, parseInteger } from './validate.js';

/** Called with each record that was dropped and why (`missing id`, `missing title`, `not an object`…). */
export type DropReporter = (record: unknown, reason: string) => void;

/** A JSON object. */
export type RawRecord = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Envelope keys that hold a list, most specific first. */
const LIST_KEYS = ['events', 'cities', 'categories', 'data', 'results', 'items', 'list', 'records', 'rows', 'evenements', 'villes'];

/** A `parse` error: the answer is not what the endpoint should send. */
export function parseError(detail: string): AgendaError {
  return new AgendaError('parse', { detail });
}

/**
 * The list inside an answer: a bare array, an array (or null, meaning empty) under a known or any key, an
 * object keyed by id, or any of these one wrapper deeper. `preferred` keys, the endpoint's own (`events`,
 * `evenements` for a listing), come before the others: an answer may hold other lists beside its own
 * (`{"categories": […], "evenements": […]}`). Throws a `parse` error for anything else.
 */
export function unwrapList(raw: unknown, preferred: readonly string[] = []): unknown[] {
  return listIn(raw, [...preferred, ...LIST_KEYS], 0, false);
}

/** `unwrapList` at `depth`; `listed` when `raw` sits under a list key, where an object may key its records by URI. */
function listIn(raw: unknown, keys: readonly string[], depth: number, listed: boolean): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (raw === null || raw === undefined || raw === '') return [];
  if (!isRecord(raw) || depth > 3) throw parseError(`expected a list, got ${typeof raw}`);
  for (const key of keys) {
    if (!(key in raw)) continue;
    const value = raw[key];
    if (value === null || value === undefined || value === '' || value === false) return [];
    // A known key holding strings (`"categories": ["concert"]` beside the events) is not the list.
    if (Array.isArray(value) ? value.length === 0 || value.some(isRecord) : isRecord(value)) return listIn(value, keys, depth + 1, true);
  }
  // A lone record where a list was expected is a list of one; an object holding a list of records is the
  // list's wrapper even when it has a title or a town of its own (`{"titre": "Agenda", "evts": […]}`).
  if (isLoneRecord(raw)) return [raw];
  const values = Object.values(raw);
  // The first array that is empty or holds records: one of strings beside it (`"filters": ["concert"]`) is
  // not the list, and an empty one comes before any later array of other records (`"links": [{…}]`).
  const lists = values.filter(Array.isArray);
  const list = lists.find((candidate) => candidate.length === 0 || candidate.some(isRecord)) ?? lists[0];
  if (list) return list;
  if (values.length === 0) return [];
  // An object keyed by id (`{"12": {…}, "13": {…}}`), or under a list key by URI (`"categories": {"concert":
  // {…}}`; records holding no list, which would make them wrappers): each key names its record, which need not
  // repeat it.
  const entries = Object.entries(raw);
  const numbered = entries.every(([key]) => /^\d+$/.test(key));
  const keyed = numbered
    ? values.every(isRecord)
    : listed && values.every((value) => isRecord(value) && !Object.values(value).some(Array.isArray));
  if (keyed) {
    // Keys 0, 1, 2… are positions, not ids. Any other key is read only where the record gives no id or URI
    // of its own (`FILED_UNDER`): keys with gaps may be the positions a PHP array_filter left.
    const positions = numbered && entries.every(([key], index) => Number(key) === index);
    return positions ? values : entries.map(([key, value]) => ({ ...(value as RawRecord), [FILED_UNDER]: key }));
  }
  // A single unknown wrapper around the list (`{"response": {"events": […]}}`).
  if (values.length === 1 && isRecord(values[0])) return listIn(values[0], keys, depth + 1, false);
  throw parseError('no list found in the answer');
}

/**
 * The key a record was filed under in an object keyed by id or URI: the last place its id (or a category's
 * URI) is looked for, after every name the API uses.
 */
export const FILED_UNDER = '\u0000key';

/** True when `value` carries an event's id: `id_agenda`, or `id` beside a start date. */
export function hasEventId(value: RawRecord): boolean {
  return 'id_agenda' in value || ('id' in value && 'date_debut' in value);
}

/** True when `value` looks like one event record rather than a wrapper. */
export function looksLikeEvent(value: RawRecord): boolean {
  return hasEventId(value) || 'titre' in value || 'title' in value;
}

/** A record's own lists of objects (artists, performances), which do not make it a wrapper. */
const OWN_LISTS = new Set(['artistes', 'artists', 'dates_inter']);

/** True when `value` carries a record's id: an event's (see `hasEventId`), or `id` beside a town (a city). */
function hasRecordId(value: RawRecord): boolean {
  return hasEventId(value) || ('id' in value && 'ville' in value);
}

/** True for a data record (an event, a city, a category), whose fields are data, never an error. */
export function isDataRecord(value: RawRecord): boolean {
  return hasRecordId(value) || looksLikeEvent(value) || 'nomcat' in value;
}

/**
 * True for one record (an event, city or category) rather than a wrapper: its id says so, or it has a record's
 * fields and no list of records beyond its own.
 */
function isLoneRecord(value: RawRecord): boolean {
  if (hasRecordId(value)) return true;
  if (!(looksLikeEvent(value) || 'ville' in value || 'nomcat' in value)) return false;
  return !Object.entries(value).some(([key, item]) => !OWN_LISTS.has(key) && Array.isArray(item) && item.some(isRecord));
}

/** The first of `keys` whose value is present (not undefined, null or ''). */
export function pick(record: RawRecord, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = record[key];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/** A finite number from a number or a numeric string (`"12.5"`, `"12,5"`), else null. */
export function toNumber(value: unknown): number | null {
  // Unlike in URLs, a decimal comma is fine here: it is how French back ends write numbers.
  return parseDecimal(typeof value === 'string' ? value.replace(',', '.') : value);
}

/** A positive integer id from a number or a numeric string, else null. */
export function toId(value: unknown): number | null {
  const id = parseInteger(value);
  return id !== null && id > 0 ? id : null;
}

const TRUE_WORDS = new Set(['1', 'true', 'oui', 'yes', 'on', 'y', 'o', 'vrai']);

/** A flag from `true`, `1`, `"1"`, `"true"`, `"oui"`…; anything else is false. */
export function toBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && Number.isFinite(value);
  if (typeof value === 'string') return TRUE_WORDS.has(value.trim().toLowerCase());
  return false;
}

/** `gratuit` as a flag, or in words (`"Gratuit"`, `"Entrée libre"`, `"free"`; not "Prix libre", pay what you like). */
function isFree(value: unknown): boolean {
  return toBoolean(value) || (typeof value === 'string' && /^(?:gratuite?|free|entr[ée]e\s+(?:gratuite|libre))$/i.test(value.trim()));
}

/**
 * `url_resa` as an http(s) URL; one typed without its scheme (`www.billetterie.fr/…`) is an https one. The
 * pattern has no two parts that can take the same characters: linear on a hostile 100 KB value.
 */
function bookingUrl(value: unknown): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  return httpUrl(value) ?? (/^www\.[^\s/?#.]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(text) ? httpUrl(`https://${text}`) : null);
}

/** Text as sent (numbers written out), trimmed; '' for anything else. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** Plain text from a field that may carry entities or stray tags (titles, venues, names). */
export function toPlainText(value: unknown): string {
  return htmlToText(toText(value));
}

/** A hex colour (`#rgb`, `#rrggbb`, with or without `#`, any case, or digits as a number) → lowercase `#rrggbb`, else null. */
export function toColor(value: unknown): string | null {
  // A colour of digits only (`"990000"`) arrives as a number from a back end that converts numeric strings,
  // its leading zeros lost (`"009900"` → 9900).
  const text = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 999_999 ? String(value).padStart(6, '0') : value;
  if (typeof text !== 'string') return null;
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match) return null;
  const hex = match[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

/** Artist names from a comma string, a list of strings, a list of objects (`nom`, `name`, `artiste`) or null. */
export function toArtists(value: unknown): string[] {
  let names: unknown[];
  if (typeof value === 'string') names = value.split(',');
  else if (Array.isArray(value)) names = value;
  else if (isRecord(value)) names = Object.values(value);
  else return [];
  const result: string[] = [];
  for (const entry of names) {
    const name = toPlainText(isRecord(entry) ? pick(entry, 'nom', 'name', 'artiste', 'nom_artiste', 'artist') : entry);
    if (name && !result.includes(name)) result.push(name);
  }
  return result;
}

/** A category record (`nomcat`, `cat_s`, `couleur`) or the category fields of an event (`cat_url`…). */
export function categoryOf(record: RawRecord, uriKeys: string[], nameKeys: string[]): Category {
  return {
    uri: canonicalCategory(toText(pick(record, ...uriKeys)).toLowerCase()),
    name: toPlainText(pick(record, ...nameKeys)),
    color: toColor(pick(record, 'couleur', 'color', 'colour')),
  };
}

/**
 * The fields every event record shares; returns the reason instead when the record is unusable. `apiBase`
 * resolves an image given as a path on the API's host.
 */
export function summaryOf(record: unknown, apiBase?: string): EventSummary | string {
  if (!isRecord(record)) return 'not an object';
  const id = toId(pick(record, 'id_agenda', 'id', 'id_event', FILED_UNDER));
  if (id === null) return 'missing id';
  const title = toPlainText(pick(record, 'titre', 'title', 'nom'));
  if (!title) return 'missing title';
  const descriptionHtml = toText(pick(record, 'description', 'descriptif'));
  const artists = toArtists(pick(record, 'artistes', 'artists'));
  const event: EventSummary = {
    id,
    title,
    descriptionHtml,
    excerpt: excerpt(descriptionHtml),
    free: isFree(pick(record, 'gratuit', 'free')),
    bookingUrl: bookingUrl(pick(record, 'url_resa')),
    image: imageUrl(pick(record, 'visuel', 'image'), apiBase),
    category: categoryOf(record, ['cat_url', 'nomcat', 'category'], ['cat_nom', 'cat_s', 'category_name']),
    startDate: toLocalDateTime(pick(record, 'date_debut', 'start_date')),
    endDate: toLocalDateTime(pick(record, 'date_fin', 'end_date')),
    nextDate: toLocalDateTime(pick(record, 'nextdate', 'next_date')),
    cancelled: /^annul/i.test(toText(pick(record, 'etat', 'status'))),
    venue: toPlainText(pick(record, 'lieu', 'lieux_lieu', 'venue')),
    featured: toBoolean(pick(record, 'sponsored', 'featured')),
    artists,
    artistCount: Math.max(toId(pick(record, 'nb_artistes')) ?? 0, artists.length),
  };
  const distance = toNumber(pick(record, 'distance'));
  if (distance !== null && distance >= 0) event.distanceKm = distance;
  const cityId = toId(pick(record, 'id_ville'));
  if (cityId !== null) event.cityId = cityId;
  const cityName = toPlainText(pick(record, 'ville', 'villes_ville'));
  if (cityName) event.cityName = cityName;
  return event;
}

/** Normalises a list of records, reporting and counting the ones that cannot be used. */
export function normalizeList<T>(
  records: unknown[],
  normalize: (record: unknown) => T | string,
  onDropped: DropReporter | undefined,
): { items: T[]; dropped: number } {
  const items: T[] = [];
  let dropped = 0;
  for (const record of records) {
    const result = normalize(record);
    if (typeof result === 'string') {
      dropped += 1;
      onDropped?.(record, result);
    } else {
      items.push(result);
    }
  }
  return { items, dropped };
}

/**
 * A listing answer → one page. `hasMore` counts the records the API sent, dropped ones included: a full raw
 * page means the next offset may hold more, whatever we could use of this one.
 */
export function normalizeEventPage(raw: unknown, offset: number, limit: number, onDropped?: DropReporter, apiBase?: string): EventPage {
  const records = unwrapList(raw, ['events', 'evenements']);
  // A back end that ignores `limit` still gives one page, not thousands of cards; the next page starts at offset + limit.
  const { items, dropped } = normalizeList(records.slice(0, limit), (record) => summaryOf(record, apiBase), onDropped);
  return { items, offset, limit, hasMore: records.length >= limit, dropped };
}

/** An empty page, for the API's Ax015 ("empty result") on a listing. */
export function emptyEventPage(offset: number, limit: number): EventPage {
  return { items: [], offset, limit, hasMore: false, dropped: 0 };
}

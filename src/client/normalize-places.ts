/**
 * Categories, city searches and nearby cities: raw JSON → model. A module of its own, loaded by the client
 * methods that need it alongside their request, so a page that only lists events never downloads it.
 */
import {
  FILED_UNDER,
  categoryOf,
  isRecord,
  normalizeList,
  pick,
  toId,
  toNumber,
  toPlainText,
  unwrapList,
  type DropReporter,
  type RawRecord,
} from './normalize.js';
import type { Category, City, NearbyCity } from './types.js';
import { parseInteger } from './validate.js';

/** `/category` → categories; entries without a usable URI are dropped. */
export function normalizeCategories(raw: unknown, onDropped?: DropReporter): Category[] {
  return normalizeList(
    unwrapList(raw, ['categories']),
    (record) => {
      if (!isRecord(record)) return 'not an object';
      const category = categoryOf(record, ['nomcat', 'uri', 'cat_url', FILED_UNDER], ['cat_s', 'name', 'cat_nom', 'nom']);
      if (!/^[a-z0-9-]+$/.test(category.uri)) return 'missing uri';
      if (!category.name) category.name = category.uri;
      return category;
    },
    onDropped,
  ).items;
}

/** Where a city answer's own list is, before any other list beside it. */
const CITY_KEYS = ['cities', 'villes'];

/** A city record, or why it cannot be used. */
function cityOf(record: unknown): City | string {
  if (!isRecord(record)) return 'not an object';
  const id = toId(pick(record, 'id', 'id_ville', FILED_UNDER));
  if (id === null) return 'missing id';
  const name = toPlainText(pick(record, 'ville', 'name', 'nom', 'villes_ville'));
  if (!name) return 'missing name';
  return { id, name, department: toPlainText(pick(record, 'dep', 'department', 'departement')) };
}

/** `citylist` → cities; `cities: null` is an empty list. */
export function normalizeCities(raw: unknown, onDropped?: DropReporter): City[] {
  return normalizeList(unwrapList(raw, CITY_KEYS), cityOf, onDropped).items;
}

/** `geocities` → nearby cities with their event count and distance. */
export function normalizeNearbyCities(raw: unknown, onDropped?: DropReporter): NearbyCity[] {
  return normalizeList(
    unwrapList(raw, CITY_KEYS),
    (record) => {
      const city = cityOf(record);
      if (typeof city === 'string') return city;
      const source = record as RawRecord;
      return {
        ...city,
        eventCount: Math.max(0, parseInteger(pick(source, 'nb_events', 'event_count')) ?? 0),
        distanceKm: Math.max(0, toNumber(pick(source, 'distance')) ?? 0),
      };
    },
    onDropped,
  ).items;
}

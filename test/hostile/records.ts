/**
 * API records with one hostile payload in every field the widgets read, for each endpoint they use. Ids and
 * dates stay valid so the record is shown rather than dropped; the title gets a suffix so it is never empty.
 */
import { parisDay } from '../helpers/fake-api.js';
import { PAYLOADS } from './payloads.js';

/** The event id carrying payload number `index`. */
export const eventId = (index: number) => 5000 + index;

/** The payload number an event id carries. */
export const payloadOf = (id: number) => id - 5000;

/** The title of the event carrying payload `index`: the payload, then a marker so it is never empty. */
export const titleOf = (index: number) => `${PAYLOADS[index]!.value} №${index}`;

/** A listing record (`/json/<city>`, `/json/geo/…`) with payload `index` in every text, URL and colour field. */
export function hostileEvent(index: number, geo = false): Record<string, unknown> {
  const value = PAYLOADS[index]!.value;
  const record: Record<string, unknown> = {
    id_agenda: String(eventId(index)),
    titre: titleOf(index),
    description: value,
    gratuit: value,
    url_resa: value,
    visuel: value,
    cat_url: value,
    couleur: value,
    cat_nom: value,
    date_debut: parisDay(1),
    date_fin: parisDay(30),
    etat: value,
    nextdate: parisDay(2),
    lieu: value,
    sponsored: value,
    artistes: `${value}, ${value} bis`,
    nb_artistes: value,
  };
  if (geo) Object.assign(record, { distance: '1.5', id_ville: '2', ville: value });
  return record;
}

/** An event detail record (`/json/event/<id>`): the listing fields plus address, organiser, booking and page. */
export function hostileDetail(index: number): Record<string, unknown> {
  const value = PAYLOADS[index]!.value;
  return {
    ...hostileEvent(index, true),
    url: value,
    villes_ville: value,
    villes_cp: value,
    lieux_adresse: value,
    adresse: value,
    org_name: value,
    inforesa: value,
    tarifmin: value,
    arrondissement: value,
    dep: value,
    next_shows: [{ date: parisDay(3), heure: value }],
    dates_inter: value,
  };
}

/** A `/json/category` record. */
export function hostileCategory(index: number): Record<string, unknown> {
  const value = PAYLOADS[index]!.value;
  return { cat_s: `${value} №${index}`, nomcat: `c${index}-${value}`, couleur: value };
}

/** A `citylist` / `geocities` record. */
export function hostileCity(index: number): Record<string, unknown> {
  const value = PAYLOADS[index]!.value;
  return { id: String(10_000 + index), ville: `${value} №${index}`, dep: value, nb_events: '3', distance: '2.5' };
}

/** An API Adresse feature for the geocoder (`/search/`). */
export function hostileFeature(index: number): Record<string, unknown> {
  const value = PAYLOADS[index]!.value;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [2.3, 49.9] },
    properties: {
      label: `${value} №${index}`,
      name: value,
      type: 'municipality',
      city: value,
      postcode: value,
      citycode: value,
      context: value,
    },
  };
}

/** Payload numbers in batches of `size`. */
export function batches(size: number): number[][] {
  const all = PAYLOADS.map((_, index) => index);
  const result: number[][] = [];
  for (let start = 0; start < all.length; start += size) result.push(all.slice(start, start + size));
  return result;
}

/** Fields per endpoint, for the report's payloads × fields. */
export const FIELDS = {
  listing: 13,
  geo: 14,
  detail: 26,
  category: 3,
  city: 2,
  address: 6,
} as const;

/** An answer in JSON. */
export function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}

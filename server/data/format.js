// Shapes generated events into the records the API sends, PHP style: ids, flags, counts and distances as
// strings, absent values as null (docs/wire-format.md).

import { addDays, frenchDate } from '../lib/dates.js';
import { distanceKm } from '../lib/geo.js';

/** The documented maximum of next_shows entries. */
const NEXT_SHOWS = 5;

/**
 * Absolute URL of an event's poster.
 * @param {string} base request origin + mount path, without a trailing slash
 * @param {number} id
 */
export function posterUrl(base, id) {
  return `${base}/static/im/visuels/${id}.jpg`;
}

/**
 * "1" or "0".
 * @param {boolean} value
 */
const flag = (value) => (value ? '1' : '0');

/**
 * A distance as the API writes it: kilometres with one decimal.
 * @param {number} km
 */
export function formatKm(km) {
  return km.toFixed(1);
}

/**
 * A record of a city listing.
 * @param {import('./events.js').Occurrence} occurrence
 * @param {string} base
 */
export function listingRecord({ event, nextdate }, base) {
  return {
    id_agenda: String(event.id),
    titre: event.title,
    description: event.description,
    gratuit: flag(event.free),
    url_resa: event.bookingUrl,
    visuel: posterUrl(base, event.id),
    cat_url: event.category.uri,
    couleur: event.category.color,
    cat_nom: event.category.name,
    date_debut: event.start,
    date_fin: event.end,
    etat: event.cancelled ? 'annule' : 'ok',
    nextdate,
    lieu: event.venue.name,
    sponsored: flag(event.sponsored),
    artistes: event.artists.join(', '),
    nb_artistes: String(event.artists.length),
  };
}

/**
 * A record of a listing by position: the city listing's fields plus distance, id_ville and ville.
 * @param {import('./events.js').Occurrence} occurrence
 * @param {string} base
 * @param {number} km distance from the requested position
 */
export function geoRecord(occurrence, base, km) {
  return {
    ...listingRecord(occurrence, base),
    distance: formatKm(km),
    id_ville: String(occurrence.event.city.id),
    ville: occurrence.event.city.name,
  };
}

/**
 * Distance from a position to an event's venue.
 * @param {import('./events.js').AgendaEvent} event
 * @param {number} lat
 * @param {number} lon
 */
export function venueDistance(event, lat, lon) {
  return distanceKm(lat, lon, event.venue.lat, event.venue.lon);
}

/**
 * The next representations in words, at most five: each upcoming day at each of its times.
 * @param {import('./events.js').AgendaEvent} event
 * @param {string} today
 * @returns {string[]}
 */
function nextShows(event, today) {
  /** @type {string[]} */
  const shows = [];
  if (event.run) {
    for (let date = event.start > today ? event.start : today; date <= event.end && shows.length < NEXT_SHOWS; date = addDays(date, 1)) {
      shows.push(frenchDate(date, event.times[0]));
    }
    return shows;
  }
  for (const show of event.dates) {
    if (show.date < today) continue;
    const times = show.heures.length > 0 ? show.heures : event.times;
    for (const time of times) if (shows.length < NEXT_SHOWS) shows.push(frenchDate(show.date, time));
  }
  return shows;
}

/**
 * The detail of an event (/event/<id>).
 * @param {import('./events.js').AgendaEvent} event
 * @param {string} base
 * @param {string} today
 */
export function detailRecord(event, base, today) {
  const times = [0, 1, 2, 3, 4].map((i) => event.times[i] ?? null);
  return {
    id_agenda: String(event.id),
    titre: event.title,
    url_resa: event.bookingUrl,
    date_debut: event.start,
    date_fin: event.end,
    description: event.description,
    visuel: posterUrl(base, event.id),
    tarifmin: event.price,
    dep: event.city.dep,
    id_ville: String(event.city.id),
    etat: event.cancelled ? 'annule' : 'ok',
    heure1: times[0],
    heure2: times[1],
    heure3: times[2],
    heure4: times[3],
    heure5: times[4],
    inforesa: event.bookingInfo,
    gratuit: flag(event.free),
    arrondissement: event.arrondissement,
    url: event.url,
    weight: String(event.weight),
    lieux_lieu: event.venue.name,
    lieux_adresse: event.venue.address,
    cat_url: event.category.uri,
    couleur: event.category.color,
    cat_nom: event.category.name,
    villes_ville: event.city.name,
    villes_cp: event.postcode,
    org_name: event.organiser,
    sponsored: flag(event.sponsored),
    artistes: event.artists.length > 0 ? event.artists.map((nom) => ({ nom })) : null,
    nb_artistes: String(event.artists.length),
    dates_inter: event.dates.map((show) => ({ date: show.date, heures: show.heures })),
    next_shows: nextShows(event, today),
  };
}

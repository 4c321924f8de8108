// Every example URL of the provider's documentation, with demokey1 (or zonekey1 for the zone key) in
// place of the documentation's keys, answers data or the documented error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { get, codeOf } from './helpers.js';

test('category lists the seven categories', async () => {
  const { status, body } = await get('/demokey1/json/category');
  assert.equal(status, 200);
  assert.deepEqual(
    body.categories.map((/** @type {any} */ c) => c.nomcat),
    ['concert', 'theatre', 'festival', 'jeune-public', 'danse', 'arts-du-spectacle', 'exposition'],
  );
  assert.equal(body.categories[1].cat_s, 'Théâtre');
  for (const category of body.categories) assert.match(category.couleur, /^#[0-9a-f]{6}$/);
});

test('citylist/ami finds Amiens with id 2 in the Somme', async () => {
  const { status, body } = await get('/demokey1/json/citylist/ami');
  assert.equal(status, 200);
  assert.deepEqual(body.cities[0], { id: '2', ville: 'Amiens', dep: 'Somme' });
  assert.ok(body.cities.length <= 10);
});

test('citylist/ami/1,37,6,465 excludes those ids', async () => {
  const all = await get('/demokey1/json/citylist/ami');
  const excluding = await get('/demokey1/json/citylist/ami/2,1,37,6,465');
  assert.equal((await get('/demokey1/json/citylist/ami/1,37,6,465')).status, 200);
  assert.ok(excluding.body.cities.every((/** @type {any} */ c) => c.id !== '2'));
  assert.equal(excluding.body.cities.length, all.body.cities.length - 1);
});

test('geocities/50.1097209,1.8277980 lists up to 10 cities with events, nearest first', async () => {
  const { status, body } = await get('/demokey1/json/geocities/50.1097209,1.8277980');
  assert.equal(status, 200);
  assert.equal(body.cities.length, 10);
  assert.equal(body.cities[0].ville, 'Abbeville');
  const distances = body.cities.map((/** @type {any} */ c) => Number(c.distance));
  assert.deepEqual(distances, distances.slice().sort((/** @type {number} */ a, /** @type {number} */ b) => a - b));
  for (const city of body.cities) {
    assert.ok(Number(city.nb_events) > 0);
    assert.ok(Number(city.distance) <= 50);
    assert.deepEqual(Object.keys(city), ['id', 'ville', 'dep', 'nb_events', 'distance']);
  }
});

test('geocities/…/1,37,6,465 answers cities', async () => {
  const { status, body } = await get('/demokey1/json/geocities/50.1097209,1.8277980/1,37,6,465');
  assert.equal(status, 200);
  assert.ok(body.cities.length > 0);
});

test('geocities/…/1,37,6,465/concert,theatre,art-du-spectacle answers Ax003 (the doc’s typo)', async () => {
  const answer = await get('/demokey1/json/geocities/50.1097209,1.8277980/1,37,6,465/concert,theatre,art-du-spectacle');
  assert.equal(answer.status, 400);
  assert.equal(codeOf(answer), 'Ax003');
  const fixed = await get('/demokey1/json/geocities/50.1097209,1.8277980/1,37,6,465/concert,theatre,arts-du-spectacle');
  assert.equal(fixed.status, 200);
});

test('geocities/…/1,37,6,465/concert,theatre/<distance_max>/<offset,limit>', async () => {
  const { status, body } = await get('/demokey1/json/geocities/50.1097209,1.8277980/1,37,6,465/concert,theatre/25.5/1,3');
  assert.equal(status, 200);
  assert.equal(body.cities.length, 3);
  for (const city of body.cities) assert.ok(Number(city.distance) <= 25.5);
  const first = await get('/demokey1/json/geocities/50.1097209,1.8277980/1,37,6,465/concert,theatre/25.5/0,4');
  assert.deepEqual(first.body.cities.slice(1), body.cities);
});

test('/2 lists Amiens events, 15 by default, ordered by nextdate', async () => {
  const { status, body } = await get('/demokey1/json/2');
  assert.equal(status, 200);
  assert.equal(body.events.length, 15);
  const dates = body.events.map((/** @type {any} */ e) => e.nextdate);
  assert.deepEqual(dates, dates.slice().sort());
});

test('/2/concert,theatre,exposition keeps those categories', async () => {
  const { body } = await get('/demokey1/json/2/concert,theatre,exposition');
  assert.ok(body.events.length > 0);
  for (const event of body.events) assert.ok(['concert', 'theatre', 'exposition'].includes(event.cat_url));
});

test('/2/concert,theatre,exposition/30,15 is the page from the 30th', async () => {
  const page = await get('/demokey1/json/2/concert,theatre,exposition/30,15');
  const all = await get('/demokey1/json/2/concert,theatre,exposition/0,100');
  assert.equal(page.status, 200);
  assert.deepEqual(page.body.events, all.body.events.slice(30, 45));
});

test('event/<id> answers the detail of a listed event', async () => {
  const listing = await get('/demokey1/json/2');
  const id = listing.body.events[0].id_agenda;
  const { status, body } = await get(`/demokey1/json/event/${id}`);
  assert.equal(status, 200);
  assert.equal(body.event.id_agenda, id);
  assert.equal(body.event.id_ville, '2');
});

test('geo/49.897455,2.301060/10 lists events within 10 km', async () => {
  const { status, body } = await get('/demokey1/json/geo/49.897455,2.301060/10');
  assert.equal(status, 200);
  assert.equal(body.events.length, 15);
  for (const event of body.events) assert.ok(Number(event.distance) <= 10);
});

test('geo/49.897455,2.301060/10/concert,theatre/ (trailing slash) and …/10,20', async () => {
  const cats = await get('/demokey1/json/geo/49.897455,2.301060/10/concert,theatre/');
  assert.equal(cats.status, 200);
  for (const event of cats.body.events) assert.ok(['concert', 'theatre'].includes(event.cat_url));
  const page = await get('/demokey1/json/geo/49.897455,2.301060/10/concert,theatre/10,20');
  const all = await get('/demokey1/json/geo/49.897455,2.301060/10/concert,theatre/0,100');
  assert.equal(page.status, 200);
  assert.deepEqual(page.body.events, all.body.events.slice(10, 30));
});

test('zonekey1 + geo/ lists events around Amiens without a position', async () => {
  const { status, body } = await get('/zonekey1/json/geo/');
  assert.equal(status, 200);
  assert.ok(body.events.length > 0);
  for (const event of body.events) assert.ok(Number(event.distance) <= 20);
});

test('each optional segment alone, for geocities, city and geo listings', async () => {
  const position = '49.897455,2.301060';
  const ok = [
    `/demokey1/json/geocities/${position}/danse`,
    `/demokey1/json/geocities/${position}/12.5`,
    `/demokey1/json/geocities/${position}/concert/12`,
    `/demokey1/json/geocities/${position}/1/20/2,3`,
    `/demokey1/json/2/0,5`,
    `/demokey1/json/2/concert`,
    `/demokey1/json/geo/${position}/2.5/5,5`,
    `/demokey1/json/geo/${position}/10/danse`,
  ];
  for (const path of ok) {
    const { status, body } = await get(path);
    assert.equal(status, 200, path);
    assert.ok((body.cities ?? body.events).length > 0, path);
  }
  const near = await get(`/demokey1/json/geocities/${position}/12.5`);
  assert.ok(near.body.cities.every((/** @type {any} */ c) => Number(c.distance) <= 12.5));
  const paged = await get(`/demokey1/json/geocities/${position}/1/20/2,3`);
  assert.equal(paged.body.cities.length, 3);
  assert.ok(paged.body.cities.every((/** @type {any} */ c) => c.id !== '1'));
});

// /search/: the stand-in for API Adresse's geocoder over the server's communes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../server/app.js';
import { lambert93 } from '../../server/routes/search.js';
import { get, TODAY } from './helpers.js';

const mounted = createApp({ today: TODAY, basePath: '/api' });

/**
 * GETs /search/ with these parameters from the root app.
 * @param {Record<string, string>} params
 * @param {string} [path]
 */
function search(params, path = '/search/') {
  return get(`${path}?${new URLSearchParams(params)}`);
}

/** @param {any} body */
const labels = (body) => body.features.map((/** @type {any} */ feature) => feature.properties.label);

test('answers a GeoJSON FeatureCollection in API Adresse format', async () => {
  const { status, headers, body } = await search({ q: 'amiens' });
  assert.equal(status, 200);
  assert.equal(headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(headers.get('access-control-allow-origin'), '*');
  assert.equal(headers.get('cache-control'), 'public, max-age=86400');
  assert.equal(body.type, 'FeatureCollection');
  assert.equal(body.version, 'draft');
  assert.equal(body.attribution, 'BAN');
  assert.equal(body.licence, 'ETALAB-2.0');
  assert.equal(body.query, 'amiens');
  assert.equal(body.limit, 5);
  assert.equal(body.filters, undefined);
  const [amiens] = body.features;
  assert.equal(amiens.type, 'Feature');
  assert.equal(amiens.geometry.type, 'Point');
  const [lon, lat] = amiens.geometry.coordinates;
  assert.ok(Math.abs(lat - 49.89) < 0.1 && Math.abs(lon - 2.3) < 0.1, `${lat},${lon}`);
  const p = amiens.properties;
  assert.equal(p.label, 'Amiens');
  assert.equal(p.name, 'Amiens');
  assert.equal(p.city, 'Amiens');
  assert.equal(p.type, 'municipality');
  assert.equal(p.id, '80021');
  assert.equal(p.citycode, '80021');
  assert.equal(p.postcode, '80000');
  assert.equal(p.context, '80, Somme, Hauts-de-France');
  assert.ok(p.population > 100_000);
  assert.ok(p.score > 0.8 && p.score <= 1, String(p.score));
  assert.ok(p.importance > 0 && p.importance <= 1);
  // Lambert-93, within a few km of the town hall's published position (648 km, 6 977 km).
  assert.ok(Math.abs(p.x - 648_500) < 5000 && Math.abs(p.y - 6_977_500) < 5000, `${p.x},${p.y}`);
});

test('matching ignores accents, case and punctuation; bigger and closer matches score higher', async () => {
  for (const q of ['AMIENS', 'Amiens', 'amiéns', '  amien  ']) {
    const { body } = await search({ q });
    assert.equal(labels(body)[0], 'Amiens', q);
  }
  const { body } = await search({ q: 'saint-étienne' });
  assert.equal(body.features[0].properties.label, 'Saint-Étienne');
  assert.equal(body.features[0].properties.context, '42, Loire, Auvergne-Rhône-Alpes');
  /** @type {number[]} */
  const scores = body.features.map((/** @type {any} */ feature) => feature.properties.score);
  assert.deepEqual(scores, scores.slice().sort((a, b) => b - a));
  // An exact name beats a longer name with the same start.
  const paris = await search({ q: 'paris' });
  assert.equal(labels(paris.body)[0], 'Paris');
  assert.equal(paris.body.features[0].properties.score, 1);
});

test('every feature is a well-formed municipality', async () => {
  const { body } = await search({ q: 'sai', limit: '20' });
  assert.equal(body.features.length, 20);
  for (const feature of body.features) {
    const p = feature.properties;
    assert.ok(/^sai/i.test(p.name.normalize('NFD')), p.name);
    assert.equal(p.type, 'municipality');
    assert.match(p.postcode, /^\d{5}$/);
    assert.match(p.citycode, /^(\d{5}|2[AB]\d{3})$/);
    assert.match(p.context, /^[0-9AB]{2,3}, [^,]+, [^,]+$/);
    const [lon, lat] = feature.geometry.coordinates;
    assert.ok(lat > 41 && lat < 52 && lon > -6 && lon < 10, `${lat},${lon}`);
  }
});

test('a query of digits matches the start of the postcode', async () => {
  const exact = await search({ q: '80000' });
  assert.deepEqual(labels(exact.body), ['Amiens']);
  const prefix = await search({ q: '801', limit: '20' });
  assert.ok(prefix.body.features.length > 1);
  for (const feature of prefix.body.features) assert.match(feature.properties.postcode, /^801/);
  assert.equal(labels(prefix.body)[0], 'Abbeville', 'the biggest town first');
  const spaced = await search({ q: '80 000' });
  assert.deepEqual(labels(spaced.body), ['Amiens']);
});

test('an address finds the commune named in it (a simplification: municipality only)', async () => {
  for (const q of ['12 rue de la République, Amiens', '12 rue de la République 80000 Amiens', 'Place Gambetta, 80000 AMIENS']) {
    const { status, body } = await search({ q });
    assert.equal(status, 200, q);
    assert.equal(labels(body)[0], 'Amiens', q);
    assert.equal(body.features[0].properties.type, 'municipality');
    // "Rue" (a commune of the Somme) is in the street part, not a place the visitor meant.
    assert.ok(!labels(body).includes('Rue'), `${q}: ${labels(body)}`);
  }
  const lyon = await search({ q: '3 rue de Paris, Lyon' });
  assert.equal(labels(lyon.body)[0], 'Lyon');
  const nothing = await search({ q: 'zzzz qqqq' });
  assert.deepEqual(nothing.body.features, []);
});

test('limit: default 5, larger values clamped to 20, invalid ones refused', async () => {
  const five = await search({ q: 'sai' });
  assert.equal(five.body.features.length, 5);
  const two = await search({ q: 'sai', limit: '2' });
  assert.equal(two.body.features.length, 2);
  assert.equal(two.body.limit, 2);
  const many = await search({ q: 'sai', limit: '1000' });
  assert.equal(many.body.features.length, 20);
  assert.equal(many.body.limit, 20);
  for (const limit of ['0', '-1', 'abc', '2.5', '1e3']) {
    const { status, headers, body } = await search({ q: 'sai', limit });
    assert.equal(status, 400, limit);
    assert.equal(body.code, 400);
    assert.match(body.message, /limit/);
    assert.equal(headers.get('cache-control'), 'no-store');
    assert.equal(headers.get('access-control-allow-origin'), '*');
  }
});

test('q missing, too short, too long or not starting with a letter or digit answers 400', async () => {
  const expected = { code: 400, detail: ['q: must contain between 3 and 200 chars and start with a number or a letter'] };
  /** @type {Record<string, string>[]} */
  const cases = [{}, { q: '' }, { q: '  ' }, { q: 'am' }, { q: ' am ' }, { q: 'a'.repeat(201) }, { q: '-amiens' }, { q: "'amiens" }];
  for (const params of cases) {
    const { status, headers, body } = await search(params);
    assert.equal(status, 400, JSON.stringify(params));
    assert.equal(body.code, expected.code);
    assert.deepEqual(body.detail, expected.detail);
    assert.match(body.message, /^q must contain/);
    assert.equal(headers.get('cache-control'), 'no-store');
  }
  const longest = await search({ q: `amiens ${'x'.repeat(193)}` });
  assert.equal(longest.status, 200);
});

test('type filters (only municipalities exist here); autocomplete and other parameters are accepted', async () => {
  const municipality = await search({ q: 'amiens', type: 'municipality' });
  assert.equal(labels(municipality.body)[0], 'Amiens');
  assert.deepEqual(municipality.body.filters, { type: 'municipality' });
  for (const type of ['street', 'housenumber', 'locality']) {
    const { status, body } = await search({ q: 'amiens', type });
    assert.equal(status, 200);
    assert.deepEqual(body.features, [], type);
  }
  for (const autocomplete of ['0', '1']) {
    const { body } = await search({ q: 'amiens', autocomplete, lat: '48.85', lon: '2.35' });
    assert.equal(labels(body)[0], 'Amiens');
  }
});

test('/search without the slash, HEAD, preflight, ETag; keyed routes untouched', async () => {
  const bare = await search({ q: 'amiens' }, '/search');
  assert.equal(bare.status, 200);
  assert.equal(labels(bare.body)[0], 'Amiens');
  const { app } = await import('./helpers.js');
  const head = await app.request('/search/?q=amiens', { method: 'HEAD' });
  assert.equal(head.status, 200);
  const preflight = await app.request('/search/?q=amiens', {
    method: 'OPTIONS',
    headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(preflight.status, 204);
  const first = await app.request('/search/?q=amiens');
  const tag = first.headers.get('etag');
  assert.ok(tag);
  assert.equal((await app.request('/search/?q=amiens', { headers: { 'If-None-Match': tag } })).status, 304);
  const post = await app.request('/search/?q=amiens', { method: 'POST' });
  assert.equal(post.status, 405);
  // "search" is still not a key, and keyed routes still work.
  assert.equal((await get('/search/json/2')).body.error.code, 'Ax001');
  assert.equal((await get('/demokey1/json/citylist/ami')).status, 200);
});

test('under a mount path: /api/search/', async () => {
  const { status, body } = await get('http://127.0.0.1:5173/api/search/?q=amiens&limit=1', { app: mounted });
  assert.equal(status, 200);
  assert.deepEqual(labels(body), ['Amiens']);
  const outside = await get('http://127.0.0.1:5173/search/?q=amiens', { app: mounted });
  assert.equal(outside.status, 404);
});

test('Lambert-93 projection matches IGN reference points', () => {
  // The projection's origin: 46.5° N, 3° E is (700 000, 6 600 000) by definition.
  const origin = lambert93(46.5, 3);
  assert.ok(Math.abs(origin.x - 700_000) < 0.01 && Math.abs(origin.y - 6_600_000) < 0.01, JSON.stringify(origin));
  // Paris, Notre-Dame (48.853°, 2.3499°): about (652 400, 6 861 800).
  const paris = lambert93(48.853, 2.3499);
  assert.ok(Math.abs(paris.x - 652_400) < 200 && Math.abs(paris.y - 6_861_800) < 200, JSON.stringify(paris));
});

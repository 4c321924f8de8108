// Every error code the server produces, with its status and documented message, plus edge inputs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERRORS } from '../../server/errors.js';
import { get, codeOf } from './helpers.js';

/** [path, code, status] */
const CASES = /** @type {const} */ ([
  ['/', 'Ax001', 403],
  ['/nokey123/json/2', 'Ax001', 403],
  ['/short/json/2', 'Ax001', 403],
  ['/demokey1toolong/json/2', 'Ax001', 403],
  ['/DEMOKEY1/json/2', 'Ax001', 403],
  ['/demokey1', 'Ax002', 400],
  ['/demokey1/xml/2', 'Ax002', 400],
  ['/demokey1/JSON/2', 'Ax002', 400],
  ['/demokey1/json/2/rock', 'Ax003', 400],
  ['/demokey1/json/2/Concert', 'Ax003', 400],
  ['/demokey1/json/2/concert,', 'Ax003', 400],
  ['/demokey1/json/geo/49.897455,2.301060/10/théâtre', 'Ax003', 400],
  ['/demokey1/json/999999', 'Ax004', 404],
  ['/demokey1/json/0', 'Ax004', 404],
  ['/demokey1/json/paris', 'Ax004', 400],
  ['/demokey1/json/', 'Ax004', 400],
  ['/demokey1/json/-2', 'Ax004', 400],
  ['/demokey1/json/99999999999999999999999', 'Ax004', 400],
  ['/demokey1/json/2/0,101', 'Ax005', 400],
  ['/demokey1/json/2/0,0', 'Ax005', 400],
  ['/demokey1/json/2/concert/5', 'Ax005', 400],
  ['/demokey1/json/2/concert/1,2,3', 'Ax005', 400],
  ['/demokey1/json/2/99999999999999999999,5', 'Ax005', 400],
  ['/demokey1/json/event/abc', 'Ax006', 400],
  ['/demokey1/json/event/', 'Ax006', 400],
  ['/demokey1/json/event/-5', 'Ax006', 400],
  ['/demokey1/json/event/2.5', 'Ax006', 400],
  ['/demokey1/json/event/2999', 'Ax007', 404],
  ['/demokey1/json/event/2000', 'Ax007', 404],
  ['/demokey1/json/event/99999999999999999999999', 'Ax007', 404],
  ['/demokey1/json/geo/91,2/10', 'Ax009', 400],
  ['/demokey1/json/geo/49.8,181/10', 'Ax009', 400],
  ['/demokey1/json/geo/49.8;2.3/10', 'Ax012', 400],
  ['/demokey1/json/geo/49.8/10', 'Ax009', 400],
  ['/demokey1/json/geocities', 'Ax009', 400],
  ['/demokey1/json/geocities/abc', 'Ax009', 400],
  ['/demokey1/json/geo/49.897455,2.301060', 'Ax010', 400],
  ['/demokey1/json/geo/49.897455,2.301060/0', 'Ax010', 400],
  ['/demokey1/json/geo/49.897455,2.301060/-5', 'Ax010', 400],
  ['/demokey1/json/geo/49.897455,2.301060/1.5.2', 'Ax010', 400],
  ['/demokey1/json/geo/49.897455,2.301060/301', 'Ax010', 400],
  ['/demokey1/json/geocities/49.897455,2.301060/concert/0', 'Ax010', 400],
  ['/demokey1/json/citylist/ami%3Cscript%3E', 'Ax012', 400],
  ['/demokey1/json/citylist/a%2Fb', 'Ax012', 400],
  ['/demokey1/json/citylist/%E0%A4%A', 'Ax012', 400],
  ['/demokey1/json//2', 'Ax012', 400],
  ['/demokey1/json/2/concert/0,15/extra', 'Ax012', 404],
  ['/demokey1/json/category/extra', 'Ax012', 404],
  ['/demokey1/json/citylist/ami/1,a,3', 'Ax013', 400],
  ['/demokey1/json/citylist/ami/-1', 'Ax013', 400],
  ['/demokey1/json/geocities/49.897455,2.301060/1,,3', 'Ax013', 400],
  ['/zonekey1/json/1', 'Ax016', 403],
  ['/zonekey1/json/geo/48.85,2.35/10', 'Ax016', 403],
  ['/zonekey1/json/geocities/48.85,2.35', 'Ax016', 403],
  ['/zonekey1/json/event/1001', 'Ax016', 403],
  ['/demokey1/json/geo/', 'Ax017', 403],
  ['/demokey1/json/geo', 'Ax017', 403],
  ['/demokey1/json/geo/concert', 'Ax017', 403],
  ['/offkey01/json/2', 'Ax019', 403],
  ['/offkey01/json/category', 'Ax019', 403],
]);

for (const [path, code, status] of CASES) {
  test(`${path} → ${code} (${status})`, async () => {
    const answer = await get(path);
    assert.equal(codeOf(answer), code, answer.text);
    assert.equal(answer.status, status);
    assert.deepEqual(answer.body, { error: { code, message: ERRORS[code].message } });
    assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(answer.headers.get('cache-control'), 'no-store');
  });
}

test('Ax015 when a listing is empty: a town without events, an offset past the end, a position at sea', async () => {
  const { loadCities } = await import('../../server/data/communes.js');
  const { eventCount } = await import('../../server/data/events.js');
  const empty = loadCities().all.find((city) => eventCount(city) === 0);
  assert.ok(empty, 'some small town has no event');
  for (const path of [`/demokey1/json/${empty.id}`, '/demokey1/json/2/9000,15', '/demokey1/json/geo/47.5,-6.5/10']) {
    const answer = await get(path);
    assert.equal(answer.status, 404, path);
    assert.equal(codeOf(answer), 'Ax015', path);
  }
});

test('Ax011: an internal failure answers the documented code without any detail', async () => {
  // The same handler the app installs, on an app with a route that fails.
  const { answerError } = await import('../../server/app.js');
  const { Hono } = await import('hono');
  const broken = new Hono().onError(answerError);
  broken.get('/boom/now', () => {
    throw new Error('secret stack detail');
  });
  const originalError = console.error;
  console.error = () => {};
  try {
    const answer = await get('/boom/now', { app: /** @type {any} */ (broken) });
    assert.equal(answer.status, 500);
    assert.deepEqual(answer.body, { error: { code: 'Ax011', message: ERRORS.Ax011.message } });
    assert.doesNotMatch(answer.text, /secret|at /);
  } finally {
    console.error = originalError;
  }
});

test('citylist with no match, no query, or a query of another script answers cities: null', async () => {
  for (const path of ['/demokey1/json/citylist/zzzzqq', '/demokey1/json/citylist/', '/demokey1/json/citylist/東京', '/demokey1/json/geocities/0,0']) {
    const answer = await get(path);
    assert.equal(answer.status, 200, path);
    assert.deepEqual(answer.body, { cities: null }, path);
  }
});

test('path traversal is normalised away by URL parsing and never escapes the API', async () => {
  for (const path of ['/demokey1/json/../category', '/demokey1/json/%2E%2E/category', '/static/im/visuels/../../../etc/passwd']) {
    const answer = await get(path);
    assert.ok(answer.status >= 400, path);
    assert.match(codeOf(answer), /^Ax0\d\d$/, path);
  }
});

test('other methods answer 405 with Allow', async () => {
  const answer = await get('/demokey1/json/2', { method: 'POST' });
  assert.equal(answer.status, 405);
  assert.equal(answer.headers.get('allow'), 'GET, HEAD, OPTIONS');
});

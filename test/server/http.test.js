// HTTP behaviour around the data: CORS, caching headers, ETag / 304, HEAD, mount path.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../server/app.js';
import { app, get, TODAY } from './helpers.js';

test('JSON answers: content type, CORS, cache lifetimes', async () => {
  const listing = await get('/demokey1/json/2');
  assert.equal(listing.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(listing.headers.get('access-control-allow-origin'), '*');
  assert.equal(listing.headers.get('cache-control'), 'public, max-age=300');
  const category = await get('/demokey1/json/category');
  assert.equal(category.headers.get('cache-control'), 'public, max-age=86400');
  const error = await get('/nokey123/json/2');
  assert.equal(error.headers.get('access-control-allow-origin'), '*');
});

test('CORS preflight allows GET, HEAD and OPTIONS from any origin', async () => {
  const response = await app.request('/demokey1/json/2', {
    method: 'OPTIONS',
    headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' },
  });
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.match(response.headers.get('access-control-allow-methods') ?? '', /GET.*HEAD.*OPTIONS/);
});

test('ETag and 304 on If-None-Match, for JSON and images', async () => {
  for (const path of ['/demokey1/json/2', '/demokey1/json/category', '/static/im/visuels/2001.jpg']) {
    const first = await app.request(path);
    const tag = first.headers.get('etag');
    assert.ok(tag, path);
    const again = await app.request(path, { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304, path);
    assert.equal((await again.arrayBuffer()).byteLength, 0);
    assert.equal(again.headers.get('etag'), tag);
    assert.ok(again.headers.get('cache-control'));
    const other = await app.request(path, { headers: { 'If-None-Match': '"something-else"' } });
    assert.equal(other.status, 200);
  }
});

test('HEAD answers headers without a body', async () => {
  const response = await app.request('/demokey1/json/2', { method: 'HEAD' });
  assert.equal(response.status, 200);
  assert.equal((await response.arrayBuffer()).byteLength, 0);
});

test('a mount path prefixes routes and image URLs', async () => {
  const mounted = createApp({ today: TODAY, basePath: '/api' });
  const { status, body } = await get('http://127.0.0.1:5173/api/demokey1/json/2', { app: mounted });
  assert.equal(status, 200);
  assert.match(body.events[0].visuel, /^http:\/\/127\.0\.0\.1:5173\/api\/static\/im\/visuels\/\d+\.jpg$/);
  const image = await mounted.request(body.events[0].visuel);
  assert.equal(image.status, 200);
  const thumb = await mounted.request(`http://127.0.0.1:5173/api/static/im/thumb.php?src=${encodeURIComponent(body.events[0].visuel)}&w=100`);
  assert.equal(thumb.status, 200);
  // The same poster seen from another origin is foreign there.
  const elsewhere = await mounted.request(`http://localhost/api/static/im/thumb.php?src=${encodeURIComponent(body.events[0].visuel)}`);
  assert.equal(elsewhere.status, 403);
});

test('the latency hook delays answers only when asked', async () => {
  const slow = createApp({ today: TODAY, latencyMs: 120 });
  const start = Date.now();
  await slow.request('/demokey1/json/category');
  assert.ok(Date.now() - start >= 100);
});

// Posters and the thumb.php resizer, read back with sharp.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { app, get, codeOf } from './helpers.js';

const POSTER = 'http://localhost/static/im/visuels/2001.jpg';

/**
 * Fetches an image and reads its size.
 * @param {string} path
 */
async function imageSize(path) {
  const response = await app.request(path);
  assert.equal(response.status, 200, path);
  assert.equal(response.headers.get('content-type'), 'image/jpeg');
  const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
  return { width: metadata.width, height: metadata.height, format: metadata.format };
}

/** @param {Record<string, string>} params */
const thumb = (params) => `/static/im/thumb.php?${new URLSearchParams(params)}`;

test('posters are 800×1000 JPEGs, identical on each request', async () => {
  assert.deepEqual(await imageSize('/static/im/visuels/2001.jpg'), { width: 800, height: 1000, format: 'jpeg' });
  const a = Buffer.from(await (await app.request('/static/im/visuels/2002.jpg')).arrayBuffer());
  const b = Buffer.from(await (await app.request('/static/im/visuels/2002.jpg')).arrayBuffer());
  assert.ok(a.equals(b));
  const response = await app.request('/static/im/visuels/2001.jpg');
  assert.equal(response.headers.get('cache-control'), 'public, max-age=86400');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
});

test('thumb.php fits inside w × h without cropping', async () => {
  assert.deepEqual(await imageSize(thumb({ src: POSTER, w: '200', h: '200' })), { width: 160, height: 200, format: 'jpeg' });
  assert.deepEqual(await imageSize(thumb({ src: POSTER, w: '400' })), { width: 400, height: 500, format: 'jpeg' });
  assert.deepEqual(await imageSize(thumb({ src: POSTER, h: '250', zc: '0' })), { width: 200, height: 250, format: 'jpeg' });
});

test('thumb.php crops to exactly w × h with zc=1', async () => {
  assert.deepEqual(await imageSize(thumb({ src: POSTER, w: '300', h: '200', zc: '1' })), { width: 300, height: 200, format: 'jpeg' });
  assert.deepEqual(await imageSize(thumb({ src: POSTER, w: '120', h: '120', zc: '1' })), { width: 120, height: 120, format: 'jpeg' });
});

test('thumb.php never enlarges, clamps huge sizes, and accepts a path as src', async () => {
  assert.deepEqual(await imageSize(thumb({ src: POSTER, w: '5000', h: '99999' })), { width: 800, height: 1000, format: 'jpeg' });
  assert.deepEqual(await imageSize(thumb({ src: POSTER })), { width: 800, height: 1000, format: 'jpeg' });
  assert.deepEqual(await imageSize(thumb({ src: '/static/im/visuels/2001.jpg', w: '80' })), { width: 80, height: 100, format: 'jpeg' });
});

test('thumb.php refuses anything but this server’s own posters, and never fetches', async () => {
  const foreign = [
    'https://evil.example/static/im/visuels/2001.jpg',
    'http://127.0.0.1:22/static/im/visuels/2001.jpg',
    'file:///etc/passwd',
    'http://localhost/static/im/visuels/2001.png',
    'http://localhost/static/im/visuels/../../etc/passwd',
    'http://localhost/static/im/visuels/2001.jpg?x=1',
    'http://localhost/demokey1/json/2',
  ];
  for (const src of foreign) {
    const answer = await get(thumb({ src, w: '100' }));
    assert.ok([400, 403].includes(answer.status), `${src}: ${answer.status}`);
    assert.equal(codeOf(answer), 'Ax012', src);
  }
  for (const query of ['', '?src=', `?src=${encodeURIComponent(POSTER)}&w=abc`, `?src=${encodeURIComponent(POSTER)}&w=-5`, `?src=${encodeURIComponent(POSTER)}&zc=2`]) {
    const answer = await get(`/static/im/thumb.php${query}`);
    assert.equal(answer.status, 400, query);
    assert.equal(codeOf(answer), 'Ax012', query);
  }
});

test('images of events that do not exist answer Ax007', async () => {
  for (const path of ['/static/im/visuels/2999.jpg', thumb({ src: 'http://localhost/static/im/visuels/2999.jpg' })]) {
    const answer = await get(path);
    assert.equal(answer.status, 404, path);
    assert.equal(codeOf(answer), 'Ax007', path);
  }
  assert.equal(codeOf(await get('/static/im/visuels/abc.jpg')), 'Ax012');
});

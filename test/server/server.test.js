// The runnable entry points: `npm run api` on a real port, and the Koa and Connect middlewares.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { apiMiddleware } from '../../server/middleware.js';
import { connectMiddleware } from '../../server/connect.js';

const MAIN = fileURLToPath(new URL('../../server/main.js', import.meta.url));

/**
 * Starts an http server on a random port and returns its origin.
 * @param {import('node:http').Server} server
 * @returns {Promise<string>}
 */
function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve(`http://127.0.0.1:${address.port}`);
    });
  });
}

test('npm run api serves on the given port and logs the URL and the demo keys', async () => {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: '0', AGENDA_TODAY: '2026-11-22' } });
  try {
    let output = '';
    const started = Date.now();
    const origin = await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (match && output.includes('offkey01')) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    assert.ok(Date.now() - started < 5000, 'starts quickly');
    assert.match(output, /demokey1/);
    assert.match(output, /zonekey1/);
    const response = await fetch(`${origin}/demokey1/json/2`);
    assert.equal(response.status, 200);
    const body = /** @type {any} */ (await response.json());
    assert.ok(body.events[0].visuel.startsWith(`${origin}/static/im/visuels/`));
    const image = await fetch(body.events[0].visuel);
    assert.equal(image.status, 200);
  } finally {
    child.kill('SIGTERM');
  }
});

test('the Koa middleware mounts the API under its prefix and passes other requests on', async () => {
  const middleware = apiMiddleware('/api', { today: '2026-11-22' });
  const server = createServer((req, res) => {
    const ctx = { req, res, respond: true };
    middleware(ctx, async () => {
      res.end('next');
    });
  });
  const origin = await listen(server);
  try {
    const response = await fetch(`${origin}/api/demokey1/json/2`);
    assert.equal(response.status, 200);
    const body = /** @type {any} */ (await response.json());
    assert.ok(body.events[0].visuel.startsWith(`${origin}/api/static/im/visuels/`));
    assert.equal(await (await fetch(`${origin}/index.html`)).text(), 'next');
    assert.equal(await (await fetch(`${origin}/apiary`)).text(), 'next');
  } finally {
    server.close();
  }
});

test('the Connect middleware mounts the API under its prefix and passes other requests on', async () => {
  const middleware = connectMiddleware('/api', { today: '2026-11-22' });
  const server = createServer((req, res) => middleware(req, res, () => res.end('next')));
  const origin = await listen(server);
  try {
    const response = await fetch(`${origin}/api/demokey1/json/category`);
    assert.equal(response.status, 200);
    assert.equal(/** @type {any} */ (await response.json()).categories.length, 7);
    const thumb = await fetch(`${origin}/api/static/im/thumb.php?src=${encodeURIComponent(`${origin}/api/static/im/visuels/2001.jpg`)}&w=50`);
    assert.equal(thumb.status, 200);
    assert.equal(await (await fetch(`${origin}/src/index.ts`)).text(), 'next');
  } finally {
    server.close();
  }
});

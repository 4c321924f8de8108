// Bounded load test of the reference server on loopback: autocannon against the listing, detail and thumbnail
// endpoints, a few seconds each. `node test/stress/load.js` prints the figures; scripts/hostile.js reports them.
import { serve } from '@hono/node-server';
// @ts-expect-error -- autocannon ships no type declarations (and @types/autocannon is not worth a dependency)
import autocannon from 'autocannon';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { createApp } from '../../server/app.js';
import { loadCities } from '../../server/data/communes.js';

/** Seconds per endpoint; short, since the machine is shared. */
const DURATION = Number(process.env.LOAD_SECONDS) || 3;

/** The endpoints under load, as paths on the server's origin. */
const endpoints = (/** @type {string} */ origin) => [
  { name: 'listing', path: '/demokey1/json/2/concert,theatre,exposition/0,15' },
  { name: 'detail', path: '/demokey1/json/event/2001' },
  {
    name: 'thumbnail',
    path: `/static/im/thumb.php?src=${encodeURIComponent(`${origin}/static/im/visuels/2001.jpg`)}&w=300&h=200&zc=1`,
  },
];

/** Starts the reference API on a free loopback port. */
function start() {
  loadCities(); // load the communes before the clock starts, as server/main.js does after listening
  return new Promise((resolve) => {
    const server = serve({ fetch: createApp().fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ server, origin: `http://127.0.0.1:${info.port}` }),
    );
  });
}

/**
 * Loads each endpoint in turn and returns, per endpoint, req/s, latency p99 (ms), errors and non-2xx answers.
 * @returns {Promise<{name: string, requests: number, reqPerSec: number, p99: number, errors: number, non2xx: number, timeouts: number}[]>}
 */
export async function runLoad({ duration = DURATION, connections = 10 } = {}) {
  const { server, origin } = await start();
  try {
    const results = [];
    for (const { name, path } of endpoints(origin)) {
      const result = await autocannon({ url: `${origin}${path}`, connections, duration });
      results.push({
        name,
        requests: result.requests.total,
        reqPerSec: Math.round(result.requests.average),
        p99: result.latency.p99,
        errors: result.errors,
        non2xx: result.non2xx,
        timeouts: result.timeouts,
      });
    }
    return results;
  } finally {
    server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runLoad();
  for (const r of results) {
    process.stdout.write(`${r.name.padEnd(10)} ${String(r.reqPerSec).padStart(6)} req/s  p99 ${r.p99} ms  errors ${r.errors}  non-2xx ${r.non2xx}\n`);
  }
  process.exitCode = results.some((r) => r.errors || r.non2xx || r.timeouts || !r.requests) ? 1 : 0;
}

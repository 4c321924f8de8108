// `npm run api`: serves the reference API on 127.0.0.1:$PORT (8787 by default).

import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { KEYS } from './keys.js';
import { loadCities } from './data/communes.js';

// PORT=0 asks the system for a free port (the tests do), so only an absent or empty PORT means 8787.
const port = process.env.PORT ? Number(process.env.PORT) : 8787;
const hostname = process.env.HOST || '127.0.0.1';
const app = createApp();

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.info(`Agenda Culturel reference API on http://${hostname}:${info.port}/`);
  for (const key of KEYS.values()) console.info(`  key ${key.key}: ${key.label}`);
  console.info(`  try http://${hostname}:${info.port}/demokey1/json/2`);
  // Load the communes now rather than on the first request; listening already started, so this does
  // not delay startup.
  setImmediate(loadCities);
});

/** Closes the server cleanly on Ctrl+C or a service manager's stop. */
const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

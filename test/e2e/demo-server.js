// The demo pages as `npm start` serves them: Vite's dev server with the project's vite.config.ts (the
// reference API at /api), started in-process on a free loopback port for test/e2e/demo-pages.test.js.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { ROOT } from './harness.js';

/**
 * Starts Vite's dev server on a random loopback port. Its dependency cache goes to a temporary folder (not
 * node_modules/.vite, which a developer's `npm start` may be using), and it watches no files: a source saved
 * by someone else while the tests run must not reload the pages under test.
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startDemoServer() {
  const cacheDir = mkdtempSync(join(tmpdir(), 'agenda-vite-'));
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    cacheDir,
    logLevel: 'error',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: true, watch: null, hmr: false },
    // Scan the pages under test up front, so no dependency is found late (which would reload the page).
    optimizeDeps: { entries: ['demo/*.html'] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('Vite did not listen on a TCP port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

// What the end-to-end tests share: a fresh build, one server for dist/ + fixture pages + the reference API
// on a random loopback port, and Debian's Chromium driven by playwright-core (no browser download).

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { createApp } from '../../server/app.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

/** The policy of the CSP fixture pages (files named csp*.html). */
export const CSP = "script-src 'self'; style-src 'self'";

/** @param {string} dir @returns {number} newest modification time of the files under dir */
function newest(dir) {
  return readdirSync(dir).reduce((latest, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }, 0);
}

const OUTPUTS = ['agenda-widgets.js', 'agenda-widgets.iife.js', 'custom-elements.json', 'npm/index.js', 'npm/react.d.ts'].map((file) => join(DIST, file));

/** True when dist/ holds every output and none is older than the sources they come from. */
function isCurrent() {
  const inputs = ['vite.config.ts', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs', 'scripts/jsx-types.js'];
  const sources = Math.max(newest(join(ROOT, 'src')), ...inputs.map((file) => statSync(join(ROOT, file)).mtimeMs));
  return OUTPUTS.every((file) => existsSync(file) && statSync(file).mtimeMs >= sources);
}

/**
 * Runs the build (scripts/build.js) when dist/ is missing or older than src/, so `npm run test:e2e` alone
 * tests the current sources; after `npm run build` (CI) it does nothing. `npm run test:e2e` calls it once,
 * before the test files run in parallel.
 */
export function buildIfStale() {
  if (isCurrent()) return;
  console.info('test:e2e: dist/ is missing or older than src/: building');
  const result = spawnSync(process.execPath, ['scripts/build.js'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('the build failed: the end-to-end tests need dist/');
}

/**
 * Fails clearly when a test file runs on its own before any build. (Not whether dist/ is current: a source
 * saved while the tests run must not fail them; `npm run test:e2e` rebuilds a stale dist/ first.)
 */
export function ensureBuilt() {
  const missing = OUTPUTS.filter((file) => !existsSync(file));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` (or \`npm run test:e2e\`) first`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A file under `root` for a URL path below a mount point, or undefined (missing, or outside root).
 * @param {string} root
 * @param {string} rest the URL path after the mount point
 */
function fileUnder(root, rest) {
  let relativePath;
  try {
    relativePath = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  const path = normalize(join(root, relativePath));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * Where each URL prefix is served from. dist/ is mounted three times: `/copy/` is "another copy of the
 * widgets" (a separate module graph), `/cdn/a/b/c/` a deep CDN folder (chunks must load relative to it).
 */
const MOUNTS = [
  ['/dist/', DIST],
  ['/copy/', DIST],
  ['/cdn/a/b/c/', DIST],
  ['/fixtures/', FIXTURES],
];

/**
 * Starts the test server on a random loopback port.
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startServer() {
  const api = createApp({ basePath: '/api' });
  /** @param {Request} request */
  const fetch = async (request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return api.fetch(request);
    // Browsers ask for it on their own; a 404 would show up as a console error.
    if (url.pathname === '/favicon.ico') return new Response(null, { status: 204 });
    for (const [prefix, root] of MOUNTS) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = fileUnder(resolve(root), url.pathname.slice(prefix.length));
      if (!file) break;
      /** @type {Record<string, string>} */
      const headers = { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (prefix === '/fixtures/' && /^csp[^/]*\.html$/.test(url.pathname.slice(prefix.length))) headers['content-security-policy'] = CSP;
      return new Response(readFileSync(file), { headers });
    }
    return new Response('not found', { status: 404 });
  };
  /** @type {import('node:http').Server} */
  let server;
  const port = await new Promise((resolveListen) => {
    server = /** @type {any} */ (serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolveListen(info.port)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose(undefined))),
  };
}

/**
 * Launches headless Chromium: CHROME_PATH, else Debian's /usr/bin/chromium, with `extraArgs` after the project's.
 * @param {string[]} [extraArgs]
 */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * Opens a page and records what a partner would see in the console: warnings, errors, uncaught exceptions,
 * failed requests and CSP violations (listened for before any script of the page runs).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
export async function openPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const log = {
    /** @type {string[]} */ warnings: [],
    /** @type {string[]} */ errors: [],
    /** @type {string[]} */ pageErrors: [],
    /** @type {string[]} */ failedRequests: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'warning') log.warnings.push(message.text());
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('requestfailed', (request) => log.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.addInitScript(() => {
    const violations = /** @type {string[]} */ ([]);
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  await page.goto(url);
  return { page, log, close: () => context.close() };
}

/**
 * Waits until `selector` (an `agenda-events` or other listing) shows event cards; returns how many.
 * Playwright's CSS selectors pierce open shadow roots.
 * @param {import('playwright-core').Page} page
 */
export async function cardCount(page, selector = 'agenda-events') {
  const cards = page.locator(`${selector} [part~="card"]`);
  await cards.first().waitFor({ timeout: 15000 });
  return cards.count();
}

/**
 * Inline `<style>` elements in the document and in every shadow root (Lit should use adoptedStyleSheets),
 * and how many shadow roots adopt style sheets.
 * @param {import('playwright-core').Page} page
 */
export function styleReport(page) {
  return page.evaluate(() => {
    let inlineStyles = document.querySelectorAll('style').length;
    let adopting = 0;
    let shadowRoots = 0;
    /** @param {Document | ShadowRoot} root */
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        const shadow = element.shadowRoot;
        if (!shadow) continue;
        shadowRoots += 1;
        inlineStyles += shadow.querySelectorAll('style').length;
        if (shadow.adoptedStyleSheets.length) adopting += 1;
        visit(shadow);
      }
    };
    visit(document);
    return { inlineStyles, adopting, shadowRoots };
  });
}

/** @typedef {{origin: string, close: () => Promise<void>}} TestServer a server on a loopback port */

/**
 * The setup every browser test file shares: registers a `before` hook (the server is up, Chromium is
 * launched) and an `after` hook that closes both. Call it at the top level of a test file.
 * @param {{start?: () => Promise<TestServer>}} [options] `start`: another server than startServer (which serves
 *   dist/, so then dist/ must be built), such as the demo's Vite dev server
 * @returns {{readonly server: TestServer, readonly browser: import('playwright-core').Browser}}
 *   getters valid from the first test on (they throw when read before the `before` hook ran)
 */
export function useHarness({ start } = {}) {
  /** @type {TestServer | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  before(async () => {
    if (!start) ensureBuilt();
    server = await (start ?? startServer)();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const missing = () => new Error('useHarness(): read in a test or hook, after its before hook has run');
  return {
    get server() {
      if (!server) throw missing();
      return server;
    },
    get browser() {
      if (!browser) throw missing();
      return browser;
    },
  };
}

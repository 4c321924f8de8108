// Sizes: the JavaScript a page with one <agenda-events> downloads before its cards show (observed in the
// browser, gzip bytes as transferred, whatever the chunk layout), and every ES file of dist/ at gzip -9
// ("everything"), plus the classic-script (IIFE) bundle.
/* global window, document, requestAnimationFrame -- the functions given to page.evaluate run in the page */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './server.js';

export const BUDGET = { criticalKB: 16, everythingKB: 32 };

/**
 * JS files whose response ended before the first card existed.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url a page with one `<agenda-events city="2">`
 * @param {boolean} holdIdle defer requestIdleCallback until the cards show: the loader preloads every other
 *   element when the page is idle, which on a fast loopback happens while the listing request is in flight;
 *   holding it back isolates what the cards themselves need.
 */
async function jsBeforeCards(browser, url, holdIdle) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (holdIdle) {
      await page.addInitScript(() => {
        const idle = window.requestIdleCallback.bind(window);
        /** @type {any} */ (window).requestIdleCallback = (/** @type {IdleRequestCallback} */ callback, /** @type {IdleRequestOptions} */ options) => {
          const wait = () => (/** @type {any} */ (window).__cardsShown ? idle(callback, options) : setTimeout(wait, 20));
          wait();
          return 0;
        };
      });
    }
    await page.goto(url);
    const files = await page.evaluate(async () => {
      const host = /** @type {HTMLElement} */ (document.querySelector('agenda-events'));
      while (!host.shadowRoot?.querySelector('[part~="card"]')) await new Promise((r) => requestAnimationFrame(r));
      /** @type {any} */ (window).__cardsShown = true;
      const cardsAt = performance.now();
      return performance
        .getEntriesByType('resource')
        .map((e) => /** @type {PerformanceResourceTiming} */ (e))
        .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= cardsAt)
        .map((e) => ({ name: new URL(e.name).pathname.replace(/.*\//, ''), gzip: e.encodedBodySize }));
    });
    return { gzipBytes: files.reduce((sum, f) => sum + f.gzip, 0), files: files.map((f) => `${f.name} ${f.gzip} B`) };
  } finally {
    await context.close();
  }
}

/** @param {string} file a path under dist/ */
const gzip9 = (file) => gzipSync(readFileSync(join(ROOT, 'dist', file)), { level: 9 }).length;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
export async function measureSizes(browser, origin) {
  const critical = await jsBeforeCards(browser, `${origin}/bench/one-listing.html`, true);
  const observed = await jsBeforeCards(browser, `${origin}/bench/one-listing.html`, false);
  const classic = await jsBeforeCards(browser, `${origin}/bench/one-listing-iife.html`, true);
  // "Everything": the entry and every chunk, each at gzip -9 (what a CDN serving pre-compressed files sends).
  const esFiles = ['agenda-widgets.js', ...readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  const everything = esFiles.reduce((sum, f) => sum + gzip9(f), 0);
  return {
    criticalPath: { ...critical, budgetKB: BUDGET.criticalKB, met: critical.gzipBytes <= BUDGET.criticalKB * 1024 },
    beforeCardsWithIdlePreload: observed,
    criticalPathClassic: classic,
    everything: { gzipBytes: everything, files: esFiles.length, budgetKB: BUDGET.everythingKB, met: everything <= BUDGET.everythingKB * 1024 },
    iife: { gzipBytes: gzip9('agenda-widgets.iife.js') },
  };
}

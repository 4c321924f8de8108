// Sizes: the JavaScript a page with one <agenda-events> downloads before its cards show (observed in the
// browser, gzip bytes as transferred), and every ES file of dist/ at gzip -9 ("everything").
/* global window, document, requestAnimationFrame -- the functions given to page.evaluate run in the page */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './server.js';

export const BUDGET = { criticalKB: 16, everythingKB: 32 };

/**
 * JS files whose response ended before the first card existed.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {boolean} holdIdle defer requestIdleCallback until the cards show: the loader preloads every other
 *   element when the page is idle, which on a fast loopback happens while the listing request is in flight;
 *   holding it back isolates what the cards themselves need.
 */
async function jsBeforeCards(browser, origin, holdIdle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (holdIdle) {
    await page.addInitScript(() => {
      const idle = window.requestIdleCallback.bind(window);
      /** @type {any} */ (window).requestIdleCallback = (/** @type {IdleRequestCallback} */ callback) => {
        const wait = () => (/** @type {any} */ (window).__cardsShown ? idle(callback) : setTimeout(wait, 20));
        wait();
        return 0;
      };
    });
  }
  await page.goto(`${origin}/bench/one-listing.html`);
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
  await context.close();
  return { gzipBytes: files.reduce((sum, f) => sum + f.gzip, 0), files: files.map((f) => `${f.name} ${f.gzip} B`) };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
export async function measureSizes(browser, origin) {
  const critical = await jsBeforeCards(browser, origin, true);
  const observed = await jsBeforeCards(browser, origin, false);
  // "Everything": the entry and every chunk, each at gzip -9 (what a CDN serving pre-compressed files sends).
  const dist = join(ROOT, 'dist');
  const esFiles = ['agenda-widgets.js', ...readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  const everything = esFiles.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  return {
    criticalPath: { ...critical, budgetKB: BUDGET.criticalKB, met: critical.gzipBytes <= BUDGET.criticalKB * 1024 },
    beforeCardsWithIdlePreload: observed,
    everything: { gzipBytes: everything, files: esFiles.length, budgetKB: BUDGET.everythingKB, met: everything <= BUDGET.everythingKB * 1024 },
  };
}

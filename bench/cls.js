// Layout shift: the sum of 'layout-shift' entries (PerformanceObserver, buffered, so from first paint) on a
// page with one listing, until every thumbnail near the viewport has arrived. The server holds thumbnails
// back, so they land well after the cards: a box that was not reserved would move the text.
/* global window, document, requestAnimationFrame, ShadowRoot -- the functions given to page.evaluate run in the page */

import { waitCards, waitImages } from './requests.js';

export const BUDGET = { cls: 0 };

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{origin: string, setThumbDelay: (ms: number) => void}} server
 */
export async function measureCls(browser, server) {
  server.setThumbDelay(400);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const state = { cls: 0, shifts: 0, sources: /** @type {string[]} */ ([]) };
      Object.defineProperty(window, '__cls', { value: state });
      new PerformanceObserver((list) => {
        for (const entry of /** @type {any[]} */ (list.getEntries())) {
          if (entry.hadRecentInput) continue;
          state.cls += entry.value;
          state.shifts += 1;
          // What moved, so a miss can be traced: the node and its vertical move, at which time.
          for (const source of entry.sources ?? []) {
            const node = source.node;
            let name = node ? `${node.nodeName.toLowerCase()}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}` : '?';
            const root = node?.getRootNode();
            if (root instanceof ShadowRoot) name += ` in <${root.host.localName}>`;
            // An empty current rectangle: the node left the viewport.
            const to = source.currentRect.height ? `y ${Math.round(source.currentRect.y)}` : 'out of view';
            state.sources.push(`${name} moved from y ${Math.round(source.previousRect.y)} to ${to} at ${Math.round(entry.startTime)} ms`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.origin}/bench/one-listing.html`);
    await waitCards(page, 'agenda-events');
    await waitImages(page);
    // Let the last image's paint and any observer callback land.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const { cls, shifts, sources } = await page.evaluate(() => /** @type {any} */ (window).__cls);
    const images = await page.evaluate(() => document.querySelector('agenda-events')?.shadowRoot?.querySelectorAll('img').length ?? 0);
    return { cls: Number(cls.toFixed(4)), shifts, sources: sources.slice(0, 5), thumbnailsInListing: images, thumbDelayMs: 400, budget: BUDGET.cls, met: cls === 0 };
  } finally {
    server.setThumbDelay(0);
    await context.close();
  }
}

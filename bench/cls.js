// Layout shift: the sum of 'layout-shift' entries (PerformanceObserver, buffered, so from first paint) on
// pages with one listing and text under it, until every thumbnail near the viewport has arrived. The server
// holds thumbnails back, so they land well after the cards: a box that was not reserved would move the
// text. Two pages: a 15-card listing (taller than the window) and a 3-card one, whose text stays in view,
// so the skeleton → cards step counts too.
/* global window, document, requestAnimationFrame, ShadowRoot -- the functions given to page.evaluate run in the page */

import { waitCards, waitImages } from './requests.js';

export const BUDGET = { cls: 0 };

/** The pages, and what each shows. */
const PAGES = [
  { page: 'one-listing', label: '15 cards, text under them' },
  { page: 'short-listing', label: '3 cards, text under them in view' },
  { page: 'one-listing-iife', label: '15 cards, classic script' },
];
const THUMB_DELAY_MS = 400;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function clsOf(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const state = { cls: 0, shifts: 0, sources: /** @type {string[]} */ ([]) };
      Object.defineProperty(window, '__cls', { value: state });
      /** What the listing showed when the shift was reported: its code not loaded yet, a skeleton, or cards. */
      const listing = () => {
        const root = document.querySelector('agenda-events')?.shadowRoot;
        if (!root) return 'element not defined';
        const cards = root.querySelectorAll('[part~="card"]').length;
        return cards ? `${cards} cards` : `skeleton of ${root.querySelectorAll('.skeleton').length}`;
      };
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
            state.sources.push(`${name} moved from y ${Math.round(source.previousRect.y)} to ${to} at ${Math.round(entry.startTime)} ms (listing: ${listing()})`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    await waitCards(page, 'agenda-events');
    await waitImages(page);
    // Let the last image's paint and any observer callback land.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const { cls, shifts, sources } = await page.evaluate(() => /** @type {any} */ (window).__cls);
    const images = await page.evaluate(() => document.querySelector('agenda-events')?.shadowRoot?.querySelectorAll('img').length ?? 0);
    return { cls: Number(cls.toFixed(4)), shifts, sources: sources.slice(0, 5), thumbnails: images };
  } finally {
    await context.close();
  }
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{origin: string, setThumbDelay: (ms: number) => void}} server
 */
export async function measureCls(browser, server) {
  server.setThumbDelay(THUMB_DELAY_MS);
  try {
    const rows = [];
    for (const { page, label } of PAGES) {
      const result = await clsOf(browser, `${server.origin}/bench/${page}.html`);
      rows.push({ page, label, ...result, thumbDelayMs: THUMB_DELAY_MS, budget: BUDGET.cls, met: result.cls === 0 });
    }
    return rows;
  } finally {
    server.setThumbDelay(0);
  }
}

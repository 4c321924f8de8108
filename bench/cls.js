// Layout shift: the sum of 'layout-shift' entries (PerformanceObserver, buffered, so from first paint) on
// pages with one listing and text under it, until every element is defined, the pickers show their chips
// and every thumbnail near the viewport has arrived. The server holds thumbnails back, so they land well
// after the cards: a box that was not reserved would move the text. Pages: a 15-card listing (taller than
// the window), a 3-card one, whose text stays in view, so the skeleton → cards step counts too, and the
// pickers above a listing (their chunks arrive after the first paint; the listing under them is in view), and
// an <agenda-geo locate> with a default position (its prompt above its cards; the visitor is not asked), and
// one without, whose visitor presses "Utiliser ma position" and gets the position 1.5 s later, as a real fix
// takes: what changes then is outside the 500 ms that follow an input, so it counts.
/* global window, document, requestAnimationFrame, ShadowRoot, customElements -- the functions given to page.evaluate run in the page */

import { waitCards, waitImages } from './requests.js';

export const BUDGET = { cls: 0 };

/** The pages, and what each shows. */
const PAGES = [
  { page: 'one-listing', label: '15 cards, text under them' },
  { page: 'short-listing', label: '3 cards, text under them in view' },
  { page: 'one-listing-iife', label: '15 cards, classic script' },
  { page: 'filters-listing', label: 'town search and categories above 6 cards' },
  { page: 'geo-locate', label: '`<agenda-geo locate>`: its prompt above 3 cards, text under them in view', listing: 'agenda-geo' },
  {
    page: 'geo-press',
    label: '`<agenda-geo locate>`: "use my position" pressed, the position 1.5 s later, 3 cards, text in view',
    listing: 'agenda-geo',
    press: '[part="locate-button"]',
  },
];
/** How long the browser takes to find the position on the page whose visitor asks for it. */
const POSITION_DELAY_MS = 1500;
/** The elements whose boxes are reserved before their code arrives, and whose arrival is waited for. */
const TAGS = ['agenda-events', 'agenda-geo', 'agenda-city-search', 'agenda-categories'];
const THUMB_DELAY_MS = 400;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string} listingTag the page's listing element
 * @param {string} [press] a button in the listing's shadow root that the visitor presses once it is defined,
 *   the geolocation permission granted and the position answered `POSITION_DELAY_MS` after it is asked for
 */
async function clsOf(browser, url, listingTag, press) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    if (press) {
      await context.setGeolocation({ latitude: 49.894171, longitude: 2.295695 });
      await page.addInitScript((delay) => {
        const geolocation = navigator.geolocation;
        const ask = geolocation.getCurrentPosition.bind(geolocation);
        geolocation.getCurrentPosition = (success, failure, options) => {
          setTimeout(() => ask(success, failure, options), delay);
        };
      }, POSITION_DELAY_MS);
    }
    await page.addInitScript(() => {
      const state = { cls: 0, shifts: 0, sources: /** @type {string[]} */ ([]) };
      Object.defineProperty(window, '__cls', { value: state });
      /** What the page showed when the shift was reported: the listing's state, and the pickers not yet defined. */
      const listing = () => {
        const pending = ['agenda-city-search', 'agenda-categories'].filter((tag) => document.querySelector(`${tag}:not(:defined)`));
        const root = document.querySelector('agenda-events, agenda-geo')?.shadowRoot;
        let state;
        if (!root) state = 'element not defined';
        else {
          const cards = root.querySelectorAll('[part~="card"]').length;
          state = cards ? `${cards} cards` : `skeleton of ${root.querySelectorAll('.skeleton').length}`;
        }
        return pending.length ? `${state}; <${pending.join('>, <')}> not defined` : state;
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
    if (press) {
      await page.waitForFunction((tag) => customElements.get(tag) !== undefined, listingTag);
      // Granted only now, as the visitor does in the browser's prompt: granted before, the element would not wait
      // for the press. Playwright's CSS selectors reach into open shadow roots; the click is a real input.
      await context.grantPermissions(['geolocation'], { origin: new URL(url).origin });
      await page.click(`${listingTag} ${press}`);
    }
    await waitCards(page, listingTag);
    // Every element of the page defined, and the categories' chips in place of their skeleton.
    await page.waitForFunction(
      (tags) =>
        !document.querySelector(tags.map((tag) => `${tag}:not(:defined)`).join(',')) &&
        [...document.querySelectorAll('agenda-categories')].every((el) => el.shadowRoot?.querySelector('[part~="chips"], [part~="empty"], [part~="error"]')),
      TAGS,
      { timeout: 20000, polling: 50 },
    );
    await waitImages(page);
    // Let the last image's paint and any observer callback land.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    const { cls, shifts, sources } = await page.evaluate(() => /** @type {any} */ (window).__cls);
    const images = await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('img').length ?? 0, listingTag);
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
    for (const { page, label, listing = 'agenda-events', press } of PAGES) {
      const result = await clsOf(browser, `${server.origin}/bench/${page}.html`, listing, press);
      rows.push({ page, label, ...result, thumbDelayMs: THUMB_DELAY_MS, budget: BUDGET.cls, met: result.cls === 0 });
    }
    return rows;
  } finally {
    server.setThumbDelay(0);
  }
}

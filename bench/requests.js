// Requests, counted where they arrive (the server's log): deduplication of identical listings, the category
// list fetched once, lazy thumbnails, and a reload served from the HTTP cache.
/* global window, document, innerHeight -- the functions given to page.evaluate run in the page */

/** @typedef {{hits: import('./server.js').Hit[], origin: string}} Server */

/**
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {number} [min] cards expected in every matching element
 */
export function waitCards(page, selector, min = 1) {
  return page.waitForFunction(
    ([sel, n]) => [...document.querySelectorAll(sel)].every((el) => (el.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) >= n),
    /** @type {[string, number]} */ ([selector, min]),
    { timeout: 20000, polling: 50 },
  );
}

/**
 * Waits until every thumbnail near the viewport has arrived (lazy ones further down never load).
 * @param {import('playwright-core').Page} page
 */
export function waitImages(page) {
  return page.waitForFunction(
    () =>
      [...document.querySelectorAll('agenda-events, agenda-geo')]
        .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])])
        .filter((img) => img.getBoundingClientRect().top < innerHeight * 1.5)
        .every((img) => img.complete),
    undefined,
    { timeout: 20000, polling: 50 },
  );
}

/** Resolves after `ms` (lets late requests arrive). @param {number} ms */
const settle = (ms) => new Promise((r) => setTimeout(r, ms));

/** @param {Server} server @param {number} from @param {RegExp} pattern */
const count = (server, from, pattern) => server.hits.slice(from).filter((h) => pattern.test(h.path));

const LISTING = /^\/api\/demokey1\/json\/2(\/|$)/;
const CATEGORY = /\/json\/category/;
const IMAGE = /\/static\/im\//;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {Server} server
 */
export async function measureRequests(browser, server) {
  const result = {};
  let context = await browser.newContext();
  let page = await context.newPage();

  let from = server.hits.length;
  await page.goto(`${server.origin}/bench/ten-listings.html`);
  await waitCards(page, 'agenda-events');
  await settle(300);
  const listings = count(server, from, LISTING).length;
  result.tenListings = { listingRequests: listings, budget: 1, met: listings <= 1 };

  from = server.hits.length;
  await page.goto(`${server.origin}/bench/categories.html`);
  await waitCards(page, 'agenda-events, agenda-geo');
  await settle(1500); // the idle preload of the other elements, and whatever they fetch
  const categories = count(server, from, CATEGORY).length;
  result.categoryOnce = { categoryRequests: categories, budget: 1, met: categories <= 1 };
  await context.close();

  // Lazy thumbnails: a listing of up to 100 cards in a 1280×800 viewport; only cards near it may ask for
  // their image. Counted as the browser asks (the reference server encodes thumbnails slowly when cold).
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  let imageRequests = 0;
  page.on('request', (request) => {
    if (IMAGE.test(new URL(request.url()).pathname)) imageRequests += 1;
  });
  await page.goto(`${server.origin}/bench/long-listing.html`);
  await waitCards(page, 'agenda-events', 50);
  await settle(1000);
  const cards = await page.evaluate(() => document.querySelector('agenda-events')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0);
  const atLoad = imageRequests;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await settle(1000);
  const afterScroll = imageRequests;
  result.lazyThumbnails = { cards, imagesAtLoad: atLoad, imagesAfterScroll: afterScroll, met: atLoad > 0 && atLoad < cards / 3 && afterScroll > atLoad };
  await context.close();

  // Reload: the same page again in the same context. A request that does not reach the server came from
  // the HTTP cache; a 304 is a revalidation. Images count only if the first visit had already loaded them
  // (lazy ones further down may be first asked for during the reload).
  context = await browser.newContext();
  page = await context.newPage();
  from = server.hits.length;
  await page.goto(`${server.origin}/bench/one-listing.html`);
  await waitCards(page, 'agenda-events');
  await waitImages(page);
  await settle(1500);
  const seen = new Set(server.hits.slice(from).map((h) => h.path));
  let browserRequests = 0;
  page.on('request', () => (browserRequests += 1));
  from = server.hits.length;
  await page.reload();
  await waitCards(page, 'agenda-events');
  await waitImages(page);
  await settle(1500);
  const hits = server.hits.slice(from).filter((h) => seen.has(h.path));
  /** @param {RegExp} re */
  const by = (re) => {
    const matching = hits.filter((h) => re.test(h.path));
    return { network200: matching.filter((h) => h.status === 200).length, revalidated304: matching.filter((h) => h.status === 304).length };
  };
  const reload = { browserRequests, js: by(/\.js$/), listing: by(LISTING), images: by(IMAGE), html: by(/\.html$/) };
  result.reload = { ...reload, met: reload.js.network200 + reload.listing.network200 + reload.images.network200 === 0 };
  await context.close();
  return result;
}

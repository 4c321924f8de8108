// The demo pages as `npm start` serves them (Vite's dev server, the reference API at /api): the React 19 app
// drives the elements through typed props and hears their events, the municipality page wears Bootstrap,
// and the builder's preview searches addresses on the reference API. No page asks anything of a third party.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startDemoServer } from './demo-server.js';
import { cardCount, openPage, useHarness } from './harness.js';

const harness = useHarness({ start: startDemoServer });

/**
 * Opens a demo page, recording every request that leaves the dev server's origin.
 * @param {string} path
 */
async function openDemo(path) {
  const opened = await openPage(harness.browser, 'about:blank');
  /** @type {string[]} */
  const thirdParty = [];
  opened.page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${harness.server.origin}/`) && !url.startsWith('data:')) thirdParty.push(url);
  });
  await opened.page.goto(`${harness.server.origin}${path}`);
  return { ...opened, thirdParty };
}

/** @param {Awaited<ReturnType<typeof openDemo>>} opened asserts the console stayed clean and nothing left the site */
function clean({ log, thirdParty }) {
  assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
  assert.deepEqual(log.failedRequests, [], 'every request succeeded');
  assert.deepEqual(log.errors, [], 'no console error');
  assert.deepEqual(thirdParty, [], 'no request to a third party');
}

test('React demo: typed props reach the element, and React state follows its events', async () => {
  const opened = await openDemo('/demo/react.html');
  const { page } = opened;
  try {
    assert.equal(await cardCount(page), 6, 'limit={6} reached the element');
    const listing = page.locator('agenda-events');
    /** @param {Element} element */
    const props = (element) => {
      const { city, limit, layout, categories } = /** @type {import('../../src/index.ts').AgendaEvents} */ (element);
      return { city, limit, layout, categories };
    };
    assert.deepEqual(await listing.evaluate(props), { city: 2, limit: 6, layout: 'grid', categories: '' }, 'numbers and strings set as properties');
    await page.locator('#react-loaded').filter({ hasText: /^6 événement/ }).waitFor({ timeout: 5000 }); // onagenda-load → state

    // React state → prop: the layout select re-renders the app, React sets the element's property.
    await page.locator('select').selectOption('compact');
    await page.waitForFunction(() => /** @type {any} */ (document.querySelector('agenda-events')).layout === 'compact', undefined, { timeout: 5000 });

    // Element event → React state → another element's prop: a category chip sets the listing's categories.
    const chip = page.locator('agenda-categories [part~="chip"]').first();
    await chip.click();
    await page.waitForFunction(() => /** @type {any} */ (document.querySelector('agenda-events')).categories !== '', undefined, { timeout: 5000 });
    assert.match(await listing.evaluate((element) => /** @type {any} */ (element).categories), /^[a-z-]+$/, 'one category URI');

    // onagenda-select: the app shows the picked event and keeps the built-in detail closed.
    await cardCount(page);
    await page.locator('agenda-events [part~="card"]').first().click();
    await page.locator('#react-picked').filter({ hasText: /^#\d+ / }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('agenda-events dialog[open], agenda-event-dialog[open]').count(), 0, 'no dialog');
    clean(opened);
  } finally {
    await opened.close();
  }
});

test('municipality demo: Bootstrap from npm styles the page, the widgets list their events', async () => {
  const opened = await openDemo('/demo/municipality.html');
  const { page } = opened;
  try {
    assert.equal(await cardCount(page, '#events'), 9, 'the town listing');
    assert.ok((await cardCount(page, 'agenda-geo[locate]')) > 0, 'events around the town hall');
    assert.ok((await cardCount(page, 'agenda-geo[restricted]')) > 0, 'the key’s zone');
    const bootstrap = await page.evaluate(() => ({
      variables: getComputedStyle(document.documentElement).getPropertyValue('--bs-blue').trim(),
      activePill: getComputedStyle(/** @type {Element} */ (document.querySelector('.nav-link.active'))).backgroundColor,
    }));
    assert.deepEqual(bootstrap, { variables: '#0d6efd', activePill: 'rgb(255, 255, 255)' }, 'Bootstrap’s rules apply to the page (its pills in the town’s colours)');
    clean(opened);
  } finally {
    await opened.close();
  }
});

test('builder: colours as a CSS rule, and a preview that geocodes on the reference API', async () => {
  const opened = await openDemo('/demo/builder.html');
  const { page } = opened;
  try {
    await cardCount(page, '#preview agenda-events');

    await page.locator('#useAccent').check();
    await page.locator('#css-section').waitFor({ state: 'visible', timeout: 5000 });
    assert.match(await page.locator('#css-snippet').textContent() ?? '', /^agenda-events \{\n {2}--agenda-color-accent: #0b4f8a;/);
    assert.doesNotMatch(await page.locator('#snippet').textContent() ?? '', /style/, 'no style attribute in the snippet');
    await page.waitForFunction(
      () => getComputedStyle(/** @type {Element} */ (document.querySelector('#preview > *'))).getPropertyValue('--agenda-color-accent').trim() === '#0b4f8a',
      undefined,
      { timeout: 5000 },
    );

    await page.locator('input[name="element"][value="agenda-geo"]').check();
    const geo = page.locator('#preview agenda-geo');
    await geo.waitFor({ state: 'attached', timeout: 5000 });
    assert.equal(await geo.getAttribute('geocoder-base'), `${harness.server.origin}/api`, 'the preview asks the reference geocoder');
    assert.doesNotMatch(await page.locator('#snippet').textContent() ?? '', /geocoder-base/, 'the snippet keeps the production geocoder');

    const search = page.waitForRequest((request) => request.url().startsWith(`${harness.server.origin}/api/search/?q=Amiens`), { timeout: 10000 });
    await geo.locator('[part~="address-input"]').fill('Amiens');
    await search;
    await geo.locator('[part~="address-option"]').first().waitFor({ timeout: 10000 });
    clean(opened);
  } finally {
    await opened.close();
  }
});

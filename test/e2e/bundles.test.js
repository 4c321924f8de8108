// The files a partner loads, in a real browser: dist/agenda-widgets.js and dist/agenda-widgets.iife.js on
// plain pages (test/e2e/fixtures/), loaded twice or together, under a strict CSP, and from a deep CDN folder.

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { CSP, cardCount, openPage, styleReport, useHarness } from './harness.js';

const TAGS = ['agenda-events', 'agenda-geo', 'agenda-event', 'agenda-city-search', 'agenda-categories', 'agenda-provider'];

const harness = useHarness();

/**
 * Opens a fixture page once, shows its events, and keeps what it logged for the checks that follow.
 * @param {string} fixture file name in test/e2e/fixtures/
 * @param {(page: import('playwright-core').Page) => Promise<void>} [interact] what a visitor does next
 */
async function visit(fixture, interact) {
  const opened = await openPage(harness.browser, `${harness.server.origin}/fixtures/${fixture}`);
  try {
    const cards = await cardCount(opened.page);
    if (interact) await interact(opened.page);
    // The tags the page does not use are defined once it is loaded and idle: on a busy machine that can come
    // after the cards. Allow it 10 s; what is still undefined then is reported.
    await opened.page
      .waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 10_000 })
      .catch(() => {});
    const undefinedTags = await opened.page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), TAGS);
    const violations = /** @type {string[]} */ (await opened.page.evaluate(() => /** @type {any} */ (window).__cspViolations));
    const styles = await styleReport(opened.page);
    return { cards, undefinedTags, violations, styles, ...opened.log };
  } finally {
    await opened.close();
  }
}

/** Errors Chromium logs when the CSP refuses something; checked apart from the other console errors. */
const isCspMessage = (/** @type {string} */ message) => /Content Security Policy/i.test(message);

/**
 * The checks every page passes: its four events, no exception, no failed request, no console error.
 * @param {Awaited<ReturnType<typeof visit>>} result
 */
function rendersCleanly(result) {
  assert.equal(result.cards, 4, 'limit="4" shows four event cards');
  assert.deepEqual(result.pageErrors, [], 'no uncaught exception');
  assert.deepEqual(result.failedRequests, [], 'every request succeeded');
  assert.deepEqual(result.errors.filter((message) => !isCspMessage(message)), [], 'no console error');
}

describe('ES module bundle on a plain page', () => {
  /** @type {Awaited<ReturnType<typeof visit>>} */
  let result;
  before(async () => (result = await visit('es.html')));

  test('shows the events of <agenda-events city="2">, with nothing in the console', () => {
    rendersCleanly(result);
    assert.deepEqual(result.warnings, [], 'no warning (Lit production build: no dev-mode or multiple-versions notice)');
  });
  test('registers every element', () => {
    assert.deepEqual(result.undefinedTags, [], 'every public tag is defined');
  });
});

describe('classic script (IIFE) bundle on a plain page', () => {
  test('shows the events of <agenda-events city="2">, exposes window.AgendaWidgets', async () => {
    /** @type {unknown} */
    let configure;
    const result = await visit('iife.html', async (page) => {
      configure = await page.evaluate(() => typeof (/** @type {any} */ (window).AgendaWidgets?.configure));
    });
    rendersCleanly(result);
    assert.deepEqual(result.warnings, [], 'no warning');
    assert.equal(configure, 'function', 'window.AgendaWidgets.configure');
  });
});

describe('classic script (IIFE) bundle, deferred, configured on DOMContentLoaded', () => {
  test('the elements use the key and API the page configures, without a configuration error first', async () => {
    /** @type {unknown} */
    let agendaErrors;
    const result = await visit('iife-defer-configure.html', async (page) => {
      agendaErrors = await page.evaluate(() => /** @type {any} */ (window).__agendaErrors);
    });
    rendersCleanly(result);
    assert.deepEqual(agendaErrors, [], 'no agenda-error event');
    assert.deepEqual(result.warnings, [], 'no warning (a missing key would warn)');
  });
});

for (const [fixture, label] of [
  ['es-twice.html', 'ES bundle twice and another copy of it'],
  ['iife-twice.html', 'IIFE bundle twice'],
  ['es-and-iife.html', 'ES and IIFE bundles together'],
  ['configure-other-copy.html', 'configure() from a second copy'],
]) {
  describe(label, () => {
    /** @type {Awaited<ReturnType<typeof visit>>} */
    let result;
    before(async () => (result = await visit(fixture)));

    test('nothing breaks: events shown, no exception, no error', () => rendersCleanly(result));
    test('at most one warning', () => {
      assert.ok(result.warnings.length <= 1, `got ${result.warnings.length}:\n${result.warnings.join('\n')}`);
    });
  });
}

for (const [fixture, label] of [
  ['csp.html', 'ES bundle'],
  ['csp-iife.html', 'IIFE bundle'],
]) {
  describe(`${label} under "${CSP}"`, () => {
    /** @type {Awaited<ReturnType<typeof visit>>} */
    let result;
    before(async () => {
      result = await visit(fixture, async (page) => {
        // Open the detail dialog too: lazily loaded chunks, the sanitized description, the dialog's styles.
        await page.locator('agenda-events [part~="card"] button').first().click();
        await page.locator('agenda-event [part~="detail"]').first().waitFor({ timeout: 10000 });
      });
    });

    test('shows events; styles are adopted, never injected as <style>', () => {
      rendersCleanly(result);
      assert.equal(result.styles.inlineStyles, 0, 'no <style> element in the document or any shadow root');
      assert.ok(result.styles.shadowRoots > 0, 'elements rendered into shadow roots');
      assert.equal(result.styles.adopting, result.styles.shadowRoots, 'every shadow root adopts its style sheets');
    });
    test('no securitypolicyviolation', () => {
      assert.deepEqual(result.violations, [], 'securitypolicyviolation events');
      assert.deepEqual(result.errors.filter(isCspMessage), [], 'CSP errors in the console');
    });
  });
}

test('chunks load relative to the script, from a deep CDN folder', async (t) => {
  /** @type {string[]} */
  const scripts = [];
  let dialog = false;
  const result = await visit('deep.html', async (page) => {
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.locator('agenda-events [part~="card"] button').first().click();
    dialog = await page
      .locator('agenda-event-dialog')
      .first()
      .waitFor({ state: 'attached', timeout: 5000 })
      .then(() => true)
      .catch(() => false);
    if (dialog) await page.locator('agenda-event [part~="detail"]').first().waitFor({ timeout: 10000 });
  });
  rendersCleanly(result);
  if (!dialog) {
    t.skip('detail="dialog" opens no dialog yet: no lazily loaded chunk to check');
    return;
  }
  assert.ok(scripts.length > 0, 'opening the dialog loaded at least one chunk');
  assert.ok(
    scripts.every((path) => path.startsWith('/cdn/a/b/c/chunks/')),
    `chunks come from the script's own folder: ${scripts.join(', ')}`,
  );
});

/**
 * Opens `fixture` with the requests matching `blocked` failing, as a missing chunk or a module refused for
 * want of CORS headers does; returns what the listing then shows and what the page heard.
 * @param {string} fixture @param {string} blocked a URL glob
 */
async function visitUnloaded(fixture, blocked) {
  const context = await harness.browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {string[]} */
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.route(blocked, (route) => route.abort());
    await page.addInitScript(() => {
      const heard = /** @type {unknown[]} */ ([]);
      Object.defineProperty(window, '__agendaErrors', { value: heard });
      document.addEventListener('agenda-error', (event) => heard.push(/** @type {any} */ (event).detail));
    });
    await page.goto(`${harness.server.origin}/fixtures/${fixture}`);
    const notice = page.locator('agenda-events > p[role="alert"]');
    await notice.waitFor({ timeout: 10_000 });
    return {
      text: await notice.textContent(),
      lang: await notice.getAttribute('lang'),
      heard: await page.evaluate(() => /** @type {any} */ (window).__agendaErrors),
      // The reserved box gives way to the words: the element is about as tall as one line of them.
      height: await page.locator('agenda-events').evaluate((element) => element.getBoundingClientRect().height),
      pageErrors,
    };
  } finally {
    await context.close();
  }
}

test('an element whose chunk cannot load says so in its box, and the page hears agenda-error', async () => {
  const result = await visitUnloaded('es.html', '**/chunks/agenda-events-*.js');
  assert.equal(result.text, 'The events could not be loaded. Please try again later.');
  assert.deepEqual(result.heard, [{ code: 'network', message: result.text }]);
  assert.ok(result.height < 100, `no reserved box above the words (${result.height} px)`);
  assert.deepEqual(result.pageErrors, [], 'no uncaught exception');
});

test('the loader does not depend on the shared chunk: when that is missing too, the elements say so', async () => {
  // An old loader cached across a release asks for chunks the server no longer has, the shared one first.
  const result = await visitUnloaded('es.html', '**/chunks/core-*.js');
  assert.equal(result.text, 'The events could not be loaded. Please try again later.');
  assert.deepEqual(result.heard, [{ code: 'network', message: result.text }]);
  assert.deepEqual(result.pageErrors, [], 'no uncaught exception');
});

test('the classic script says so too when the ES bundle beside it is refused', async () => {
  const result = await visitUnloaded('iife.html', '**/dist/agenda-widgets.js');
  assert.equal(result.lang, 'en', 'in the page’s language');
  assert.equal(result.text, 'The events could not be loaded. Please try again later.');
  assert.deepEqual(result.heard, [{ code: 'network', message: result.text }]);
  assert.deepEqual(result.pageErrors, [], 'no uncaught exception');
});

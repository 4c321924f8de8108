// Neither side's styles leak (demo/municipality.html is themed with Bootstrap): the same page, with and
// without Bootstrap, with and without the widgets. Widget parts compute the same styles whether Bootstrap is
// on the page or not; the page's own elements compute the same styles whether the widgets loaded or not.
// Only what the widgets document as inherited from the page (font, text colour: set once on body) may
// follow the page, so the widgets are given those tokens explicitly here (and body the same margin, so widths
// compare too).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, cardCount, openPage, useHarness } from './harness.js';

const harness = useHarness();
const BOOTSTRAP = readFileSync(join(ROOT, 'node_modules/bootstrap/dist/css/bootstrap.min.css'), 'utf8');

/** Page elements Bootstrap styles, and widget parts, whose computed styles are compared. */
const HOST = ['h1', 'h2.h4', 'p.lead', 'a.btn.btn-primary', 'ul.list-group > li.list-group-item', 'button', 'input.form-control', 'dialog'];
const PARTS = ['list', 'card', 'title', 'date', 'venue', 'category', 'thumbnail', 'more'];
const PROPERTIES = ['display', 'box-sizing', 'margin-top', 'margin-bottom', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'border-radius', 'font-size', 'font-weight', 'line-height', 'color', 'background-color', 'text-decoration-line', 'width'];

/**
 * A host page: optionally Bootstrap, optionally the ES bundle with one listing.
 * @param {{bootstrap: boolean, widgets: boolean}} options
 */
function hostPage({ bootstrap, widgets }) {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Host</title>
${bootstrap ? '<link rel="stylesheet" href="/host/bootstrap.min.css">' : ''}
${widgets ? '<script type="module" src="/dist/agenda-widgets.js"></script>' : ''}
</head>
<body style="margin: 0; --agenda-font: sans-serif; --agenda-color-text: #222222">
<h1>Agenda</h1><h2 class="h4">Cette semaine</h2><p class="lead">Concerts et spectacles.</p>
<a class="btn btn-primary" href="#">Tout voir</a>
<ul class="list-group"><li class="list-group-item">Mairie</li></ul>
<button type="button">Fermer</button><input class="form-control" value="Amiens"><dialog>Info</dialog>
${widgets ? '<agenda-events api-key="demokey1" api-base="/api" city="2" limit="3"></agenda-events>' : ''}
</body>
</html>
`;
}

/**
 * Opens a host page and returns the computed styles of `selectors` (pierces shadow roots), as one object.
 * @param {{bootstrap: boolean, widgets: boolean}} options
 * @param {string[]} selectors
 */
async function computed(options, selectors) {
  const { page, log, close } = await openPage(harness.browser, `${harness.server.origin}/fixtures/builder-blank.html`);
  try {
    await page.route(`${harness.server.origin}/host/**`, (route) =>
      route.request().url().endsWith('.css')
        ? route.fulfill({ body: BOOTSTRAP, contentType: 'text/css; charset=utf-8' })
        : route.fulfill({ body: hostPage(options), contentType: 'text/html; charset=utf-8' }),
    );
    await page.goto(`${harness.server.origin}/host/page.html`);
    // Guards against a vacuous pass: Bootstrap is on the page exactly when asked for.
    const bootstrapBlue = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--bs-blue').trim());
    assert.equal(bootstrapBlue, options.bootstrap ? '#0d6efd' : '', 'Bootstrap’s style sheet applies');
    if (options.widgets) {
      await cardCount(page);
      await page.locator('agenda-events [part~="more"]').waitFor({ timeout: 15000 });
    }
    /** @type {Record<string, Record<string, string>>} */
    const styles = {};
    for (const selector of selectors) {
      styles[selector] = await page.locator(selector).first().evaluate(
        (element, properties) => Object.fromEntries(properties.map((name) => [name, getComputedStyle(element).getPropertyValue(name)])),
        PROPERTIES,
      );
    }
    assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
    assert.deepEqual(log.failedRequests, [], 'every request succeeded');
    return styles;
  } finally {
    await close();
  }
}

test('Bootstrap on the page does not change the widget’s parts', async () => {
  const selectors = PARTS.map((part) => `agenda-events [part~="${part}"]`);
  const without = await computed({ bootstrap: false, widgets: true }, selectors);
  const withBootstrap = await computed({ bootstrap: true, widgets: true }, selectors);
  assert.deepEqual(withBootstrap, without);
});

test('the widgets do not change the page’s own elements', async () => {
  const without = await computed({ bootstrap: true, widgets: false }, HOST);
  const withWidgets = await computed({ bootstrap: true, widgets: true }, HOST);
  assert.deepEqual(withWidgets, without);
});

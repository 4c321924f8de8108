// The snippet builder's promise (demo/builder.html): the code it shows, pasted into a blank HTML page, works.
// The snippet comes from demo/builder/snippet.js, the same function the page uses; the pasted page is
// served next to dist/ and the reference API, and opened in Chromium.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { INITIAL_STATE, attributesOf, buildCss, buildSnippet, previewAttributesOf, problemsOf } from '../../demo/builder/snippet.js';
import { CSP, cardCount, openPage, useHarness } from './harness.js';

const harness = useHarness();

/** @returns {import('../../demo/builder/snippet.js').Target} the test server's built file and API, as absolute URLs */
const target = () => ({ scriptUrl: `${harness.server.origin}/dist/agenda-widgets.js`, apiBase: `${harness.server.origin}/api` });

/**
 * Serves a blank page holding only `snippet` (and, given `css`, the partner's own style sheet holding it, under
 * the strict CSP `style-src 'self'`), opens it, and returns the page with what it logged.
 * @param {string} snippet
 * @param {string} [css]
 */
async function paste(snippet, css) {
  const opened = await openPage(harness.browser, `${harness.server.origin}/fixtures/builder-blank.html`);
  const url = `${harness.server.origin}/fixtures/builder-pasted.html`;
  const sheet = css === undefined ? '' : '<link rel="stylesheet" href="/fixtures/partner.css">';
  const body = `<!doctype html>\n<html>\n<head><meta charset="utf-8"><title>Pasted</title>${sheet}</head>\n<body>\n${snippet}</body>\n</html>\n`;
  /** @type {Record<string, string>} */
  const headers = css === undefined ? {} : { 'content-security-policy': CSP };
  await opened.page.route(url, (route) => route.fulfill({ body, headers, contentType: 'text/html; charset=utf-8' }));
  await opened.page.route(`${harness.server.origin}/fixtures/partner.css`, (route) => route.fulfill({ body: css, contentType: 'text/css; charset=utf-8' }));
  await opened.page.goto(url);
  return opened;
}

/** @param {Awaited<ReturnType<typeof paste>>['log']} log asserts the console stayed clean */
function quiet(log) {
  assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
  assert.deepEqual(log.failedRequests, [], 'every request succeeded');
  assert.deepEqual(log.errors, [], 'no console error');
  assert.deepEqual(log.warnings, [], 'no warning');
}

describe('snippet generation', () => {
  test('lists the attributes in order, api-base only when not the default', () => {
    const state = { ...INITIAL_STATE, categories: ['concert', 'theatre'], accent: '#0b4f8a' };
    assert.deepEqual(attributesOf(state, 'https://api.agendaculturel.fr').map(([name]) => name), [
      'api-key', 'city', 'categories', 'layout', 'limit', 'theme', 'lang',
    ]);
    assert.ok(attributesOf(state, 'http://127.0.0.1:1/api').some(([name, value]) => name === 'api-base' && value === 'http://127.0.0.1:1/api'));
  });

  test('escapes every value and drops invalid colours', () => {
    const snippet = buildSnippet(
      { ...INITIAL_STATE, accent: 'red;background:url(x)', text: '#12345g' },
      { scriptUrl: 'https://cdn.example.org/a.js?"><script>alert(1)</script>', apiBase: 'https://x.example/"<api>' },
    );
    assert.ok(!snippet.includes('<script>alert'), 'no injected tag');
    assert.match(snippet, /src="https:\/\/cdn\.example\.org\/a\.js\?&quot;&gt;&lt;script&gt;/);
    assert.match(snippet, /api-base="https:\/\/x\.example\/&quot;&lt;api&gt;"/);
    assert.ok(!snippet.includes('style='), 'no style attribute');
    assert.equal(buildCss({ ...INITIAL_STATE, accent: 'red;background:url(x)', text: '#12345g' }), '', 'no rule without a valid #rrggbb colour');
  });

  test('colours are a CSS rule for the partner’s style sheet, not a style attribute (strict CSP)', () => {
    const state = { ...INITIAL_STATE, accent: '#0b4f8a', text: '#1b1b1f' };
    assert.ok(!buildSnippet(state, target()).includes('style'), 'the snippet has no style attribute');
    assert.equal(
      buildCss(state),
      'agenda-events {\n  --agenda-color-accent: #0b4f8a;\n  --agenda-color-focus: #0b4f8a;\n  --agenda-color-text: #1b1b1f;\n}\n',
    );
    assert.match(buildCss({ ...state, element: 'agenda-geo' }), /^agenda-geo \{/);
  });

  test('the preview of agenda-geo locate asks the reference geocoder; the snippet keeps the default one', () => {
    const geo = { ...INITIAL_STATE, element: /** @type {const} */ ('agenda-geo') };
    const preview = previewAttributesOf(geo, target().apiBase, `${harness.server.origin}/api`);
    assert.ok(preview.some(([name, value]) => name === 'geocoder-base' && value === `${harness.server.origin}/api`));
    assert.ok(!buildSnippet(geo, target()).includes('geocoder-base'), 'the pasted code uses the production geocoder');
    const restricted = previewAttributesOf({ ...geo, geoMode: 'restricted' }, target().apiBase, `${harness.server.origin}/api`);
    assert.ok(!restricted.some(([name]) => name === 'geocoder-base'), 'no geocoder without locate');
  });

  test('geo: locate with a radius, or restricted with none', () => {
    const names = (/** @type {'locate' | 'restricted'} */ geoMode) =>
      attributesOf({ ...INITIAL_STATE, element: 'agenda-geo', geoMode }, '').map(([name, value]) => `${name}=${value}`);
    assert.ok(names('locate').includes('locate=') && names('locate').includes('radius=10'));
    assert.ok(names('restricted').includes('restricted=') && !names('restricted').some((entry) => entry.startsWith('radius')));
  });

  test('names what is missing', () => {
    assert.deepEqual(problemsOf(INITIAL_STATE, target()), []);
    assert.equal(problemsOf({ ...INITIAL_STATE, apiKey: 'short', element: 'agenda-event' }, { scriptUrl: 'cdn/a.js', apiBase: '' }).length, 3);
  });
});

describe('a pasted snippet works on a blank page', () => {
  test('agenda-events: the events of the town, in the chosen layout and accent colour, under a strict CSP', async () => {
    const state = { ...INITIAL_STATE, categories: ['concert'], layout: /** @type {const} */ ('grid'), limit: 3, accent: '#0b4f8a' };
    const { page, log, close } = await paste(buildSnippet(state, target()), buildCss(state));
    try {
      const cards = await cardCount(page);
      assert.ok(cards > 0 && cards <= 3, `shows 1 to 3 cards (got ${cards})`);
      const accent = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('agenda-events'))).getPropertyValue('--agenda-color-accent').trim());
      assert.equal(accent, '#0b4f8a', 'the rule from the partner’s style sheet applies');
      assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__cspViolations), [], 'nothing blocked by the CSP');
      quiet(log);
    } finally {
      await close();
    }
  });

  test('agenda-geo restricted with a zone key, in English', async () => {
    const state = { ...INITIAL_STATE, element: /** @type {const} */ ('agenda-geo'), geoMode: /** @type {const} */ ('restricted'), apiKey: 'zonekey1', lang: /** @type {const} */ ('en'), layout: /** @type {const} */ ('compact') };
    const { page, log, close } = await paste(buildSnippet(state, target()));
    try {
      assert.ok((await cardCount(page, 'agenda-geo')) > 0, 'shows the zone’s events');
      quiet(log);
    } finally {
      await close();
    }
  });

  test('agenda-event: the event of a given number', async () => {
    const answer = await fetch(`${harness.server.origin}/api/demokey1/json/2`).then((response) => response.json());
    const eventId = answer.events?.[0]?.id_agenda;
    assert.ok(eventId, 'Amiens has an event to show');
    const { page, log, close } = await paste(buildSnippet({ ...INITIAL_STATE, element: 'agenda-event', eventId: String(eventId) }, target()));
    try {
      await page.locator('agenda-event h2').first().waitFor({ timeout: 15000 });
      quiet(log);
    } finally {
      await close();
    }
  });
});

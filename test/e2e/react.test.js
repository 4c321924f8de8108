// A builder snippet inside a React 19 app: the snippet's script tag (the built dist/ bundle) in the page, its
// element rendered by React with typed props (fixtures/react-app/app.tsx, bundled here with esbuild into a
// temporary folder), and React's handlers receiving agenda-load (an `onagenda-load` prop) and agenda-select
// (a ref and addEventListener, calling preventDefault()).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { INITIAL_STATE, attributesOf, buildSnippet } from '../../demo/builder/snippet.js';
import { ROOT, cardCount, openPage, useHarness } from './harness.js';

const harness = useHarness();
/** The React app bundled by esbuild (React in production mode, as an app would ship it). */
let appBundle = '';

// The app bundle is built once for the file (the harness's own before hook has already checked dist/).
before(() => {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-react-'));
  try {
    const outfile = join(dir, 'app.js');
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/esbuild'),
      ['test/e2e/fixtures/react-app/app.tsx', '--bundle', '--format=esm', '--jsx=automatic', '--define:process.env.NODE_ENV="production"', `--outfile=${outfile}`, '--log-level=error'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(result.status, 0, `esbuild: ${result.stderr}`);
    appBundle = readFileSync(outfile, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The host page of the React app: the snippet's script tag, the app, and the element's attributes as JSON.
 * @param {string} script the snippet's `<script>` line
 * @param {import('../../demo/builder/snippet.js').Attribute[]} attributes
 */
function hostPage(script, attributes) {
  const json = JSON.stringify(Object.fromEntries(attributes)).replace(/</g, '\\u003c');
  return `<!doctype html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>React app</title>\n${script}\n<script type="module" src="/react-app/app.js"></script>\n</head>\n<body>\n<div id="root"></div>\n<script type="application/json" id="snippet-attributes">${json}</script>\n</body>\n</html>\n`;
}

test('a React 19 app renders the snippet’s element and hears its typed events', async () => {
  const target = { scriptUrl: `${harness.server.origin}/dist/agenda-widgets.js`, apiBase: `${harness.server.origin}/api` };
  const state = { ...INITIAL_STATE, layout: /** @type {const} */ ('grid'), limit: 4 };
  const [script] = buildSnippet(state, target).split('\n');
  assert.match(script, /^<script type="module" blocking="render" src="[^"]+\/dist\/agenda-widgets\.js"><\/script>$/);

  const { page, log, close } = await openPage(harness.browser, `${harness.server.origin}/fixtures/builder-blank.html`);
  try {
    await page.route(`${harness.server.origin}/react-app/**`, (route) =>
      route.request().url().endsWith('/app.js')
        ? route.fulfill({ body: appBundle, contentType: 'text/javascript; charset=utf-8' })
        : route.fulfill({ body: hostPage(script, attributesOf(state, target.apiBase)), contentType: 'text/html; charset=utf-8' }),
    );
    await page.goto(`${harness.server.origin}/react-app/index.html`);

    assert.equal(await cardCount(page), 4, 'the limit prop reached the element');
    assert.equal(await page.locator('agenda-events').evaluate((element) => /** @type {import('../../src/index.ts').AgendaEvents} */ (element).layout), 'grid', 'the layout prop reached the element');
    await page.locator('#loads').filter({ hasText: '4' }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator('#loads').textContent(), '4', 'onagenda-load ran once, with the page’s items');

    await page.locator('agenda-events [part~="card"]').first().click();
    await page.locator('#selected').filter({ hasText: /^\d+$/ }).waitFor({ timeout: 5000 }); // the event's id
    assert.equal(await page.locator('agenda-events dialog[open], agenda-event-dialog[open]').count(), 0, 'preventDefault() in the React handler kept the dialog closed');

    assert.deepEqual(log.pageErrors, [], 'no uncaught exception');
    assert.deepEqual(log.failedRequests, [], 'every request succeeded');
    assert.deepEqual(log.errors, [], 'no console error');
  } finally {
    await close();
  }
});

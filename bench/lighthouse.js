// Lighthouse (the npm package) on the demo pages, served against the built bundle, driving Debian's
// Chromium through chrome-launcher with the project's flags: performance and accessibility scores.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.js';

// chrome-launcher is Lighthouse's own dependency, not the project's: take the copy Lighthouse depends on
// (another, older one is hoisted for @web/test-runner-chrome).
const fromLighthouse = createRequire(import.meta.resolve('lighthouse'));
/** @type {typeof import('chrome-launcher')} */
const chromeLauncher = await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);

const PAGES = ['/', '/demo/venue.html', '/demo/municipality.html'];

/** @param {string} origin */
export async function measureLighthouse(origin) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  const rows = [];
  try {
    for (const path of PAGES) {
      const result = await lighthouse(
        `${origin}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        // Desktop settings, no simulated throttling on top of the loopback: the scores compare builds on
        // this machine, they do not predict a phone on 4G.
        {
          extends: 'lighthouse:default',
          settings: {
            formFactor: 'desktop',
            screenEmulation: { disabled: true },
            throttlingMethod: 'provided',
            maxWaitForLoad: 20000,
            skipAboutBlank: true,
            // Screenshots and the back/forward-cache check (which navigates away and back) take most of the
            // time and count for neither score.
            disableFullPageScreenshot: true,
            skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'],
          },
        },
      );
      const lhr = result?.lhr;
      const score = (/** @type {string} */ id) => Math.round((lhr?.categories[id]?.score ?? 0) * 100);
      const audit = (/** @type {string} */ id) => lhr?.audits[id]?.numericValue;
      rows.push({
        page: path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        lcpMs: Math.round(audit('largest-contentful-paint') ?? 0),
        tbtMs: Math.round(audit('total-blocking-time') ?? 0),
        cls: Number((audit('cumulative-layout-shift') ?? 0).toFixed(3)),
        // What moved most, so a layout shift on a demo page can be traced.
        shifted: /** @type {any[]} */ (/** @type {any} */ (lhr?.audits['layout-shifts']?.details)?.items ?? [])
          .slice(0, 3)
          .map((item) => `${item.node?.selector ?? '?'} (${Number(item.score).toFixed(3)})`),
        failedA11y: Object.values(lhr?.audits ?? {})
          .filter((a) => a.score === 0 && lhr?.categories.accessibility.auditRefs.some((ref) => ref.id === a.id))
          .map((a) => a.id),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

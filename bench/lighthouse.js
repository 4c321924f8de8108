// Lighthouse (the npm package) on the demo pages, served against the built bundle, driving Debian's
// Chromium through chrome-launcher with the project's flags: performance and accessibility scores.

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.js';

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

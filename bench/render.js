// Rendering: time from the API's answer to N cards in the DOM, <agenda-events> against the vanilla-DOM
// baseline (pages/baseline.js), both in the same page with the API stubbed (pages/stub-api.js); medians.
// Frames: the longest frame while "more" appends a page of 100 cards.
/* global window, customElements -- the functions given to page.evaluate run in the page */

import { median } from './stats.js';

export const BUDGET = { ratio: 1.5, frameMs: 16 };
const SIZES = [15, 100, 1000];
const RUNS = 5;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
async function openRenderPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Thumbnails are irrelevant here (they load after the cards): answer them empty, off the network.
  await page.route('**/static/im/**', (route) => route.fulfill({ status: 204 }));
  await page.goto(`${origin}/bench/render.html`);
  await page.waitForFunction(() => 'renderOnce' in window && customElements.get('agenda-events') !== undefined, undefined, { timeout: 20000 });
  return { page, close: () => context.close() };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
export async function measureRender(browser, origin) {
  const { page, close } = await openRenderPage(browser, origin);
  let city = 100;
  const rows = [];
  try {
    for (const n of SIZES) {
      /** @type {{component: number[], baseline: number[]}} */
      const times = { component: [], baseline: [] };
      // One warm-up of each (JIT, style sheets), then alternate so noise from the shared machine hits both.
      // 1,000 cards take seconds a run: fewer runs keep the whole bench to a few minutes.
      const runs = n >= 1000 ? 2 : RUNS;
      for (let run = -1; run < runs; run += 1) {
        for (const kind of /** @type {const} */ (['component', 'baseline'])) {
          city += 1;
          const ms = await page.evaluate(([k, size, c]) => /** @type {any} */ (window).renderOnce(k, size, c), /** @type {const} */ ([kind, n, city]));
          if (run >= 0) times[kind].push(ms);
        }
      }
      const component = median(times.component);
      const baseline = median(times.baseline);
      const ratio = component / baseline;
      rows.push({ events: n, componentMs: round(component), baselineMs: round(baseline), ratio: round(ratio, 2), budget: BUDGET.ratio, met: ratio <= BUDGET.ratio });
    }
  } finally {
    await close();
  }
  return rows;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
export async function measureFrames(browser, origin) {
  const { page, close } = await openRenderPage(browser, origin);
  try {
    await page.evaluate(() => /** @type {any} */ (window).framesOnce(5000)); // warm-up
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await page.evaluate((c) => /** @type {any} */ (window).framesOnce(c), 5001 + i));
    const maxFrame = Math.max(...runs.map((r) => r.maxFrame));
    const appendWork = median(runs.map((r) => r.appendWork));
    const longFrames = runs.flatMap((r) => r.longFrames);
    return {
      appendWorkMs: round(appendWork),
      maxFrameIntervalMs: round(maxFrame),
      longAnimationFrames: longFrames.length,
      longestAnimationFrameMs: longFrames.length ? round(Math.max(...longFrames)) : 0,
      budgetMs: BUDGET.frameMs,
      // The append's own work must fit one frame, and no rAF interval may stretch past one 60 Hz frame
      // (+ 2 ms of timer jitter): that would be a dropped frame.
      met: appendWork < BUDGET.frameMs && maxFrame < 1000 / 60 + 2,
    };
  } finally {
    await close();
  }
}

/** @param {number} value @param {number} [digits] */
function round(value, digits = 1) {
  return Number(value.toFixed(digits));
}

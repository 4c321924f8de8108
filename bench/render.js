// Rendering: time from the API's answer to N cards in the DOM, <agenda-events> against the vanilla-DOM
// baseline (pages/baseline.js), both in the same page with the API stubbed (pages/stub-api.js). Each run
// gives its wall-clock time and its main-thread CPU time (trace.js); the verdict compares the medians of
// CPU time, which a busy shared machine does not distort (wall-clock time is reported beside it).
/* global window, customElements -- the functions given to page.evaluate run in the page */

import { median, round } from './stats.js';
import { traced } from './trace.js';

export const BUDGET = { ratio: 1.5 };
const SIZES = [15, 100, 1000];

/**
 * The render page in a fresh context: the stubbed API, the bundle and the runners.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
export async function openRenderPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Thumbnails are irrelevant here (they load after the cards): answer them empty, off the network.
  await page.route('**/static/im/**', (route) => route.fulfill({ status: 204 }));
  await page.goto(`${origin}/bench/render.html`);
  await page.waitForFunction(() => 'framesOnce' in window && customElements.get('agenda-events') !== undefined, undefined, { timeout: 20000 });
  return { page, close: () => context.close() };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {'component' | 'baseline'} kind @param {number} n @param {number} city
 * @returns {Promise<{run: number, nodesPerCard: number}>}
 */
function renderOnce(page, kind, n, city) {
  return page.evaluate(([k, size, c]) => /** @type {any} */ (window).renderOnce(k, size, c), /** @type {const} */ ([kind, n, city]));
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
      // Untimed warm-up runs first (JIT tiers, style sheets, Lit's template preparation): both sides are
      // compared in their steady state, which the first runs of a size have not reached yet. 15 cards take a
      // few ms, where one descheduling on a shared machine moves a run by half: many runs keep that median
      // steady. With 5 runs of 100 and 3 of 1,000 the verdict flipped between two runs on a quiet machine
      // (1,000 cards: 1.63× then 0.92×); 11 and 7 hold it, for about ten seconds more.
      const [warmUps, runs] = n >= 1000 ? [2, 7] : n >= 100 ? [3, 11] : [5, 25];
      for (let i = 0; i < warmUps; i += 1) {
        for (const kind of /** @type {const} */ (['component', 'baseline'])) await renderOnce(page, kind, n, (city += 1));
      }
      const { result, trace } = await traced(page, async () => {
        /** @type {{kind: 'component' | 'baseline', run: number, nodesPerCard: number}[]} */
        const done = [];
        // Alternated, so a busy moment of the shared machine hits both sides.
        for (let i = 0; i < runs; i += 1) {
          for (const kind of /** @type {const} */ (['component', 'baseline'])) done.push({ kind, ...(await renderOnce(page, kind, n, (city += 1))) });
        }
        return done;
      });
      /** @param {'component' | 'baseline'} kind */
      const side = (kind) => {
        const mine = result.filter((r) => r.kind === kind);
        const spans = mine.map((r) => [trace.mark(`bench:answer:${r.run}`), trace.mark(`bench:cards:${r.run}`)]);
        const cpu = spans.map(([from, to]) => trace.cpuMs(from, to));
        const wall = spans.map(([from, to]) => (to - from) / 1000);
        return {
          cpuMs: round(median(cpu)),
          wallMs: round(median(wall)),
          tasks: Math.max(...spans.map(([from, to]) => trace.tasksBetween(from, to))),
          nodesPerCard: round(mine[0].nodesPerCard),
          runs: { cpuMs: cpu.map((v) => round(v)), wallMs: wall.map((v) => round(v)) },
        };
      };
      const component = side('component');
      const baseline = side('baseline');
      const ratio = component.cpuMs / baseline.cpuMs;
      rows.push({
        events: n,
        component,
        baseline,
        ratio: round(ratio, 2),
        wallRatio: round(component.wallMs / baseline.wallMs, 2),
        budget: BUDGET.ratio,
        met: ratio <= BUDGET.ratio,
      });
    }
  } finally {
    await close();
  }
  return rows;
}

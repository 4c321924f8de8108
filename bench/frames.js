// Frames while "more" appends a page: a 100-card list gets 100 more cards, <agenda-events> (its "more"
// button) and the vanilla baseline (appending to its list), on the stubbed API. Every frame must stay under
// 16 ms. The verdict uses each frame's main-thread CPU time from a trace (the rendering task of the frame
// plus every task since the previous one: trace.js), which a busy machine does not inflate; the longest
// requestAnimationFrame interval and the Long Animation Frames (wall clock) are reported beside it.
/* global window -- the functions given to page.evaluate run in the page */

import { openRenderPage } from './render.js';
import { median, round } from './stats.js';
import { traced } from './trace.js';

export const BUDGET = { frameMs: 16 };
// Five: with three, one descheduled run beside one slow one decided the verdict on this shared machine.
const RUNS = 5;

/**
 * @param {import('playwright-core').Page} page @param {'component' | 'baseline'} kind @param {number} city
 * @returns {Promise<{longestFrameCpuMs: number, appendCpuMs: number, maxIntervalMs: number, longAnimationFrames: number[]}>}
 */
async function framesOnce(page, kind, city) {
  const { result, trace } = await traced(page, () =>
    page.evaluate(([k, c]) => /** @type {any} */ (window).framesOnce(k, c), /** @type {const} */ ([kind, city])),
  );
  const from = trace.mark('bench:more');
  const to = trace.mark('bench:frames-end');
  const frames = trace.frameCpuMs(from, to, 'bench:frame:');
  const answer = trace.mark(`bench:answer:${result.run}`);
  return {
    longestFrameCpuMs: Math.max(0, ...frames),
    // The append alone: answer → 200 cards in the DOM, before any layout of them.
    appendCpuMs: trace.cpuMs(answer, trace.mark(`bench:cards:${result.run}`)),
    maxIntervalMs: result.maxIntervalMs,
    longAnimationFrames: result.longAnimationFrames,
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 */
export async function measureFrames(browser, origin) {
  const { page, close } = await openRenderPage(browser, origin);
  let city = 5000;
  try {
    /** @type {Record<'component' | 'baseline', Awaited<ReturnType<typeof framesOnce>>[]>} */
    const runs = { component: [], baseline: [] };
    for (const kind of /** @type {const} */ (['component', 'baseline'])) await framesOnce(page, kind, (city += 1)); // warm-up
    for (let i = 0; i < RUNS; i += 1) {
      for (const kind of /** @type {const} */ (['component', 'baseline'])) runs[kind].push(await framesOnce(page, kind, (city += 1)));
    }
    /** @param {'component' | 'baseline'} kind */
    const side = (kind) => {
      const mine = runs[kind];
      const loaf = mine.flatMap((r) => r.longAnimationFrames);
      return {
        // Median over runs of each run's longest frame: one descheduled moment does not decide.
        longestFrameCpuMs: round(median(mine.map((r) => r.longestFrameCpuMs))),
        appendCpuMs: round(median(mine.map((r) => r.appendCpuMs))),
        maxIntervalMs: round(median(mine.map((r) => r.maxIntervalMs))),
        longAnimationFrames: round(loaf.length / mine.length, 1),
        longestAnimationFrameMs: loaf.length ? round(Math.max(...loaf)) : 0,
        runs: mine.map((r) => ({ longestFrameCpuMs: round(r.longestFrameCpuMs), maxIntervalMs: round(r.maxIntervalMs) })),
      };
    };
    const component = side('component');
    return { component, baseline: side('baseline'), budgetMs: BUDGET.frameMs, met: component.longestFrameCpuMs < BUDGET.frameMs };
  } finally {
    await close();
  }
}

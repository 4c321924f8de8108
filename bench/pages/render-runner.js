// In-page runners for the render and frames benchmarks. Both sides are timed the same way: from the stubbed
// API handing over its body (stub-api.js marks `bench:answer:<n>`) to a MutationObserver seeing every
// expected card (`[part~="card"]`) in the hosts' shadow roots (marked `bench:cards:<n>`). The Node side
// reads wall-clock and main-thread CPU time between the two marks from a trace (../trace.js).
/* global window, document, MutationObserver, customElements, requestAnimationFrame, NodeFilter -- these run in the browser */

import { appendBaseline, renderBaseline } from './baseline.js';

const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
const bench = /** @type {any} */ (window).__bench;
const API = '/api';

/** @param {HTMLElement[]} hosts */
const cardsIn = (hosts) => hosts.reduce((sum, host) => sum + (host.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0), 0);

/**
 * Resolves once `hosts` hold `expected` cards, after marking that moment `mark`.
 * @param {HTMLElement[]} hosts @param {number} expected @param {string} mark
 */
function cardsAt(hosts, expected, mark) {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (cardsIn(hosts) < expected) return;
      performance.mark(mark);
      observer.disconnect();
      resolve(undefined);
    });
    for (const host of hosts) observer.observe(/** @type {ShadowRoot} */ (host.shadowRoot), { childList: true, subtree: true });
  });
}

/** Nodes under the hosts' shadow roots per card (elements, text and comments): what each side built. */
function nodesPerCard(/** @type {HTMLElement[]} */ hosts) {
  let nodes = 0;
  for (const host of hosts) {
    const walker = document.createTreeWalker(/** @type {ShadowRoot} */ (host.shadowRoot), NodeFilter.SHOW_ALL);
    while (walker.nextNode()) nodes += 1;
  }
  return nodes / Math.max(1, cardsIn(hosts));
}

/** Lets the page settle (the previous run's layout, paint and garbage) before the next measurement. */
function settle() {
  // The trace holds the marks already; the page's own buffer of them need not grow run after run.
  performance.clearMarks();
  // A collection of the previous runs' garbage, so it does not land in this run on one side rather than the
  // other (the bench launches Chromium with --expose-gc; elsewhere this is skipped).
  /** @type {any} */ (window).gc?.({ type: 'minor' });
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
}

/**
 * One render of `n` cards: one listing of n (limit ≤ 100), or n/100 listings of 100 for 1,000 (the elements
 * cap `limit` at 100; identical listings share one request, so one answer feeds them all; the baseline
 * likewise renders every list from one answer). Returns the answer's number, for its marks.
 * @param {'component' | 'baseline'} kind @param {number} n @param {number} city a fresh city per run, so no
 *   cache of the client answers
 */
async function renderOnce(kind, n, city) {
  stage.replaceChildren();
  await settle();
  const perHost = Math.min(n, 100);
  const hosts = Array.from({ length: n / perHost }, () => document.createElement(kind === 'component' ? 'agenda-events' : 'div'));
  const run = bench.answers.length;
  if (kind === 'component') {
    await customElements.whenDefined('agenda-events');
    for (const host of hosts) Object.assign(host, { apiBase: API, apiKey: 'demokey1', city, limit: perHost, lang: 'fr' });
    stage.append(...hosts);
    // The shadow roots exist once the elements are connected (Lit creates them then).
    await cardsAt(hosts, n, `bench:cards:${run}`);
  } else {
    stage.append(...hosts);
    for (const host of hosts) host.attachShadow({ mode: 'open' });
    const done = cardsAt(hosts, n, `bench:cards:${run}`);
    await renderBaseline(hosts, `${API}/demokey1/json/${city}/0,${perHost}`, API);
    await done;
  }
  if (bench.answers.length !== run + 1) throw new Error(`expected one answer per run, got ${bench.answers.length - run}`);
  return { run, nodesPerCard: nodesPerCard(hosts) };
}

/**
 * Frames while "more" appends a second page of 100 to a 100-card list: every animation frame is marked
 * (`bench:frame:<n>`) for the trace; rAF intervals and Long Animation Frames are the wall-clock view.
 * @param {'component' | 'baseline'} kind @param {number} city
 */
async function framesOnce(kind, city) {
  stage.replaceChildren();
  await settle();
  const host = document.createElement(kind === 'component' ? 'agenda-events' : 'div');
  const url = (/** @type {number} */ offset) => `${API}/demokey1/json/${city}/${offset},100`;
  if (kind === 'component') {
    Object.assign(host, { apiBase: API, apiKey: 'demokey1', city, limit: 100, lang: 'fr' });
    stage.append(host);
    await cardsAt([host], 100, 'bench:first-page');
  } else {
    stage.append(host);
    host.attachShadow({ mode: 'open' });
    await renderBaseline([host], url(0), API);
  }
  await new Promise((r) => setTimeout(r, 300));
  /** @type {number[]} */
  const longFrames = [];
  const loaf = new PerformanceObserver((list) => list.getEntries().forEach((e) => longFrames.push(e.duration)));
  try {
    loaf.observe({ type: 'long-animation-frame' });
  } catch {
    // Long Animation Frames are Chromium-only; the trace and rAF deltas still tell.
  }
  /** @type {number[]} */
  const intervals = [];
  let frame = 0;
  let running = true;
  let measuring = false;
  let last = 0;
  const tick = (/** @type {number} */ now) => {
    performance.mark(`bench:frame:${(frame += 1)}`);
    if (measuring) intervals.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await new Promise((r) => setTimeout(r, 200));
  const run = bench.answers.length;
  const done = cardsAt([host], 200, `bench:cards:${run}`);
  performance.mark('bench:more');
  measuring = true;
  if (kind === 'component') /** @type {HTMLElement} */ (/** @type {ShadowRoot} */ (host.shadowRoot).querySelector('[part~="more"]')).click();
  else void appendBaseline(host, url(100), API);
  await done;
  // Long enough for the frames that lay out and paint the new cards.
  await new Promise((r) => setTimeout(r, 500));
  performance.mark('bench:frames-end');
  running = false;
  loaf.disconnect();
  return { run, maxIntervalMs: Math.max(...intervals), longAnimationFrames: longFrames };
}

Object.assign(window, { renderOnce, framesOnce });

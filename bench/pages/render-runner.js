// In-page runners for the render and frames benchmarks. Both sides are timed the same way: from the stubbed
// API handing over its body (stub-api.js records it) to a MutationObserver seeing every expected card
// (`[part~="card"]`) in the hosts' shadow roots.
/* global window, document, MutationObserver, customElements, requestAnimationFrame -- these run in the browser */

import { renderBaseline } from './baseline.js';

const stage = /** @type {HTMLElement} */ (document.getElementById('stage'));
const bench = /** @type {any} */ (window).__bench;
const API = '/api';

/** @param {HTMLElement[]} hosts */
const cardsIn = (hosts) => hosts.reduce((sum, host) => sum + (host.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0), 0);

/**
 * Resolves with the time at which `hosts` hold `expected` cards.
 * @param {HTMLElement[]} hosts @param {number} expected
 */
function cardsAt(hosts, expected) {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (cardsIn(hosts) < expected) return;
      observer.disconnect();
      resolve(performance.now());
    });
    for (const host of hosts) observer.observe(/** @type {ShadowRoot} */ (host.shadowRoot), { childList: true, subtree: true });
  });
}

/**
 * One timed render of `n` cards: one listing of n (limit ≤ 100), or n/100 listings of 100 for 1,000 (the
 * elements cap `limit` at 100; identical listings share one request, so one answer feeds them all).
 * @param {'component' | 'baseline'} kind @param {number} n @param {number} city a fresh city per run, so no
 *   cache of the client answers
 */
async function renderOnce(kind, n, city) {
  stage.replaceChildren();
  const perHost = Math.min(n, 100);
  const hosts = Array.from({ length: n / perHost }, () => document.createElement(kind === 'component' ? 'agenda-events' : 'div'));
  const answered = bench.answers.length;
  if (kind === 'component') {
    await customElements.whenDefined('agenda-events');
    for (const host of hosts) {
      Object.assign(host, { apiBase: API, apiKey: 'demokey1', city, limit: perHost, lang: 'fr' });
    }
    stage.append(...hosts);
    const done = cardsAt(hosts, n);
    const end = await done;
    return end - bench.answers[answered];
  }
  stage.append(...hosts);
  for (const host of hosts) host.attachShadow({ mode: 'open' });
  const done = cardsAt(hosts, n);
  // One request, like the shared component request; every host renders from its answer.
  const url = `${API}/demokey1/json/${city}/0,${perHost}`;
  await Promise.all(hosts.map((host) => renderBaseline(host, url, API)));
  const end = await done;
  return end - bench.answers[answered];
}

/** Frames while "more" appends a second page of 100 to a 100-card listing. */
async function framesOnce(/** @type {number} */ city) {
  stage.replaceChildren();
  await customElements.whenDefined('agenda-events');
  const host = document.createElement('agenda-events');
  Object.assign(host, { apiBase: API, apiKey: 'demokey1', city, limit: 100, lang: 'fr' });
  stage.append(host);
  await cardsAt([host], 100);
  await new Promise((r) => setTimeout(r, 300));
  const more = /** @type {HTMLElement} */ (host.shadowRoot?.querySelector('[part~="more"]'));
  /** @type {number[]} */
  const frames = [];
  /** @type {number[]} */
  const longFrames = [];
  const loaf = new PerformanceObserver((list) => list.getEntries().forEach((e) => longFrames.push(e.duration)));
  try {
    loaf.observe({ type: 'long-animation-frame' });
  } catch {
    // Long Animation Frames are Chromium-only; rAF deltas still tell.
  }
  let last = performance.now();
  let running = true;
  const tick = (/** @type {number} */ now) => {
    frames.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  await new Promise((r) => requestAnimationFrame((now) => r((last = now))));
  requestAnimationFrame(tick);
  await new Promise((r) => setTimeout(r, 200));
  const answered = bench.answers.length;
  const done = cardsAt([host], 200);
  more.click();
  const end = await done;
  const appendWork = end - bench.answers[answered];
  await new Promise((r) => setTimeout(r, 500));
  running = false;
  loaf.disconnect();
  return { appendWork, maxFrame: Math.max(...frames), frames: frames.length, longFrames };
}

Object.assign(window, { renderOnce, framesOnce });

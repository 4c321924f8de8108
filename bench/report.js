// Turns the results into the Markdown table (bench/results/latest.md, README's Performance section, stdout).

/**
 * @typedef {{what: string, figure: string, baseline?: string, budget?: string, met?: boolean}} Row
 * `met` undefined: a figure reported without a budget.
 */

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** @param {number} ms */
const ms = (ms) => `${ms} ms`;

/** Every row of the table, in order. @param {any} r the results of run.js @returns {Row[]} */
export function rows(r) {
  /** @type {Row[]} */
  const out = [];
  const s = r.sizes;
  if (s) {
    const files = s.criticalPath.files.map((/** @type {string} */ f) => f.replace(/-[\w-]{8}\.js/, '.js').replace(/ \d+ B$/, '')).join(' + ');
    out.push({ what: `JS before the cards, one \`<agenda-events>\` (gzip as transferred, styles included: ${files})`, figure: kb(s.criticalPath.gzipBytes), budget: `≤ ${s.criticalPath.budgetKB} KB`, met: s.criticalPath.met });
    out.push({ what: '…the same when the loader’s idle preload of the other elements starts before the answer', figure: kb(s.beforeCardsWithIdlePreload.gzipBytes) });
    out.push({ what: '…the same page with the classic script (`agenda-widgets.iife.js`)', figure: kb(s.criticalPathClassic.gzipBytes) });
    out.push({ what: `Everything: every ES file (${s.everything.files}), gzip -9`, figure: kb(s.everything.gzipBytes), budget: `≤ ${s.everything.budgetKB} KB`, met: s.everything.met });
    out.push({ what: '`agenda-widgets.iife.js` alone (it loads the ES files), gzip -9', figure: kb(s.iife.gzipBytes) });
  }
  const q = r.requests;
  if (q) {
    out.push({ what: 'Listing requests, 10 identical `<agenda-events>`', figure: String(q.tenListings.listingRequests), budget: '1', met: q.tenListings.met });
    out.push({ what: '`/category` requests, listing + `<agenda-categories>` + `<agenda-geo>`', figure: String(q.categoryOnce.categoryRequests), budget: '≤ 1', met: q.categoryOnce.met });
    const t = q.lazyThumbnails;
    out.push({ what: `Thumbnails requested, ${t.cards} cards in 1280×800: at load → after scrolling half-way`, figure: `${t.imagesAtLoad} → ${t.imagesAfterScroll}`, budget: 'near the viewport only', met: t.met });
    const re = q.reload;
    out.push({
      what: 'Reload: requests answered 200 / 304 by the server (JS, listing, images)',
      figure: `${re.js.network200}/${re.js.revalidated304}, ${re.listing.network200}/${re.listing.revalidated304}, ${re.images.network200}/${re.images.revalidated304}`,
      budget: 'no 200 (HTTP cache)',
      met: re.met,
    });
  }
  for (const c of r.cls ?? []) {
    const moved = c.sources.length ? `: ${c.sources.join('; ')}` : '';
    out.push({ what: `CLS, first paint → every thumbnail (delayed ${c.thumbDelayMs} ms), ${c.label}`, figure: `${c.cls}${moved}`, budget: '0', met: c.met });
  }
  for (const row of r.render ?? []) {
    out.push({
      what: `Answer → ${row.events} cards in the DOM, main-thread CPU (wall clock), median`,
      // Work spread over several tasks leaves idle gaps that CPU time does not count: say so.
      figure: `${ms(row.component.cpuMs)} = ${row.ratio}× (${ms(row.component.wallMs)} = ${row.wallRatio}×)${row.component.tasks > 1 ? `, over ${row.component.tasks} tasks` : ''}`,
      baseline: `${ms(row.baseline.cpuMs)} (${ms(row.baseline.wallMs)})`,
      budget: `≤ ${row.budget}× baseline`,
      met: row.met,
    });
  }
  if (r.render?.length) {
    const [first] = r.render;
    out.push({ what: 'DOM nodes per card (elements, text, comments)', figure: String(first.component.nodesPerCard), baseline: String(first.baseline.nodesPerCard) });
  }
  const f = r.frames;
  if (f) {
    const { component: a, baseline: b } = f;
    out.push({ what: '"More" appends 100 cards to 100: longest frame, main-thread CPU (median of runs)', figure: ms(a.longestFrameCpuMs), baseline: ms(b.longestFrameCpuMs), budget: `< ${f.budgetMs} ms`, met: f.met });
    out.push({ what: '…of which the append itself (answer → 200 cards, before layout), CPU', figure: ms(a.appendCpuMs), baseline: ms(b.appendCpuMs) });
    out.push({
      what: '…wall clock: longest rAF interval; Long Animation Frames per run (longest)',
      figure: `${ms(a.maxIntervalMs)}; ${a.longAnimationFrames} (${ms(a.longestAnimationFrameMs)})`,
      baseline: `${ms(b.maxIntervalMs)}; ${b.longAnimationFrames} (${ms(b.longestAnimationFrameMs)})`,
    });
  }
  for (const p of r.lighthouse ?? []) {
    const failed = p.failedA11y.length ? `; failed: ${p.failedA11y.join(', ')}` : '';
    out.push({ what: `Lighthouse \`${p.page}\`: performance / accessibility`, figure: `${p.performance} / ${p.accessibility} (LCP ${p.lcpMs} ms, TBT ${p.tbtMs} ms, CLS ${p.cls}${failed})` });
  }
  for (const [name, error] of Object.entries(r.errors ?? {})) {
    out.push({ what: `${name}: not measured`, figure: String(error).split('\n')[0].slice(0, 160), met: false });
  }
  return out;
}

/** How many budgets were missed (a measurement that failed counts as one). @param {any} r */
export function missedCount(r) {
  return rows(r).filter((row) => row.met === false).length;
}

/** @param {boolean | undefined} met */
const verdict = (met) => (met === undefined ? '—' : met ? 'met' : '**MISSED**');

/** @param {any} r the results of run.js */
export function markdown(r) {
  const m = r.machine;
  const missed = missedCount(r);
  const cell = (/** @type {string | undefined} */ text) => (text ?? '').replaceAll('|', '\\|');
  return [
    missed ? `**${missed} budget(s) MISSED.**` : '**Every budget met.**',
    '',
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC in ${r.seconds} s on ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, ${m.os} ` +
      `(load average ${m.loadAverage.join(', ')} at the start, ${r.loadAverageAtEnd?.join(', ') ?? '?'} at the end); ${m.browser}; Node ${m.node}; ` +
      `Lighthouse ${m.lighthouse}. Timings are medians; the machine is shared, so rendering is judged on main-thread CPU time ` +
      '(wall clock in parentheses) against the baseline measured in the same run; see `docs/bench.md`.',
    '',
    '| measurement | agenda-widgets | vanilla baseline | budget | verdict |',
    '| --- | --- | --- | --- | --- |',
    ...rows(r).map((row) => `| ${cell(row.what)} | ${cell(row.figure)} | ${cell(row.baseline)} | ${cell(row.budget)} | ${verdict(row.met)} |`),
  ].join('\n');
}

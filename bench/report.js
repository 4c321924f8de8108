// Turns the results into the Markdown table (bench/results/latest.md, README's Performance section, stdout).

/** @param {boolean | undefined} met */
const verdict = (met) => (met === undefined ? '—' : met ? 'met' : '**MISSED**');
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {any} r the results of run.js */
export function markdown(r) {
  /** @type {string[][]} */
  const rows = [];
  const s = r.sizes;
  if (s) {
    rows.push(['JS before the cards (one `<agenda-events>`, gzip, styles included)', kb(s.criticalPath.gzipBytes), `≤ ${s.criticalPath.budgetKB} KB`, '', verdict(s.criticalPath.met)]);
    rows.push(['…the same with the loader’s idle preload of the other elements', kb(s.beforeCardsWithIdlePreload.gzipBytes), '', '', '—']);
    rows.push([`Everything (${s.everything.files} ES files, gzip -9)`, kb(s.everything.gzipBytes), `≤ ${s.everything.budgetKB} KB`, '', verdict(s.everything.met)]);
  }
  const q = r.requests;
  if (q) {
    rows.push(['Listing requests, 10 identical `<agenda-events>`', String(q.tenListings.listingRequests), '1', '', verdict(q.tenListings.met)]);
    rows.push(['`/category` requests, listing + `<agenda-categories>` + `<agenda-geo>`', String(q.categoryOnce.categoryRequests), '≤ 1', '', verdict(q.categoryOnce.met)]);
    rows.push([`Thumbnails requested, ${q.lazyThumbnails.cards} cards, 1280×800 (at load → after scrolling half-way)`, `${q.lazyThumbnails.imagesAtLoad} → ${q.lazyThumbnails.imagesAfterScroll}`, 'near the viewport only', '', verdict(q.lazyThumbnails.met)]);
    const re = q.reload;
    rows.push(['Reload: network 200 / 304 for JS, listing, images', `JS ${re.js.network200}/${re.js.revalidated304}, listing ${re.listing.network200}/${re.listing.revalidated304}, images ${re.images.network200}/${re.images.revalidated304}`, '0 / any (HTTP cache)', '', verdict(re.met)]);
  }
  if (r.cls) rows.push([`CLS, first paint → all thumbnails (thumbnails delayed ${r.cls.thumbDelayMs} ms)`, String(r.cls.cls), '0', '', verdict(r.cls.met)]);
  for (const row of r.render ?? []) {
    rows.push([`Answer → ${row.events} cards in the DOM (median)`, `${row.componentMs} ms (${row.ratio}×)`, `≤ ${row.budget}× baseline`, `${row.baselineMs} ms`, verdict(row.met)]);
  }
  const f = r.frames;
  if (f) {
    rows.push(['"More": answer → 100 more cards (work in one task)', `${f.appendWorkMs} ms`, `< ${f.budgetMs} ms`, '', verdict(f.met)]);
    rows.push(['"More": longest frame interval (rAF) / Long Animation Frames', `${f.maxFrameIntervalMs} ms / ${f.longAnimationFrames} (longest ${f.longestAnimationFrameMs} ms)`, `< ${f.budgetMs} ms`, '', verdict(f.met)]);
  }
  for (const p of r.lighthouse ?? []) {
    rows.push([`Lighthouse ${p.page}: performance / accessibility`, `${p.performance} / ${p.accessibility} (LCP ${p.lcpMs} ms, TBT ${p.tbtMs} ms, CLS ${p.cls})`, 'reported', '', '—']);
  }
  for (const [name, error] of Object.entries(r.errors ?? {})) rows.push([`${name}: not measured`, String(error).split('\n')[0].slice(0, 120), '', '', '**MISSED**']);
  const m = r.machine;
  const table = [
    '| measurement | figure | budget | vanilla baseline | verdict |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`),
  ];
  const missed = rows.filter((row) => row[4] === '**MISSED**').length;
  return [
    `${missed ? `**${missed} budget(s) MISSED.**` : 'Every budget met.'} Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC in ${r.seconds} s on ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM, ${m.os} (load average ${m.loadAverage.join(', ')}); ${m.browser}, Node ${m.node}, Lighthouse ${m.lighthouse}. Timings are medians on a shared machine: compare ratios, not milliseconds.`,
    '',
    ...table,
  ].join('\n');
}

/** Every verdict that missed, for `--check` and the summary line. @param {string} md */
export function missedCount(md) {
  return md.split('\n').filter((line) => line.endsWith('| **MISSED** |')).length;
}

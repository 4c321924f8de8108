// `npm run test:hostile`: runs the hostile-data browser tests (web-test-runner.hostile.config.mjs), the load test
// and the URL fuzzing of the reference server, then prints one report of everything tried and every failure.
// Exits non-zero on any failure, including a browser run that failed or never reported.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { runLoad } from '../test/stress/load.js';
import { runFuzz } from '../test/stress/fuzz.js';

const TALLY_FILE = '.cache/hostile/tally.json';
const BROWSERS = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((name) => name.trim());
/** Report groups in print order; groups a test tallies under another name are printed after these. */
const GROUPS = ['payloads', 'attributes', 'faults', 'lifecycle', 'host pages'];

/** @type {string[]} */
const failures = [];
/** @type {string[]} */
const lines = [];
const out = (line = '') => lines.push(line);

// 1. Browsers. WTR's own output stays visible; its exit code is the only reliable verdict (TOOLING.md, 6).
rmSync(TALLY_FILE, { force: true });
const skipBrowsers = process.env.HOSTILE_SKIP_BROWSERS === '1';
/** @type {{ status: number | null, signal?: NodeJS.Signals | null }} */
const wtr = skipBrowsers
  ? { status: 0 }
  : spawnSync('node_modules/.bin/wtr', ['--config', 'web-test-runner.hostile.config.mjs'], {
      stdio: 'inherit',
      env: { ...process.env, HOSTILE_TALLY: TALLY_FILE },
    });
if (wtr.status !== 0) failures.push(`web-test-runner exited with ${wtr.status ?? wtr.signal}: see its output above`);
const tally = existsSync(TALLY_FILE) ? JSON.parse(readFileSync(TALLY_FILE, 'utf8')) : {};

// 2 and 3. The reference server, after the browsers so the two do not compete for the CPU.
const load = await runLoad();
const fuzz = await runFuzz();

out('');
out('══ Hostile-data report (issue #6) ══');
const groups = [...GROUPS, ...Object.keys(Object.assign({}, ...Object.values(tally))).filter((g) => !GROUPS.includes(g))];
const cell = (/** @type {unknown} */ value, /** @type {number} */ width) => String(value).padStart(width);
for (const group of groups) {
  const labels = [...new Set(BROWSERS.flatMap((browser) => Object.keys(tally[browser]?.[group] ?? {})))];
  out('');
  out(`${group}${skipBrowsers ? ' (browsers skipped)' : ''}`);
  if (!labels.length) {
    out('  (nothing reported)');
    if (!skipBrowsers) failures.push(`${group}: no test reported anything`);
    continue;
  }
  const width = Math.max(...labels.map((label) => label.length), 10);
  out(`  ${'case'.padEnd(width)} ${BROWSERS.map((browser) => cell(browser, 9)).join(' ')}   failures`);
  for (const label of labels) {
    const entries = BROWSERS.map((browser) => tally[browser]?.[group]?.[label]);
    const failed = entries.reduce((sum, entry) => sum + (entry?.failures.length ?? 0), 0);
    out(`  ${label.padEnd(width)} ${entries.map((entry) => cell(entry ? entry.tried : 'missing', 9)).join(' ')}   ${failed}`);
    BROWSERS.forEach((browser, index) => {
      const entry = entries[index];
      if (!entry) failures.push(`${group} / ${label}: not run in ${browser}`);
      for (const failure of entry?.failures ?? []) failures.push(`${group} / ${label} [${browser}]: ${failure}`);
    });
  }
  const total = BROWSERS.map((browser) => Object.values(tally[browser]?.[group] ?? {}).reduce((sum, entry) => sum + entry.tried, 0));
  out(`  ${'total'.padEnd(width)} ${total.map((value) => cell(value, 9)).join(' ')}`);
}

out('');
out('load (reference server on loopback, autocannon)');
for (const r of load) {
  out(`  ${r.name.padEnd(10)} ${cell(r.reqPerSec, 6)} req/s  p99 ${cell(r.p99, 4)} ms  ${r.requests} requests  errors ${r.errors}  non-2xx ${r.non2xx}  timeouts ${r.timeouts}`);
  if (r.errors || r.non2xx || r.timeouts || !r.requests) failures.push(`load / ${r.name}: ${r.errors} errors, ${r.non2xx} non-2xx, ${r.timeouts} timeouts`);
}

out('');
out('fuzz (reference server URLs, fast-check: never a 5xx, never a stack trace)');
for (const r of fuzz) {
  out(`  ${r.name.padEnd(20)} ${cell(r.runs, 5)} runs  failures ${r.failures.length}`);
  for (const failure of r.failures) failures.push(`fuzz / ${r.name}: ${failure}`);
}

out('');
out(failures.length ? `FAILURES (${failures.length})` : 'No failures.');
for (const failure of failures) out(`  ✗ ${failure}`);
process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = failures.length ? 1 : 0;

// `npm run bench [-- --check] [-- --skip-lighthouse] [-- --only=sizes,cls,…]`: builds dist/ when stale, serves it with the bench
// pages and the reference API on loopback (gzip), runs each measurement, then writes
// bench/results/latest.json and latest.md, the table into README.md, and prints it. Exits 0 even when a
// budget is missed (the table says MISSED); `--check` exits 1 then.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildIfStale, launchBrowser } from '../test/e2e/harness.js';
import { measureCls } from './cls.js';
import { measureFrames } from './frames.js';
import { measureLighthouse } from './lighthouse.js';
import { machine } from './machine.js';
import { markdown, missedCount } from './report.js';
import { measureRender } from './render.js';
import { measureRequests } from './requests.js';
import { ROOT, startServer } from './server.js';
import { measureSizes } from './sizes.js';
import { warmUp } from './warmup.js';

const args = new Set(process.argv.slice(2));
// `--only=cls,render`: just those measurements, for working on one budget; the README table is left as is.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const started = Date.now();
buildIfStale();

const server = await startServer();
// `gc()` in the pages, so each timed run starts without the garbage of the runs before it (render-runner.js).
const browser = await launchBrowser(['--js-flags=--expose-gc']);
/** @type {Record<string, any>} */
const results = { machine: machine(browser), errors: {} };

/**
 * Runs one measurement; a failure is recorded (and reported as MISSED) instead of stopping the others.
 * @param {string} name @param {() => Promise<unknown>} measure
 */
async function step(name, measure) {
  if (only && !only.includes(name)) return;
  const t = Date.now();
  try {
    results[name] = await measure();
  } catch (error) {
    results.errors[name] = error instanceof Error ? error.message : String(error);
  }
  console.info(`bench: ${name} ${((Date.now() - t) / 1000).toFixed(0)} s${results.errors[name] ? ` (failed: ${results.errors[name]})` : ''}`);
}

try {
  await warmUp(server.origin);
  await step('sizes', () => measureSizes(browser, server.origin));
  await step('requests', () => measureRequests(browser, server));
  await step('cls', () => measureCls(browser, server));
  await step('render', () => measureRender(browser, server.origin));
  await step('frames', () => measureFrames(browser, server.origin));
  // Lighthouse launches its own Chromium: the other one is closed first so they do not compete.
  await browser.close();
  if (!args.has('--skip-lighthouse')) await step('lighthouse', () => measureLighthouse(server.origin));
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

results.seconds = Math.round((Date.now() - started) / 1000);
results.loadAverageAtEnd = loadavg().map((l) => Number(l.toFixed(1)));
const md = markdown(results);
const out = join(ROOT, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(out, 'latest.md'), `${md}\n`);
if (!only) updateReadme(md);
console.info(`\n${md}\n`);
const missed = missedCount(results);
console.info(missed ? `bench: ${missed} budget(s) MISSED (see the table)` : 'bench: every budget met');
process.exitCode = missed && args.has('--check') ? 1 : 0;

/**
 * Replaces only what lies between the README's bench markers (other sections are edited by others), reading
 * the file just before writing it so a concurrent edit elsewhere in it is kept.
 * @param {string} table
 */
function updateReadme(table) {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) {
    console.warn('bench: README.md has no bench markers; table not written there');
    return;
  }
  writeFileSync(path, `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`);
}

// The machine and browser versions every report states, since the figures only compare on one machine.

import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem, release, platform } from 'node:os';
import { readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from '../test/chromium.js';

/** @param {import('playwright-core').Browser} browser */
export function machine(browser) {
  let os = `${platform()} ${release()}`;
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // Not Linux: the kernel name will do.
  }
  let chromium = browser.version();
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Playwright's own report of the version is enough.
  }
  const lighthouse = JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeRamGB: Number((freemem() / 2 ** 30).toFixed(1)),
    // The machine is shared: a high load average at the start explains noisy timings.
    loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
    os,
    node: process.version,
    browser: chromium,
    lighthouse,
  };
}

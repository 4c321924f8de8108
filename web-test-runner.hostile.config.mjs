// Runs the hostile-data browser tests (test/hostile/) in the main config's browsers (BROWSERS=chromium honoured)
// and aggregates what each test tried, per browser, into TALLY_FILE for scripts/hostile.js to report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import base from './web-test-runner.config.mjs';

/** Where the per-browser tally goes (gitignored through .cache/). */
export const TALLY_FILE = process.env.HOSTILE_TALLY || '.cache/hostile/tally.json';

/** chromium, firefox or webkit, whatever the launcher calls its browser. */
function browserKey(name) {
  const lower = String(name).toLowerCase();
  if (lower.includes('firefox')) return 'firefox';
  if (lower.includes('chrom')) return 'chromium';
  return 'webkit';
}

/** The `hostile-tally` command behind test/hostile/tally.ts: { browser: { group: { label: {tried, failures} } } }. */
function tallyPlugin() {
  const totals = {};
  const save = () => {
    mkdirSync(dirname(TALLY_FILE), { recursive: true });
    writeFileSync(TALLY_FILE, JSON.stringify(totals, null, 1));
  };
  return {
    name: 'hostile-tally',
    serverStart() {
      save(); // a fresh file per run, so a crashed browser shows as missing rather than as stale figures
    },
    executeCommand({ command, payload, session }) {
      if (command !== 'hostile-tally') return undefined;
      const { group, label, tried, failures = [] } = payload;
      const browser = (totals[browserKey(session.browser.name)] ??= {});
      const entry = ((browser[group] ??= {})[label] ??= { tried: 0, failures: [] });
      entry.tried += Number(tried) || 0;
      entry.failures.push(...failures.map(String));
      save();
      return true;
    },
  };
}

export default {
  ...base,
  files: ['test/hostile/**/*.test.ts'],
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 60000 } },
  plugins: [...base.plugins, tallyPlugin()],
};

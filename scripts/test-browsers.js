// `npm run test:browsers`: the browser tests (web-test-runner.config.mjs) in Chromium, Firefox and WebKit.
//
// WebKit is driven through WebKitWebDriver, and on a loaded two-core machine its window sometimes never starts
// the next test page: WTR then fails that file with "Browser tests did not start after …", although no test ran.
// When that is the only kind of failure and it happened in WebKit only, WebKit's run is started once more,
// alone; any failing test, any other browser's failure or a second infrastructure failure stays a failure.
import { spawn } from 'node:child_process';

const DID_NOT_START = /❌ Browser tests did not start after \d+ms.*\(failed on ([^)]+)\)/;
const FAILURE = /❌ (.*)/;

/**
 * Runs WTR with `env`, its output passed through and kept; resolves with its exit code and the lines that failed.
 * @param {Record<string, string>} env
 * @returns {Promise<{ code: number, failed: string[] }>}
 */
function runWtr(env) {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/wtr', [], { env: { ...process.env, ...env }, stdio: ['inherit', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.on('close', (code, signal) => {
      const failed = output.split('\n').filter((line) => FAILURE.test(line));
      resolve({ code: code ?? (signal ? 1 : 0), failed });
    });
  });
}

const first = await runWtr({});
if (first.code === 0) process.exit(0);

const webkitOnly =
  (process.env.BROWSERS ?? 'chromium,firefox,webkit').includes('webkit') &&
  first.failed.length > 0 &&
  first.failed.every((/** @type {string} */ line) => DID_NOT_START.exec(line)?.[1] === 'MiniBrowser');
if (!webkitOnly) process.exit(first.code);

console.info('\ntest-browsers: a WebKit test page never started (no test failed); running WebKit once more, alone.\n');
const again = await runWtr({ BROWSERS: 'webkit' });
process.exit(again.code);

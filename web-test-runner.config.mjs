// Runs the browser tests in Chromium, Firefox and WebKit, with the reference API mounted at /api.
// Browser set-up follows ../shared/TOOLING.md: Debian's browsers, no browser downloads.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { apiMiddleware } from './server/middleware.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.js';

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT) || (await freePort());

const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((name) => name.trim());

/** A free loopback port, so parallel runs on one machine do not fight over the driver's port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver under a virtual X server; WTR only speaks WebDriver to it. */
function startWebKitDriver() {
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${WEBKIT_DRIVER_PORT}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  process.on('SIGINT', () => (stop(), process.exit(130)));
  process.on('SIGTERM', () => (stop(), process.exit(143)));
  return driver;
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        // gc() lets the hostile lifecycle test measure retained memory after a real collection.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}
if (wanted.includes('webkit')) {
  if (!existsSync(MINIBROWSER)) {
    throw new Error(`WebKit's MiniBrowser is missing at ${MINIBROWSER}: apt-get install webkit2gtk-driver xvfb xauth`);
  }
  startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: WEBKIT_DRIVER_PORT,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        // Navigating to the next test page returns once its scripts ran, not once every subresource loaded: on
        // a loaded CI machine a navigation waiting for the load event once hung past the driver's 120 s timeout,
        // which stops the whole run. The page reports its results over its own connection anyway.
        pageLoadStrategy: 'eager',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    }),
  );
}

export default {
  // The hostile-data suite has its own config and report: web-test-runner.hostile.config.mjs.
  files: ['test/**/*.test.ts', '!test/hostile/**'],
  nodeResolve: true,
  browsers,
  // WebKit through WebDriver cannot run files in parallel windows reliably.
  concurrency: 1,
  // Two browsers at a time on a two-core CI machine: with three, a WebKit test page once took over a minute
  // to start and failed the run. The third browser starts when one of the first two is done.
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [apiMiddleware('/api')],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
};

// `npm run build`: everything that ships, in dist/ (gitignored).
//
//   dist/agenda-widgets.js       ES module for <script type="module">, chunks in dist/chunks/ (vite build)
//   dist/agenda-widgets.iife.js  classic <script src>, dynamic imports inlined (vite build --mode iife)
//   dist/npm/                    the npm package's unbundled ES modules and .d.ts (tsc -p tsconfig.build.json)
//   dist/custom-elements.json    the Custom Elements Manifest (cem analyze --litelement)
//   dist/npm/{jsx,react,preact}.d.ts  JSX typings generated from the manifest (scripts/jsx-types.js)
//
// then fails when the manifest has undocumented public API (scripts/check-manifest.js) or the README's API
// tables differ from it (scripts/readme-tables.js --check), and prints the
// size report (scripts/size.js; `npm run size` is the one that enforces the budgets).

import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = (/** @type {string} */ name) => join('node_modules', '.bin', name);

/**
 * Runs one step; stops the build when it fails.
 * @param {string} label
 * @param {string} command
 * @param {string[]} args
 */
function step(label, command, args) {
  console.info(`\nbuild: ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status || 1);
  }
  console.info(`build: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const node = process.execPath;

step('ES bundle (dist/agenda-widgets.js)', bin('vite'), ['build', '--logLevel', 'warn']);
step('IIFE bundle (dist/agenda-widgets.iife.js)', bin('vite'), ['build', '--mode', 'iife', '--logLevel', 'warn']);

rmSync('dist/npm', { recursive: true, force: true });
step('npm modules and declarations (dist/npm/)', bin('tsc'), ['-p', 'tsconfig.build.json']);

// The analyzer can rewrite package.json's "customElements" field (custom-elements-manifest.config.mjs
// turns that off); make sure a build never leaves the committed package.json changed.
const packageJson = readFileSync('package.json');
step('custom-elements.json', bin('cem'), ['analyze', '--litelement', '--quiet']);
if (!readFileSync('package.json').equals(packageJson)) {
  writeFileSync('package.json', packageJson);
  console.error('build: the manifest analyzer changed package.json (restored); check custom-elements-manifest.config.mjs');
  process.exit(1);
}

step('JSX typings (dist/npm/jsx.d.ts, react.d.ts, preact.d.ts)', node, ['scripts/jsx-types.js']);
step('manifest completeness', node, ['scripts/check-manifest.js']);
// The README's API tables are generated from the manifest (`npm run docs`): a build fails when they are stale.
step('README API tables up to date', node, ['scripts/readme-tables.js', '--check']);
step('sizes', node, ['scripts/size.js', '--report']);

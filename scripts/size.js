// `npm run size`: raw and gzip sizes of the files a partner loads from dist/, of the critical path (the ES
// entry and every chunk it imports statically, i.e. what a page with one <agenda-events> downloads before
// anything renders) and of everything, checked against the budgets below. Run `npm run build` first.
//
// Usage: node scripts/size.js [--report] [--sources]
//   --report prints and never fails (the build uses it);
//   --sources adds what each source (Lit, each folder of src/, DOMPurify, the CSS) costs, from the source maps.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sourceCosts } from './size-sources.js';

const DIST = 'dist';
const ENTRY = 'agenda-widgets.js';
const IIFE = 'agenda-widgets.iife.js';
const KB = 1024;

/** Budgets in gzip bytes. */
const BUDGETS = {
  criticalPath: 16 * KB,
  everything: 32 * KB,
};

const reportOnly = process.argv.includes('--report');

if (!existsSync(join(DIST, ENTRY))) {
  console.error(`size: ${join(DIST, ENTRY)} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

/**
 * Every bundle file under dist/ (not source maps, not the npm package's modules in dist/npm/).
 * @param {string} dir
 * @returns {string[]} paths relative to dist/, with forward slashes
 */
function bundleFiles(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === join(DIST, 'npm') ? [] : bundleFiles(path);
    return name.endsWith('.js') ? [relative(DIST, path).split('\\').join('/')] : [];
  });
}

/** @type {Map<string, {raw: number, gzip: number, code: string}>} */
const sizes = new Map();
/** @param {string} file relative to dist/ */
function size(file) {
  let entry = sizes.get(file);
  if (!entry) {
    const code = readFileSync(join(DIST, file), 'utf8');
    entry = { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, code };
    sizes.set(file, entry);
  }
  return entry;
}

/**
 * Relative modules a file imports statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`); dynamic `import("./x.js")` is not followed: it loads later, on demand.
 * @param {string} file relative to dist/
 */
function staticImports(file) {
  const pattern = /\b(?:import|export)\s*(?:[^("'`;]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  return [...size(file).code.matchAll(pattern)].map((match) => posix.normalize(posix.join(dirname(file), match[1])));
}

/** @param {string} file */
function dynamicImports(file) {
  return [...size(file).code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((match) =>
    posix.normalize(posix.join(dirname(file), match[1])),
  );
}

/** @param {string} entry */
function closure(entry) {
  const seen = new Set([entry]);
  for (const file of seen) for (const next of staticImports(file)) seen.add(next);
  return [...seen];
}

const format = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(2)} KB`.padStart(10);
const total = (/** @type {string[]} */ files) =>
  files.reduce((sum, file) => ({ raw: sum.raw + size(file).raw, gzip: sum.gzip + size(file).gzip }), { raw: 0, gzip: 0 });

const files = bundleFiles().sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)));
const esFiles = files.filter((file) => file !== IIFE);
// The entry loads each element's chunk when the page uses the tag; chunk names come from the element modules.
const listingChunk = esFiles.find((file) => /^chunks\/agenda-events-[\w-]+\.js$/.test(file));
if (!listingChunk) {
  console.error('size: no chunks/agenda-events-*.js in dist/: has the entry stopped loading elements lazily?');
  process.exit(1);
}
const critical = [...new Set([...closure(ENTRY), ...closure(listingChunk)])];
const lazy = esFiles.filter((file) => !critical.includes(file));

const absolute = esFiles.flatMap((file) => [...staticImports(file), ...dynamicImports(file)].filter((target) => !esFiles.includes(target)));
if (absolute.length) {
  console.error(`size: imports of files that are not in dist/: ${absolute.join(', ')}`);
  process.exit(1);
}

console.info(`${'file (dist/)'.padEnd(44)}${'raw'.padStart(10)}${'gzip -9'.padStart(10)}  loaded`);
for (const file of files) {
  const when = file === IIFE ? 'classic <script>' : critical.includes(file) ? 'critical path' : 'on demand';
  console.info(`${file.padEnd(44)}${format(size(file).raw)}${format(size(file).gzip)}  ${when}`);
}

const criticalSize = total(critical);
const everything = total(esFiles);
const iife = existsSync(join(DIST, IIFE)) ? size(IIFE) : undefined;
/** @type {[string, {raw: number, gzip: number}, number][]} */
const rows = [
  [`critical path (${critical.length} file${critical.length > 1 ? 's' : ''})`, criticalSize, BUDGETS.criticalPath],
  [`everything, ES (${esFiles.length} files, ${lazy.length} on demand)`, everything, BUDGETS.everything],
];
// The classic bundle only loads the ES files (src/bundle-classic.ts): "everything" covers what it brings.
if (iife) console.info(`\n${IIFE} loads the ES entry and its chunks: ${format(iife.gzip).trim()} gzip of its own.`);

console.info('');
let over = false;
for (const [label, { raw, gzip }, budget] of rows) {
  const ok = gzip <= budget;
  over ||= !ok;
  console.info(`${label.padEnd(44)}${format(raw)}${format(gzip)}  ${ok ? 'within' : 'OVER'} budget of ${(budget / KB).toFixed(0)} KB gzip`);
}

if (process.argv.includes('--sources')) {
  /** @param {string} title @param {string[]} group */
  const report = (title, group) => {
    /** @type {Map<string, number>} */
    const costs = new Map();
    for (const file of group) for (const [source, bytes] of sourceCosts(join(DIST, file))) costs.set(source, (costs.get(source) ?? 0) + bytes);
    console.info(`\n${title}`);
    for (const [source, bytes] of [...costs].sort((a, b) => b[1] - a[1])) console.info(`  ${source.padEnd(52)}${format(bytes)}`);
  };
  console.info('\nGzip bytes each source costs (what its file would lose without it; shared context makes these add up to more).');
  report('critical path, by source:', critical);
  report('everything, by source:', esFiles);
}

if (over && !reportOnly) {
  console.error('\nsize: over budget.');
  process.exit(1);
}

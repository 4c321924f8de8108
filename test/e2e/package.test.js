// The npm package as it would be published: what package.json points at exists, the modules are unbundled
// ES modules whose only bare imports are the dependencies, and `npm pack` ships dist/ and nothing else.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { ROOT, ensureBuilt } from './harness.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const ELEMENTS = ['agenda-events', 'agenda-geo', 'agenda-event', 'agenda-city-search', 'agenda-categories', 'agenda-provider'];

/** @param {string} dir @returns {string[]} */
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

before(() => ensureBuilt());

test('exports: ".", "./client", one entry per element, JSX typings; each with types and existing files', () => {
  const keys = Object.keys(pkg.exports);
  for (const key of ['.', './client', ...ELEMENTS.map((tag) => `./${tag}`), './react', './preact', './jsx', './custom-elements.json']) {
    assert.ok(keys.includes(key), `exports has ${key}`);
  }
  for (const [key, target] of Object.entries(pkg.exports)) {
    // `./dist/*`: the CDN files, reachable through the package (`agenda-widgets/dist/agenda-widgets.js`).
    if (key.includes('*')) {
      assert.equal(key, './dist/*');
      assert.equal(target, './dist/*');
      assert.ok(existsSync(join(ROOT, 'dist/agenda-widgets.js')), 'dist/agenda-widgets.js exists');
      continue;
    }
    const conditions = typeof target === 'string' ? { default: target } : target;
    if (key.endsWith('.json')) assert.equal(typeof target, 'string');
    else assert.deepEqual(Object.keys(conditions), ['types', 'default'], `${key}: "types" first, then "default"`);
    for (const file of Object.values(conditions)) assert.ok(existsSync(join(ROOT, file)), `${key} → ${file} exists`);
  }
  for (const field of ['main', 'types', 'customElements', 'unpkg']) assert.ok(existsSync(join(ROOT, pkg[field])), `${field} → ${pkg[field]} exists`);
});

test('typesVersions gives each subpath its types under moduleResolution "node" too, the same as exports', () => {
  const versions = pkg.typesVersions['*'];
  const typed = Object.entries(pkg.exports).filter(([key, target]) => key !== '.' && typeof target === 'object');
  assert.deepEqual(Object.keys(versions).sort(), typed.map(([key]) => key.slice(2)).sort());
  for (const [key, target] of typed) assert.deepEqual(versions[key.slice(2)], [target.types.slice(2)], key);
});

test('sideEffects lists every module that registers a tag', () => {
  for (const file of pkg.sideEffects.filter((/** @type {string} */ entry) => !entry.includes('*'))) {
    assert.ok(existsSync(join(ROOT, file)), `${file} exists`);
  }
  const registering = filesUnder(join(ROOT, 'dist/npm'))
    .filter((file) => file.endsWith('.js') && /\bdefine\(\s*['"]/.test(readFileSync(file, 'utf8')))
    .map((file) => `./${relative(ROOT, file).split('\\').join('/')}`);
  assert.ok(registering.length >= 6, 'found the modules that call define()');
  for (const file of registering) assert.ok(pkg.sideEffects.includes(file), `sideEffects lists ${file}`);
});

test('an app bundling agenda-widgets/client keeps the error sentences (error-messages.js has a side effect)', () => {
  // As an app would: the package installed under node_modules, one named import, esbuild's tree shaking.
  const dir = mkdtempSync(join(tmpdir(), 'agenda-client-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules/agenda-widgets'), 'dir');
    writeFileSync(
      join(dir, 'app.js'),
      "import { AgendaError } from 'agenda-widgets/client';\n" +
        "const error = new AgendaError('Ax004', { status: 404 });\n" +
        'console.log(JSON.stringify([error.localizedMessage("fr"), error.message]));\n',
    );
    const bundled = spawnSync(join(ROOT, 'node_modules/.bin/esbuild'), ['app.js', '--bundle', '--platform=node', '--format=esm', '--outfile=out.js', '--log-level=error'], { cwd: dir, encoding: 'utf8' });
    assert.equal(bundled.status, 0, `esbuild: ${bundled.stderr}`);
    const [localized, message] = JSON.parse(execFileSync(process.execPath, [join(dir, 'out.js')], { encoding: 'utf8' }));
    assert.equal(localized, 'La ville demandée est inconnue.', 'the French sentence, not the bare code');
    assert.equal(message, 'Ax004: The requested city is unknown. (HTTP 404)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('npm modules are unbundled ES modules: relative .js imports, bare imports only of dependencies', () => {
  const dependencies = Object.keys(pkg.dependencies);
  const modules = filesUnder(join(ROOT, 'dist/npm')).filter((file) => file.endsWith('.js'));
  assert.ok(modules.length > 20, 'one module per source file');
  for (const file of modules) {
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)) {
      if (specifier.startsWith('.')) assert.match(specifier, /\.js$/, `${relative(ROOT, file)} imports ${specifier} with its extension`);
      else assert.ok(dependencies.some((name) => specifier === name || specifier.startsWith(`${name}/`)), `${relative(ROOT, file)} imports ${specifier}, a dependency`);
    }
  }
});

test('the CDN bundles are self-contained: Lit, @lit/task and DOMPurify are inside, chunks load by relative URL', () => {
  const files = ['agenda-widgets.js', 'agenda-widgets.iife.js', ...readdirSync(join(ROOT, 'dist/chunks')).filter((name) => name.endsWith('.js')).map((name) => `chunks/${name}`)];
  for (const file of files) {
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    assert.doesNotMatch(code, /\bfrom\s*["'`][^."'`]/, `${file} has no bare import`);
    assert.doesNotMatch(code, /\bimport\(\s*["'`](?!\.\.?\/)/, `${file} imports chunks by relative URL only`);
  }
  // The classic bundle loads the ES bundle beside it (one shared copy of the code), found from its own URL.
  const classic = readFileSync(join(ROOT, 'dist/agenda-widgets.iife.js'), 'utf8');
  assert.match(classic, /agenda-widgets\.js/, 'the IIFE loads agenda-widgets.js');
  assert.match(classic, /currentScript/, 'relative to its own URL');
});

test('npm pack ships dist/ (bundles, modules, typings, manifest) and no sources or tests', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = report.files.map((/** @type {{path: string}} */ file) => file.path);
  for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/agenda-widgets.js', 'dist/agenda-widgets.iife.js', 'dist/custom-elements.json', 'dist/npm/index.js', 'dist/npm/index.d.ts', 'dist/npm/client/index.js', 'dist/npm/react.d.ts', 'dist/npm/preact.d.ts']) {
    assert.ok(files.includes(file), `the package contains ${file}`);
  }
  const stray = files.filter((/** @type {string} */ file) => !file.startsWith('dist/') && !['package.json', 'README.md', 'LICENSE'].includes(file));
  assert.deepEqual(stray, [], 'nothing outside dist/ but package.json, README.md and LICENSE');
});

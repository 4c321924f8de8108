// Property-based fuzzing of the reference server's URLs (fast-check, through `app.request()`, no socket): keys,
// ids, coordinates, category lists, offsets, unicode, encoded slashes and huge numbers must never give a 500 nor
// leak a stack trace. `node test/stress/fuzz.js` prints the runs; scripts/hostile.js reports them.
import fc from 'fast-check';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { createApp } from '../../server/app.js';

/** Runs per property; FUZZ_RUNS raises it for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS) || 250;

/** What a leaked stack trace or internal error looks like in a body. */
const LEAK = /\n\s+at |\bat [\w.<>]+ \(|node:internal|file:\/\/|\/server\/|\.js:\d+|TypeError|RangeError|SyntaxError|ReferenceError/;

const number = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('1e309', '-0', '9'.repeat(40), '0x10', '1_000', '', ' ', '.', '-', '+1', 'NaN', 'Infinity', '١٢'),
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const encoded = text.map((value) => encodeURIComponent(value));
const special = fc.constantFrom('%2F', '%2f', '%00', '%', '%zz', '%C0%AF', '..', '.', '%2e%2e', '//', '\\', '%5C', '?', '#', ';', ',,', ',');
const segment = fc.oneof(number, encoded, special, fc.constantFrom('concert', 'theatre,danse', 'event', 'geo', 'json'));
const key = fc.oneof(fc.constantFrom('demokey1', 'zonekey1', 'offkey01', 'nokey123', ''), encoded);
const coords = fc.tuple(number, number).map(([lat, lon]) => `${lat},${lon}`);
const list = fc.array(fc.oneof(number, fc.constantFrom('concert', 'theatre', 'x'), encoded), { maxLength: 12 }).map((items) => items.join(','));
const paging = fc.tuple(number, number).map(([offset, limit]) => `${offset},${limit}`);
const route = fc.constantFrom('', 'category', 'citylist', 'geocities', 'event', 'geo', '2', '999999');

/** The properties: each an arbitrary path (with query) to request. */
const PROPERTIES = {
  'random segments': fc.array(segment, { maxLength: 8 }).chain((segments) =>
    fc.tuple(key, fc.constantFrom('json', 'xml', ''), route).map(([k, format, r]) => `/${k}/${format}/${r}/${segments.join('/')}`),
  ),
  'listings': fc.tuple(key, number, list, paging).map(([k, city, categories, page]) => `/${k}/json/${city}/${categories}/${page}`),
  'geo': fc.tuple(key, coords, number, list, paging).map(([k, at, radius, categories, page]) => `/${k}/json/geo/${at}/${radius}/${categories}/${page}`),
  'geocities': fc.tuple(coords, list, list, number, paging).map(([at, ids, categories, max, page]) => `/demokey1/json/geocities/${at}/${ids}/${categories}/${max}/${page}`),
  'citylist and event': fc.tuple(encoded, list, number).chain(([query, ids, id]) =>
    fc.constantFrom(`/demokey1/json/citylist/${query}/${ids}`, `/demokey1/json/event/${id}`, `/zonekey1/json/geo/${ids}`),
  ),
  'images': fc.tuple(fc.oneof(encoded, fc.constantFrom('http://localhost/static/im/visuels/2001.jpg', 'javascript:alert(1)', 'http://evil.example/x.jpg', '//localhost/static/im/visuels/2001.jpg')), number, number, number, number).chain(
    ([src, w, h, zc, id]) =>
      fc.constantFrom(
        `/static/im/thumb.php?src=${encodeURIComponent(src)}&w=${w}&h=${h}&zc=${zc}`,
        `/static/im/thumb.php?src=${src}&w=${w}`,
        `/static/im/visuels/${id}.jpg`,
      ),
  ),
  'geocoder': fc.tuple(encoded, number).map(([q, limit]) => `/search/?q=${q}&limit=${limit}`),
};

/**
 * Requests `path` and returns a failure description, or undefined when the answer is acceptable.
 * @param {{ request(path: string): Response | Promise<Response> }} app
 * @param {string} path
 */
async function check(app, path) {
  let response;
  try {
    response = await app.request(path);
  } catch (error) {
    // A path the URL parser itself rejects never reaches a real server.
    if (error instanceof TypeError && /Invalid URL/i.test(error.message)) return undefined;
    return `${path}: threw ${error}`;
  }
  const type = response.headers.get('content-type') ?? '';
  const body = type.startsWith('image/') ? '' : await response.text();
  if (response.status >= 500) return `${path}: HTTP ${response.status} ${body.slice(0, 200)}`;
  if (LEAK.test(body)) return `${path}: stack trace or internals in body: ${body.slice(0, 200)}`;
  return undefined;
}

/**
 * Runs every property and returns, per property, the runs made and the failures (counterexample paths).
 * @returns {Promise<{name: string, runs: number, failures: string[]}[]>}
 */
export async function runFuzz({ runs = RUNS } = {}) {
  const app = createApp();
  const results = [];
  for (const [name, paths] of Object.entries(PROPERTIES)) {
    /** @type {string[]} */
    const failures = [];
    let made = 0;
    await fc.assert(
      fc.asyncProperty(paths, async (path) => {
        made++;
        const failure = await check(app, path);
        if (failure && failures.length < 5) failures.push(failure);
        return true; // keep going: every failure is collected rather than shrunk to one
      }),
      { numRuns: runs },
    );
    results.push({ name, runs: made, failures });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await runFuzz();
  const print = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);
  for (const r of results) print(`${r.name.padEnd(20)} ${r.runs} runs, ${r.failures.length} failures${r.failures.map((f) => `\n  ${f}`).join('')}`);
  process.exitCode = results.some((r) => r.failures.length) ? 1 : 0;
}

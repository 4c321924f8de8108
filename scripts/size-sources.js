// What each source costs in a bundle file, for `npm run size -- --sources`: every character of the file is
// attributed through its source map to the module it came from, and a module's cost is what the file's gzip
// size would lose without that module's characters. Gzip shares context between modules, so these costs add
// up to more than the file's size; they say where the bytes are, not how to split them exactly.

import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The segments of one line of a source map's `mappings`, as [generated column, source index] (the other
 * fields are decoded to keep the running values right, then dropped). Source indexes run on across lines.
 * @param {string} line
 * @param {{source: number, line: number, column: number, name: number}} state
 * @returns {[number, number | null][]}
 */
function decodeLine(line, state) {
  /** @type {[number, number | null][]} */
  const segments = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    column += fields[0] ?? 0;
    if (fields.length >= 4) {
      state.source += fields[1];
      state.line += fields[2];
      state.column += fields[3];
      if (fields.length >= 5) state.name += fields[4];
      segments.push([column, state.source]);
    } else segments.push([column, null]);
  }
  return segments;
}

/**
 * A source path as the report groups it: `lit` for Lit and @lit/task, the package name for other
 * dependencies, `src/<folder>` for the project's own modules.
 * @param {string} source
 */
export function sourceGroup(source) {
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (module) return /^(lit|lit-html|lit-element|@lit\/.*)$/.test(module) ? 'Lit and @lit/task' : module;
  const own = /(?:^|\/)src\/(?:([^/]+)\/)?/.exec(source);
  return own ? (own[1] ? `src/${own[1]}/` : 'src/ (root)') : source;
}

/**
 * Gzip bytes each source group costs in `file` (see above), with the characters no mapping covers (CSS
 * minified at build time without a map, mostly) as one group of their own.
 * @param {string} file path of a bundle file with its `.map` beside it
 * @returns {Map<string, number>} group → bytes, costliest first
 */
export function sourceCosts(file) {
  if (!existsSync(`${file}.map`)) throw new Error(`${file}.map is missing: the build writes source maps`);
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const state = { source: 0, line: 0, column: 0, name: 0 };
  /** Group of each character of each line, null where no mapping covers it. */
  const owners = lines.map((line, index) => {
    const owner = new Array(line.length).fill(null);
    const segments = decodeLine(map.mappings.split(';')[index] ?? '', state);
    segments.forEach(([column, source], at) => {
      const end = segments[at + 1]?.[0] ?? line.length;
      const group = source === null ? null : sourceGroup(map.sources[source]);
      for (let char = column; char < end; char += 1) owner[char] = group;
    });
    return owner;
  });
  const whole = gzipSync(code, { level: 9 }).length;
  const groups = new Set(owners.flat());
  /** @type {[string, number][]} */
  const costs = [...groups].map((group) => {
    // By UTF-16 unit, as source map columns count.
    const without = lines
      .map((line, index) => Array.from({ length: line.length }, (_, char) => (owners[index][char] === group ? '' : line[char])).join(''))
      .join('\n');
    return [group ?? 'template text on lines of its own (CSS, HTML)', whole - gzipSync(without, { level: 9 }).length];
  });
  return new Map(costs.sort((a, b) => b[1] - a[1]));
}

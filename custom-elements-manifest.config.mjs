// `cem analyze --litelement` (npm run build:manifest): custom-elements.json from the JSDoc on the element
// classes, written to dist/ and shipped in the npm package (package.json "customElements").
//
// `packagejson: false` matters: by default the analyzer rewrites package.json's "customElements" field to
// wherever --outdir points, which dirties the committed package.json.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where tsc puts the unbundled modules (tsconfig.build.json's outDir), relative to the package root. */
const NPM_DIR = 'dist/npm';

/**
 * The analyzer reads src/**\/*.ts, so every module path and reference points at TypeScript sources that
 * are not in the package. This rewrites them to the published JavaScript modules (src/x.ts → dist/npm/x.js).
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function publishedPaths() {
  const rewrite = (/** @type {string} */ path) => path.replace(/^src\/(.*)\.ts$/, `${NPM_DIR}/$1.js`);
  /** @param {any} node */
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = rewrite(value);
        else visit(value);
      }
    }
  };
  return {
    name: 'agenda-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Leaves private members (`#x`, `private x`) out: they are no one's API, and they tripled the file's size.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function withoutPrivateMembers() {
  /** @param {{privacy?: string, name?: string}} member */
  const isPrivate = (member) => member.privacy === 'private' || Boolean(member.name?.startsWith('#'));
  return {
    name: 'agenda-without-private-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of /** @type {any[]} */ (module.declarations ?? [])) {
          if (Array.isArray(declaration.members)) declaration.members = declaration.members.filter((m) => !isPrivate(m));
        }
      }
    },
  };
}

/**
 * A default written as a constant (`limit = DEFAULT_LIMIT`) is what a partner cannot read in the API tables:
 * this replaces an upper-case name with the number or string that `export const NAME = …;` gives it in src/.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function literalDefaults() {
  /** @type {Map<string, string>} */
  const constants = new Map();
  for (const file of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    for (const [, name = '', value = ''] of readFileSync(join('src', file), 'utf8').matchAll(/^export const ([A-Z][A-Z0-9_]*) = (\d[\d_.]*|'[^'\n]*');$/gm)) {
      const literal = value.replaceAll('_', '');
      const known = constants.get(name);
      if (known !== undefined && known !== literal) throw new Error(`literalDefaults: ${name} is exported with two values (${known}, ${literal})`);
      constants.set(name, literal);
    }
  }
  /** @param {any} node */
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if (typeof node.default === 'string' && constants.has(node.default)) node.default = constants.get(node.default);
      Object.values(node).forEach(visit);
    }
  };
  return {
    name: 'agenda-literal-defaults',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [withoutPrivateMembers(), literalDefaults(), publishedPaths()],
};

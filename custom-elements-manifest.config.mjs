// `cem analyze --litelement` (npm run build:manifest): custom-elements.json from the JSDoc on the element
// classes, written to dist/ and shipped in the npm package (package.json "customElements").
//
// `packagejson: false` matters: by default the analyzer rewrites package.json's "customElements" field to
// wherever --outdir points, which dirties the committed package.json.

import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Where tsc puts the unbundled modules (tsconfig.build.json's outDir), relative to the package root. */
const NPM_DIR = 'dist/npm';

/**
 * The analyzer reads src/**\/*.ts, so every module path and reference points at TypeScript sources that
 * are not in the package, written as `src/x.ts`, `/src/x.js`, or relative to the module that names them
 * (`./config.js` in a re-export). This rewrites them all to the published JavaScript modules, from the
 * package's root (src/x.ts → dist/npm/x.js).
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function publishedPaths() {
  /** @param {string} path @param {string} from the naming module's own path, `src/…` */
  const rewrite = (path, from) => {
    const resolved = /^\.\.?\//.test(path) ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
    return resolved.replace(/^src\/(.*)\.[jt]s$/, `${NPM_DIR}/$1.js`);
  };
  /** @param {any} node @param {string} from */
  const visit = (node, from) => {
    if (Array.isArray(node)) {
      node.forEach((item) => visit(item, from));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = rewrite(value, from);
        else visit(value, from);
      }
    }
  };
  return {
    name: 'agenda-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        visit(module, from);
      }
    },
  };
}

/**
 * Drops the definition the analyzer reads into src/elements/define.ts's `customElements.define(tag,
 * constructor)`: a helper's parameters, not a tag (the elements' own `define('agenda-events', …)` calls are
 * what register them, and their classes carry `@tagName`).
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function withoutHelperDefinition() {
  return {
    name: 'agenda-without-helper-definition',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.exports = module.exports?.filter(
          (/** @type {any} */ entry) => !(entry.kind === 'custom-element-definition' && entry.declaration?.name === 'constructor'),
        );
      }
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

/**
 * Says which module registers each element: src/elements/x.ts calls the `define` helper for the class of
 * src/elements/x.component.ts, which the analyzer does not follow. Tools that map tags to imports (editors,
 * Storybook) read these `custom-element-definition` exports.
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
function elementDefinitions() {
  return {
    name: 'agenda-element-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const component of modules) {
        const entry = modules.find((module) => module.path === component.path.replace(/\.component\.ts$/, '.ts'));
        if (!entry || entry === component) continue;
        for (const declaration of /** @type {any[]} */ (component.declarations ?? [])) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const source = readFileSync(entry.path, 'utf8');
          if (!source.includes(`define('${declaration.tagName}', ${declaration.name})`)) continue;
          (entry.exports ??= []).push({
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: component.path },
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [withoutPrivateMembers(), literalDefaults(), withoutHelperDefinition(), elementDefinitions(), publishedPaths()],
};

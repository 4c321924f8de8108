// Fails (exit 1) when the public API in custom-elements.json is not fully described: every element with a
// tag needs a description or summary, and each of its attributes, public properties, events, CSS parts,
// CSS custom properties and slots needs a description. The manifest comes from the JSDoc on the classes
// (`cem analyze --litelement`), so a gap here is a gap in the docs editors and IDEs show to integrators.
// It also fails when a part named in src/ (`part="…"`) or a custom property read there (`var(--agenda-…`) is
// listed by no element, when a path or module the manifest names is not in the package, and when a public
// tag has no `custom-element-definition` saying which module registers it.
//
// Usage: node scripts/check-manifest.js [path/to/custom-elements.json]   (default dist/custom-elements.json)

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const file = resolve(process.argv[2] ?? 'dist/custom-elements.json');

/**
 * @typedef {{name: string, description?: string, summary?: string, privacy?: string, static?: boolean,
 *   kind?: string, inheritedFrom?: {name: string}}} Item
 * @typedef {Item & {tagName?: string, customElement?: boolean, attributes?: Item[], members?: Item[],
 *   events?: Item[], cssParts?: Item[], cssProperties?: Item[], slots?: Item[]}} Declaration
 */

/** @type {{modules: {path: string, declarations?: Declaration[]}[]}} */
const manifest = JSON.parse(readFileSync(file, 'utf8'));

/** @param {Item} item */
const described = (item) => Boolean((item.description ?? '').trim() || (item.summary ?? '').trim());

/** A member integrators can use: a public, non-static field (properties; methods are not checked). */
const isPublicProperty = (/** @type {Item} */ member) =>
  member.kind === 'field' &&
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !member.name.startsWith('_') &&
  !member.name.startsWith('#');

/** @type {string[]} */
const problems = [];
let elements = 0;

for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    elements += 1;
    const where = `<${declaration.tagName}> (${declaration.name}, ${module.path})`;
    /** @type {string[]} */
    const missing = [];
    if (!described(declaration)) missing.push('the element itself (class JSDoc or @summary)');
    /** @type {[string, Item[] | undefined, (item: Item) => boolean][]} */
    const groups = [
      ['attribute', declaration.attributes, () => true],
      ['property', declaration.members, isPublicProperty],
      ['event', declaration.events, () => true],
      ['CSS part', declaration.cssParts, () => true],
      ['CSS property', declaration.cssProperties, () => true],
      ['slot', declaration.slots, () => true],
    ];
    for (const [label, items, keep] of groups) {
      for (const item of (items ?? []).filter(keep)) {
        if (described(item)) continue;
        const inherited = item.inheritedFrom ? ` (inherited from ${item.inheritedFrom.name})` : '';
        missing.push(`${label} ${label === 'slot' && !item.name ? '(default)' : `"${item.name}"`}${inherited}`);
      }
    }
    if (missing.length) problems.push(`${where} lacks a description for:\n${missing.map((m) => `  - ${m}`).join('\n')}`);
  }
}

/** Every part and custom property the elements declare, and the tags some module registers. */
const declared = { parts: new Set(), properties: new Set(), defined: new Set() };
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    for (const part of declaration.cssParts ?? []) declared.parts.add(part.name);
    for (const property of declaration.cssProperties ?? []) declared.properties.add(property.name);
  }
  for (const entry of /** @type {{kind: string, name: string}[]} */ (/** @type {any} */ (module).exports ?? [])) {
    if (entry.kind === 'custom-element-definition') declared.defined.add(entry.name);
  }
}
/** @type {Set<string>} */
const used = new Set();
/** @type {Set<string>} */
const read = new Set();
for (const name of readdirSync('src', { recursive: true, encoding: 'utf8' })) {
  if (!name.endsWith('.ts')) continue;
  const source = readFileSync(join('src', name), 'utf8');
  // Static part names only; a `${…}` in one is built from names listed elsewhere.
  for (const [, names = ''] of source.matchAll(/\bpart="([^"$]*)"/g)) names.split(/\s+/).filter(Boolean).forEach((part) => used.add(part));
  for (const [, property = ''] of source.matchAll(/var\((--agenda-[\w-]+)/g)) read.add(property);
}
const unlisted = [...used].filter((part) => !declared.parts.has(part));
if (unlisted.length) problems.push(`parts rendered in src/ but listed by no element (@csspart): ${unlisted.sort().join(', ')}`);
const unlistedProperties = [...read].filter((property) => !declared.properties.has(property));
if (unlistedProperties.length) problems.push(`custom properties read in src/ but listed by no element (@cssprop): ${unlistedProperties.sort().join(', ')}`);
/** @type {Set<string>} */
const paths = new Set();
/** @param {unknown} node */
const collect = (node) => {
  if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
      else collect(value);
    }
  }
};
collect(manifest.modules);
const absent = [...paths].filter((path) => !existsSync(path));
if (absent.length) problems.push(`paths the manifest names that are not in the package: ${absent.sort().join(', ')}`);
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    // Internal elements (the dialog) are registered where they are used, not from a module of their own.
    if (module.path.includes('/elements/') && !declared.defined.has(declaration.tagName)) {
      problems.push(`<${declaration.tagName}> has no custom-element-definition: which module registers it?`);
    }
  }
}

if (elements === 0) {
  console.error(`check-manifest: no element with a tag name in ${file}: is the analyzer configured?`);
  process.exit(1);
}
if (problems.length) {
  console.error(`check-manifest: ${file} has undocumented public API:\n\n${problems.join('\n\n')}\n`);
  console.error('Document them in the JSDoc of the element classes (@fires, @csspart, @cssprop, @slot, member comments).');
  process.exit(1);
}
console.info(`check-manifest: ${elements} elements, every public attribute, property, event, part and CSS property described.`);

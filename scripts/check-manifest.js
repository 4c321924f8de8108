// Fails (exit 1) when the public API in custom-elements.json is not fully described: every element with a
// tag needs a description or summary, and each of its attributes, public properties, events, CSS parts,
// CSS custom properties and slots needs a description. The manifest comes from the JSDoc on the classes
// (`cem analyze --litelement`), so a gap here is a gap in the docs editors and IDEs show to integrators.
//
// Usage: node scripts/check-manifest.js [path/to/custom-elements.json]   (default dist/custom-elements.json)

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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

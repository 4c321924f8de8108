// Writes the JSX typings of the npm package from custom-elements.json, so they follow the elements:
//
//   dist/npm/jsx.d.ts     framework-neutral props of each tag (`AgendaEventsProps`…, `AgendaWidgetsElements`):
//                         its properties, its multi-word attributes spelled out, and `on<event>` listeners
//   dist/npm/react.d.ts   adds the tags to React 19's `JSX.IntrinsicElements` (`import type {} from
//                         'agenda-widgets/react'`); React 19 sets a prop as a property when the element has
//                         one, else as an attribute, and `onagenda-select` listens to `agenda-select`
//   dist/npm/preact.d.ts  the same for Preact (`agenda-widgets/preact`), whose rules are the same
//
// Types come from the element classes themselves (`AgendaEvents['city']`), names and docs from the manifest.
//
// Usage: node scripts/jsx-types.js [manifest] [outdir]   (defaults dist/custom-elements.json, dist/npm)

import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const manifestFile = process.argv[2] ?? 'dist/custom-elements.json';
const outDir = process.argv[3] ?? 'dist/npm';
/** Module paths in the manifest are package-relative (`dist/npm/elements/x.js`). */
const MODULE_ROOT = 'dist/npm/';

/**
 * @typedef {{name: string, description?: string, summary?: string, privacy?: string, static?: boolean,
 *   readonly?: boolean, kind?: string, fieldName?: string, type?: {text: string}}} Item
 * @typedef {Item & {tagName?: string, attributes?: Item[], members?: Item[], events?: Item[]}} Declaration
 */

/** @type {{modules: {path: string, declarations?: Declaration[]}[]}} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** Module (relative to dist/npm/, `./x.js`) of every class the manifest knows, by name. */
const classModules = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind === 'class' && !classModules.has(declaration.name)) {
      classModules.set(declaration.name, `./${posix.relative(MODULE_ROOT, module.path)}`);
    }
  }
}

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ declaration, module })))
  .filter(({ declaration }) => declaration.tagName)
  .sort((a, b) => String(a.declaration.tagName).localeCompare(String(b.declaration.tagName)));

if (elements.length === 0) {
  console.error(`jsx-types: no element with a tag name in ${manifestFile}`);
  process.exit(1);
}

/** @param {string | undefined} text @param {string} indent */
const doc = (text, indent) => {
  const lines = (text ?? '').trim().split('\n').map((line) => line.trim()).filter(Boolean);
  if (!lines.length) return '';
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line.replaceAll('*/', '*\\/')}`).join('\n')}\n${indent} */\n`;
};
const key = (/** @type {string} */ name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const propsName = (/** @type {string} */ className) => `${className}Props`;

/** Imports of jsx.d.ts, by module. @type {Map<string, Set<string>>} */
const imports = new Map();
/** @param {string} name */
const use = (name) => {
  const from = classModules.get(name);
  if (!from) return false;
  if (!imports.has(from)) imports.set(from, new Set());
  imports.get(from)?.add(name);
  return true;
};

const interfaces = elements.map(({ declaration }) => {
  const className = declaration.name;
  if (!use(className)) throw new Error(`jsx-types: no module declares ${className}`);
  /** @type {string[]} */
  const members = [];
  const properties = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      (member.privacy ?? 'public') === 'public' &&
      !/^[#_]/.test(member.name),
  );
  for (const property of properties) {
    members.push(`${doc(property.description, '  ')}  ${key(property.name)}?: ${className}['${property.name}'];`);
  }
  const propertyNames = new Set(properties.map((property) => property.name));
  for (const attribute of declaration.attributes ?? []) {
    if (propertyNames.has(attribute.name)) continue;
    // A multi-word attribute (`thumb-width`): the element has no such property, so React 19 and Preact set
    // it as an attribute, always a string in the DOM.
    const type = attribute.fieldName && propertyNames.has(attribute.fieldName) ? `${className}['${attribute.fieldName}'] | string` : 'string';
    members.push(`${doc(attribute.description, '  ')}  ${key(attribute.name)}?: ${type};`);
  }
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    const type = event.type?.text && use(event.type.text) ? event.type.text : 'Event';
    members.push(`${doc(event.description, '  ')}  ${key(`on${event.name}`)}?: (event: ${type}) => void;`);
  }
  return `${doc(`Props of \`<${declaration.tagName}>\` in JSX: ${declaration.summary ?? declaration.description ?? ''}`, '')}export interface ${propsName(className)} {\n${members.join('\n')}\n}`;
});

const header = (/** @type {string} */ what) => `// ${what}\n// Generated by scripts/jsx-types.js from custom-elements.json: do not edit.\n`;

const jsx = `${header('JSX props of the agenda-widgets elements, for any JSX framework.')}
${[...imports].map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';`).join('\n')}

${interfaces.join('\n\n')}

/** Every tag and its JSX props; \`agenda-widgets/react\` and \`agenda-widgets/preact\` add them to JSX. */
export interface AgendaWidgetsElements {
${elements.map(({ declaration }) => `  '${declaration.tagName}': ${propsName(declaration.name)};`).join('\n')}
}

/** The element class of each tag. */
export interface AgendaWidgetsElementClasses {
${elements.map(({ declaration }) => `  '${declaration.tagName}': ${declaration.name};`).join('\n')}
}
`;

const framework = (/** @type {'react' | 'preact'} */ name) => {
  const attributes =
    name === 'react'
      ? (/** @type {string} */ tag) => `React.DetailedHTMLProps<React.HTMLAttributes<AgendaWidgetsElementClasses['${tag}']>, AgendaWidgetsElementClasses['${tag}']>`
      : (/** @type {string} */ tag) => `preact.HTMLAttributes<AgendaWidgetsElementClasses['${tag}']>`;
  const importLine = name === 'react' ? "import type * as React from 'react';" : "import type * as preact from 'preact';";
  return `${header(`The agenda-widgets elements in ${name === 'react' ? "React 19's" : "Preact's"} JSX: \`import type {} from 'agenda-widgets/${name}';\` once.`)}
${importLine}
import type { AgendaWidgetsElementClasses, AgendaWidgetsElements } from './jsx.js';

declare module '${name}' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(({ declaration }) => {
    const tag = String(declaration.tagName);
    return `${doc(declaration.summary ?? declaration.description, '      ')}      '${tag}': ${attributes(tag)} & AgendaWidgetsElements['${tag}'];`;
  })
  .join('\n')}
    }
  }
}
`;
};

writeFileSync(join(outDir, 'jsx.d.ts'), jsx);
writeFileSync(join(outDir, 'react.d.ts'), framework('react'));
writeFileSync(join(outDir, 'preact.d.ts'), framework('preact'));
// Runtime stand-ins, so `import 'agenda-widgets/react'` (not only `import type`) resolves too.
for (const name of ['jsx', 'react', 'preact']) writeFileSync(join(outDir, `${name}.js`), '// Types only: see the .d.ts beside this file.\nexport {};\n');
console.info(`jsx-types: ${elements.length} elements → ${outDir}/jsx.d.ts, react.d.ts, preact.d.ts`);

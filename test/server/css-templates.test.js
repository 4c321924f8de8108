// The build's minifier of Lit css`…` templates (scripts/css-templates.js, run by vite.config.ts): applied to
// every template in src/, the CSS it leaves must parse to the same rules as the original.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
// Vite's own CSS engine (a dependency of vite), so the comparison is a real CSS parser's.
import { transform } from 'lightningcss';
import { cssTemplates, minifyCss, minifyCssTemplates, splitTemplate } from '../../scripts/css-templates.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} dir @returns {string[]} */
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

/**
 * `template` parsed and printed by lightningcss, each `${…}` replaced by an identifier (valid as a selector and
 * as a value), so a change around an interpolation shows.
 * @param {string} template @param {string} name
 */
function parsed(template, name) {
  const css = splitTemplate(template)
    .map((part, index) => (index % 2 ? `x${(index - 1) / 2}` : part))
    .join('');
  // A placeholder standing alone (a shared style sheet spliced in) is not a rule: recovery drops it, in both.
  // lightningcss keeps the spaces of values it does not parse (`a, b`); a space beside a comma never matters.
  return transform({ filename: name, code: Buffer.from(css), minify: true, errorRecovery: true }).code.toString().replace(/ ?, ?/g, ',');
}

test('every css`` template in src/ minifies to the same rules, keeping its line count', () => {
  const files = filesUnder(join(ROOT, 'src')).filter((file) => file.endsWith('.ts') && readFileSync(file, 'utf8').includes('css`'));
  let templates = 0;
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const { start, end } of cssTemplates(code)) {
      const name = `${relative(ROOT, file)}:${code.slice(0, start).split('\n').length}`;
      const original = code.slice(start, end);
      const minified = minifyCss(original);
      templates++;
      assert.ok(minified.length < original.length, `${name} got smaller`);
      assert.equal(minified.split('\n').length, original.split('\n').length, `${name} keeps its lines`);
      assert.deepEqual(splitTemplate(minified).filter((_, i) => i % 2), splitTemplate(original).filter((_, i) => i % 2), `${name} keeps its interpolations`);
      assert.equal(parsed(minified, name), parsed(original, name), `${name} means the same`);
    }
    assert.equal(minifyCssTemplates(code).length < code.length, true, `${relative(ROOT, file)} is minified`);
  }
  assert.ok(templates >= 10, `found the templates (${templates})`);
});

test('spaces beside an interpolation stay; strings stay whole; comments go, even with quotes inside', () => {
  assert.equal(minifyCss('.a { margin: ${x} auto; }'), '.a{margin:${x} auto;}');
  assert.equal(minifyCss('.a ${sel} .b { color: red }'), '.a ${sel} .b{color:red}');
  assert.equal(minifyCss('${base}\n.c { gap: ${gap(1, { a: 2 })}px }'), '${base}\n.c{gap:${gap(1, { a: 2 })}px}');
  assert.equal(minifyCss(".q::before { content: ' /* , { } */ '; }"), ".q::before{content:' /* , { } */ ';}");
  assert.equal(minifyCss('.q { content: "a \\" ; b"; }'), '.q{content:"a \\" ; b";}');
  assert.equal(minifyCss(".r { /* it's */ color: red; } /* \"x */"), '.r{color:red;}');
  assert.equal(minifyCss('.s {\n  /* one\n  two */\n  color: red;\n}'), '.s{\n\n\ncolor:red;\n}');
});

test('finds a template whose interpolation holds a template or braces', () => {
  const code = 'const a = css`.a { color: ${`red`} }`;\nconst b = css`.b ${x ? "}" : "{"} { top: 0 }`;';
  assert.equal(minifyCssTemplates(code), 'const a = css`.a{color:${`red`}}`;\nconst b = css`.b ${x ? "}" : "{"}{top:0}`;');
});

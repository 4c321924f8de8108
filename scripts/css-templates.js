// Minifies the CSS of Lit's css`…` templates in TypeScript source (vite.config.ts runs it on the bundles; the JS
// minifier leaves template text alone). Kept apart from the config so test/server/css-templates.test.js can run
// it on every template in src/.

/** A comment or a quoted string of CSS, found in one pass so a `/*` inside a string is not a comment. */
const COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g;
/** Stands for the n-th protected piece (a string, an interpolation) while the rest is squeezed. */
const placeholder = (/** @type {number} */ index) => `\uE000${index}\uE001`;
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/**
 * `css`, minified: comments and indentation go, and the spaces around `{`, `}`, `;`, `,` and after `:`;
 * quoted strings and `${…}` interpolations stay as they are, with the spaces around them (`margin: ${x} auto`,
 * `.a ${sel} .b`). Line breaks stay, one per source line, so the source maps stay right.
 * @param {string} css the raw text of one template, interpolations included
 * @returns {string}
 */
export function minifyCss(css) {
  /** @type {string[]} */
  const kept = [];
  const keep = (/** @type {string} */ piece) => placeholder(kept.push(piece) - 1);
  const text = splitTemplate(css)
    .map((part, index) => (index % 2 ? keep(part) : part))
    .join('')
    .replace(COMMENT_OR_STRING, (match) => (match.startsWith('/*') ? match.replace(/[^\n]/g, '') : keep(match)))
    // A run of white space becomes its line breaks, or one space when it has none.
    .replace(/\s+/g, (run) => (run.includes('\n') ? run.replace(/[^\n]/g, '') : ' '))
    .replace(/ ?([{};,]) ?/g, '$1')
    // After a colon only: a space before one is a descendant combinator (`.card :focus`).
    .replace(/: /g, ':');
  return text.replace(PLACEHOLDER, (_match, index) => kept[Number(index)]);
}

/**
 * Every css`…` template of `code` minified (see `minifyCss`).
 * @param {string} code TypeScript or JavaScript source
 * @returns {string}
 */
export function minifyCssTemplates(code) {
  return cssTemplates(code).reduceRight(
    (result, { start, end }) => `${result.slice(0, start)}${minifyCss(result.slice(start, end))}${result.slice(end)}`,
    code,
  );
}

/**
 * Where the text of each css`…` template of `code` starts and ends (between the backticks).
 * @param {string} code
 * @returns {{start: number, end: number}[]}
 */
export function cssTemplates(code) {
  const found = [];
  for (const match of code.matchAll(/\bcss`/g)) {
    const start = match.index + match[0].length;
    const end = templateEnd(code, start);
    if (end > start || code[end] === '`') found.push({ start, end });
  }
  return found;
}

/**
 * `template` cut into literal text (even indexes) and `${…}` interpolations (odd indexes, `${` and `}` included).
 * @param {string} template
 * @returns {string[]}
 */
export function splitTemplate(template) {
  const parts = [];
  let from = 0;
  for (let i = 0; i < template.length; i++) {
    if (template[i] === '\\') i++;
    else if (template.startsWith('${', i)) {
      const close = expressionEnd(template, i + 2);
      parts.push(template.slice(from, i), template.slice(i, close + 1));
      from = close + 1;
      i = close;
    }
  }
  parts.push(template.slice(from));
  return parts;
}

/** Index of the backtick closing the template whose text starts at `from`. */
function templateEnd(/** @type {string} */ code, /** @type {number} */ from) {
  for (let i = from; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === '`') return i;
    else if (code.startsWith('${', i)) i = expressionEnd(code, i + 2);
  }
  return code.length;
}

/** Index of the `}` closing an interpolation whose expression starts at `from`: nested braces, strings and templates skipped. */
function expressionEnd(/** @type {string} */ code, /** @type {number} */ from) {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const char = code[i];
    if (char === '`') i = templateEnd(code, i + 1);
    else if (char === "'" || char === '"') {
      for (i++; i < code.length && code[i] !== char; i++) if (code[i] === '\\') i++;
    } else if (char === '{') depth++;
    else if (char === '}' && depth-- === 0) return i;
  }
  return code.length;
}

// @ts-check
// The builder page: reads the form into a state, shows the snippet and the colours' CSS rule built from it
// (snippet.js) and a fresh element with the same attributes in the preview, and copies either. No user value goes through innerHTML.

import { DEFAULT_API_BASE, INITIAL_STATE, buildCss, buildSnippet, colorsOf, isHexColor, previewAttributesOf, problemsOf } from './snippet.js';

/** @typedef {import('./snippet.js').BuilderState} BuilderState */

const form = /** @type {HTMLFormElement} */ (document.getElementById('builder-form'));
const preview = /** @type {HTMLElement} */ (document.getElementById('preview'));
const snippetCode = /** @type {HTMLElement} */ (document.getElementById('snippet'));
const copyButton = /** @type {HTMLButtonElement} */ (document.getElementById('copy'));
const cssSection = /** @type {HTMLElement} */ (document.getElementById('css-section'));
const cssCode = /** @type {HTMLElement} */ (document.getElementById('css-snippet'));
const copyCssButton = /** @type {HTMLButtonElement} */ (document.getElementById('copy-css'));
const copyStatus = /** @type {HTMLElement} */ (document.getElementById('copy-status'));
const problemsBox = /** @type {HTMLElement} */ (document.getElementById('builder-problems'));

/** @type {{id: number, name: string} | null} the town picked last (Amiens until then) */
let city = INITIAL_STATE.city;
/** @type {string[]} the categories picked last */
let categories = [];
/** @type {ReturnType<typeof setTimeout> | undefined} */
let previewTimer;
/** The attributes the preview shows, to skip re-rendering when nothing changed. */
let shownKey = '';

/** @param {string} name @returns {HTMLInputElement} a control of the form */
const control = (name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name));

/** @param {string} name @returns {string} the value of a field or radio group */
const valueOf = (name) => /** @type {HTMLInputElement | RadioNodeList} */ (form.elements.namedItem(name)).value;

/** @returns {BuilderState} what the form says now */
function readState() {
  const colour = (/** @type {string} */ use, /** @type {string} */ name) => (control(use).checked && isHexColor(valueOf(name)) ? valueOf(name) : '');
  return {
    element: /** @type {BuilderState['element']} */ (valueOf('element')),
    city,
    categories,
    geoMode: /** @type {BuilderState['geoMode']} */ (valueOf('geoMode')),
    radius: Number(valueOf('radius')),
    eventId: valueOf('eventId').trim(),
    layout: /** @type {BuilderState['layout']} */ (valueOf('layout')),
    limit: Number(valueOf('limit')),
    theme: /** @type {BuilderState['theme']} */ (valueOf('theme')),
    accent: colour('useAccent', 'accent'),
    text: colour('useText', 'text'),
    lang: /** @type {BuilderState['lang']} */ (valueOf('lang')),
    apiKey: valueOf('apiKey').trim(),
  };
}

/** @returns {import('./snippet.js').Target} where the pasted snippet loads the widgets and asks the API */
const readTarget = () => ({ scriptUrl: valueOf('scriptUrl').trim(), apiBase: valueOf('apiBase').trim() || DEFAULT_API_BASE });

/** Shows only the fieldsets and rows (`data-for`) that apply to the chosen element. */
function showRelevantFields(/** @type {string} */ element) {
  for (const part of form.querySelectorAll('[data-for]')) {
    /** @type {HTMLElement} */ (part).hidden = !(part.getAttribute('data-for') ?? '').split(' ').includes(element);
  }
  control('radius').disabled = valueOf('geoMode') === 'restricted';
}

/** Lists what keeps the snippet from working (text nodes only). */
function showProblems(/** @type {string[]} */ problems) {
  problemsBox.replaceChildren(...problems.map((problem) => Object.assign(document.createElement('p'), { textContent: problem })));
}

/** Puts a fresh element with the state's attributes in the preview (built with DOM APIs). */
function renderPreview(/** @type {BuilderState} */ state, /** @type {string} */ apiBase) {
  // The preview's address search asks this server's reference API, not the public geocoder.
  const attributes = previewAttributesOf(state, apiBase, new URL('/api', location.origin).href);
  const colors = colorsOf(state);
  const key = JSON.stringify([state.element, attributes, colors]);
  if (key === shownKey) return;
  shownKey = key;
  const element = document.createElement(state.element);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // Through the CSSOM, as the partner's style sheet rule would: no style attribute in the markup.
  for (const [name, value] of colors) element.style.setProperty(name, value);
  preview.replaceChildren(element);
}

/** Refreshes the snippet at once and the preview after a short pause (typing is not a request per key). */
function update() {
  const state = readState();
  const target = readTarget();
  showRelevantFields(state.element);
  const problems = problemsOf(state, target);
  showProblems(problems);
  snippetCode.textContent = buildSnippet(state, target);
  cssCode.textContent = buildCss(state);
  cssSection.hidden = !cssCode.textContent;
  copyStatus.textContent = '';
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => (problems.length ? preview.replaceChildren(problemNote()) : renderPreview(state, target.apiBase)), 300);
}

/** @returns {HTMLElement} what the preview shows while the form is incomplete */
function problemNote() {
  shownKey = '';
  return Object.assign(document.createElement('p'), { className: 'notice', textContent: 'Complétez le formulaire pour voir l’aperçu.' });
}

/** Selects a code block's text, for a manual copy when the clipboard is refused. */
function selectCode(/** @type {HTMLElement} */ code) {
  const range = document.createRange();
  range.selectNodeContents(code);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Copies a code block (the snippet or the CSS rule); announces the result in the live region. */
async function copyCode(/** @type {HTMLElement} */ code) {
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    copyStatus.textContent = code === cssCode ? 'Règle CSS copiée.' : 'Code copié.';
  } catch {
    selectCode(code);
    copyStatus.textContent = 'Copie impossible ici : le code est sélectionné, faites Ctrl+C (⌘+C sur Mac).';
  }
}

/** Follows the town picked in the city search. */
function onCityChange(/** @type {Event} */ event) {
  city = /** @type {CustomEvent<{city: {id: number, name: string}}>} */ (event).detail.city;
  /** @type {HTMLElement} */ (document.getElementById('city-name')).textContent = city.name;
  /** @type {HTMLElement} */ (document.getElementById('city-id')).textContent = String(city.id);
  update();
}

/** Follows the categories picked. */
function onCategoriesChange(/** @type {Event} */ event) {
  categories = [.../** @type {CustomEvent<{categories: string[]}>} */ (event).detail.categories];
  update();
}

/** Prefills the event number with the first event a listing preview showed, so `agenda-event` starts working. */
function onPreviewLoad(/** @type {Event} */ event) {
  const first = /** @type {CustomEvent<{items: {id: number}[]}>} */ (event).detail.items?.[0];
  const field = control('eventId');
  if (first && !field.value) field.value = String(first.id);
}

/** Fills the defaults that depend on this server, wires the events, and shows the first state. */
function start() {
  control('scriptUrl').value = new URL('/dist/agenda-widgets.js', location.origin).href;
  control('apiBase').value = new URL('/api', location.origin).href;
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('agenda-city-change', onCityChange);
  form.addEventListener('agenda-categories-change', onCategoriesChange);
  preview.addEventListener('agenda-load', onPreviewLoad);
  copyButton.addEventListener('click', () => copyCode(snippetCode));
  copyCssButton.addEventListener('click', () => copyCode(cssCode));
  update();
}

start();

// The builder's pure half: from the form's state to the element's attributes and the snippet a partner
// pastes. Plain JavaScript with JSDoc types, so the browser page and the Node e2e test import the same file.

/**
 * @typedef {'agenda-events' | 'agenda-geo' | 'agenda-event'} Tag
 * @typedef {object} BuilderState
 * @property {Tag} element which element the snippet shows
 * @property {{id: number, name: string} | null} city the town of `agenda-events`
 * @property {string[]} categories category URIs (empty: all)
 * @property {'locate' | 'restricted'} geoMode how `agenda-geo` finds its position
 * @property {number} radius km around the position (`agenda-geo`)
 * @property {string} eventId the event of `agenda-event`
 * @property {'list' | 'grid' | 'compact'} layout listing layout
 * @property {number} limit events per page
 * @property {'light' | 'dark' | 'auto'} theme colour scheme
 * @property {string} accent `#rrggbb`, or '' for the widgets' own
 * @property {string} text `#rrggbb`, or '' for the widgets' own
 * @property {'fr' | 'en'} lang language
 * @property {string} apiKey API key (8 letters or digits)
 * @typedef {{scriptUrl: string, apiBase: string}} Target where the pasted snippet loads the widgets and asks the API
 * @typedef {[name: string, value: string]} Attribute an attribute; '' for a boolean one
 */

/** The API the widgets ask when no `api-base` is given. */
export const DEFAULT_API_BASE = 'https://api.agendaculturel.fr';

/** @type {BuilderState} A town listing for Amiens with the demo key: what the page starts with. */
export const INITIAL_STATE = Object.freeze({
  element: 'agenda-events',
  city: { id: 2, name: 'Amiens' },
  categories: [],
  geoMode: 'locate',
  radius: 10,
  eventId: '',
  layout: 'list',
  limit: 6,
  theme: 'light',
  accent: '',
  text: '',
  lang: 'fr',
  apiKey: 'demokey1',
});

/** @param {string} value @returns {boolean} true for a `#rrggbb` colour */
export const isHexColor = (value) => /^#[0-9a-f]{6}$/i.test(value);

/** @param {string} value @returns {boolean} true for an API key the widgets accept (8 letters or digits) */
export const isApiKey = (value) => /^[a-z0-9]{8}$/i.test(value);

/** @param {string} value @returns {boolean} true for a positive whole number */
export const isPositiveInteger = (value) => /^[1-9][0-9]{0,9}$/.test(value);

/** @param {number} value @param {number} min @param {number} max @param {number} fallback */
const clamp = (value, min, max, fallback) => (Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback);

/** @param {BuilderState} state @returns {[name: string, value: string][]} the custom properties of the chosen colours */
export function colorsOf(state) {
  /** @type {[string, string][]} */
  const properties = [];
  if (isHexColor(state.accent)) properties.push(['--agenda-color-accent', state.accent], ['--agenda-color-focus', state.accent]);
  if (isHexColor(state.text)) properties.push(['--agenda-color-text', state.text]);
  return properties;
}

/**
 * The chosen colours as a rule for the partner's own style sheet ('' if none). Not a `style` attribute: a
 * page whose Content-Security-Policy has `style-src 'self'` (no 'unsafe-inline') ignores style attributes.
 * @param {BuilderState} state
 * @returns {string}
 */
export function buildCss(state) {
  const properties = colorsOf(state);
  if (!properties.length) return '';
  return `${state.element} {\n${properties.map(([name, value]) => `  ${name}: ${value};\n`).join('')}}\n`;
}

/** @param {BuilderState} state @returns {Attribute[]} what only the chosen element takes */
function elementAttributes(state) {
  if (state.element === 'agenda-event') return isPositiveInteger(state.eventId) ? [['event-id', state.eventId]] : [];
  /** @type {Attribute[]} */
  const attributes = [];
  if (state.element === 'agenda-events' && state.city) attributes.push(['city', String(state.city.id)]);
  if (state.element === 'agenda-geo') {
    attributes.push(state.geoMode === 'restricted' ? ['restricted', ''] : ['locate', '']);
    if (state.geoMode === 'locate') attributes.push(['radius', String(clamp(state.radius, 0.1, 1000, 10))]);
  }
  if (state.categories.length) attributes.push(['categories', state.categories.join(',')]);
  attributes.push(['layout', state.layout], ['limit', String(Math.round(clamp(state.limit, 1, 100, 15)))]);
  return attributes;
}

/**
 * The element's attributes, in snippet order; `api-base` only when it is not the widgets' default.
 * @param {BuilderState} state
 * @param {string} apiBase
 * @returns {Attribute[]}
 */
export function attributesOf(state, apiBase) {
  /** @type {Attribute[]} */
  const attributes = [['api-key', state.apiKey]];
  if (apiBase && apiBase !== DEFAULT_API_BASE) attributes.push(['api-base', apiBase]);
  attributes.push(...elementAttributes(state), ['theme', state.theme], ['lang', state.lang]);
  return attributes;
}

/**
 * The builder's live preview: the snippet's attributes, plus (for `agenda-geo locate`) `geocoder-base` at
 * `geocoderBase`, so its address search asks this server's reference API (`/search/`) rather than the public
 * geocoder. The snippet itself leaves `geocoder-base` out: in production the default geocoder is right.
 * @param {BuilderState} state
 * @param {string} apiBase
 * @param {string} geocoderBase
 * @returns {Attribute[]}
 */
export function previewAttributesOf(state, apiBase, geocoderBase) {
  const attributes = attributesOf(state, apiBase);
  if (state.element === 'agenda-geo' && state.geoMode === 'locate') attributes.push(['geocoder-base', geocoderBase]);
  return attributes;
}

/** @param {string} value @returns {string} value safe inside a double-quoted HTML attribute or text */
export const escapeHtml = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** @param {Attribute[]} attributes @returns {string} ` name="value"`… (booleans bare) */
const serialize = (attributes) =>
  attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');

/**
 * The snippet a partner pastes: the script tag, then the element.
 * @param {BuilderState} state
 * @param {Target} target
 * @returns {string}
 */
export function buildSnippet(state, { scriptUrl, apiBase }) {
  // blocking="render": the loader reserves the element's space before the first paint (README, "No layout shift").
  const script = `<script type="module" blocking="render" src="${escapeHtml(scriptUrl)}"></script>`;
  return `${script}\n<${state.element}${serialize(attributesOf(state, apiBase))}></${state.element}>\n`;
}

/**
 * What keeps the snippet from working, in French, for the form to show ([] when it is ready).
 * @param {BuilderState} state
 * @param {Target} target
 * @returns {string[]}
 */
export function problemsOf(state, { scriptUrl }) {
  const problems = [];
  if (!isApiKey(state.apiKey)) problems.push('La clé d’API doit compter exactement 8 lettres ou chiffres.');
  if (state.element === 'agenda-events' && !state.city) problems.push('Choisissez une ville.');
  if (state.element === 'agenda-event' && !isPositiveInteger(state.eventId)) problems.push('Saisissez le numéro de l’événement (un nombre entier).');
  if (!/^(https?:\/\/|\/)/.test(scriptUrl)) problems.push('L’adresse du script doit commencer par https://, http:// ou /.');
  return problems;
}

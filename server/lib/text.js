// Text helpers shared by the city search, the URL slugs and the poster renderer.

/**
 * Folds a name for comparisons: no accents, lower case, ligatures spelled out, and every run of
 * punctuation or spaces turned into one space ("L’Île-Saint-Denis" → "l ile saint denis"), so that what a
 * visitor types matches however the name is written.
 * @param {string} text
 * @returns {string}
 */
export function fold(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A URL slug ("Théâtre de l'Écho" → "theatre-de-l-echo").
 * @param {string} text
 */
export function slugify(text) {
  return fold(text).replace(/ /g, '-');
}

/**
 * Escapes text for XML/HTML element content and attribute values.
 * @param {string} text
 */
export function escapeXml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * "de" + a town name with French elision and contraction: "d’Amiens", "du Mans", "des Ulis", "de Lille".
 * @param {string} name
 */
export function ofTown(name) {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  return /^[AEIOUYÂÉÈÊÎÔH]/i.test(name) ? `d’${name}` : `de ${name}`;
}

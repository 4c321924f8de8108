// The seven event categories, in the order /category lists them.

/**
 * One category: `uri` is what URLs use (`nomcat`), `name` what is displayed (`cat_s`).
 * @typedef {{uri: string, name: string, color: string}} Category
 */

/** @type {readonly Category[]} */
export const CATEGORIES = Object.freeze([
  { uri: 'concert', name: 'Concert', color: '#c2185b' },
  { uri: 'theatre', name: 'Théâtre', color: '#b23a1f' },
  { uri: 'festival', name: 'Festival', color: '#e08a00' },
  { uri: 'jeune-public', name: 'Jeune public', color: '#2e8b57' },
  { uri: 'danse', name: 'Danse', color: '#7b3fa0' },
  { uri: 'arts-du-spectacle', name: 'Arts du spectacle', color: '#1f6fb2' },
  { uri: 'exposition', name: 'Exposition', color: '#00838f' },
]);

/** Categories by URI. */
export const CATEGORY_BY_URI = new Map(CATEGORIES.map((category) => [category.uri, category]));

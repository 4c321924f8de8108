/**
 * The URL builders of every endpoint of the API and of the image resizer, in one import. They live in two
 * modules so a page that only lists a city's events loads only the first: `urls-core.ts` (API base, city
 * listing, event, thumbnails) and `urls-places.ts` (categories, city search, nearby cities, geo listing).
 * Nothing but re-exports here: the bundle then resolves each import to its own module.
 */
export * from './urls-core.js';
export * from './urls-places.js';

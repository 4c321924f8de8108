/** The English catalogue, a chunk of its own: only elements that speak English load it (see i18n.ts). */
import type { Messages } from './i18n.js';

/** The seven documented categories (KNOWN_CATEGORIES, src/client/types.ts) in English; the API names them in French only. */
const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  concert: 'Concert',
  theatre: 'Theatre',
  festival: 'Festival',
  'jeune-public': 'Young audiences',
  danse: 'Dance',
  'arts-du-spectacle': 'Performing arts',
  exposition: 'Exhibition',
};

/** Every word of i18n.ts, in English. */
export const en: Messages = {
  listLabel: 'Upcoming events',
  loading: 'Loading events…',
  loaded: (n) => (n === 1 ? '1 event shown.' : `${n} events shown.`),
  loadedMore: (n) => (n === 1 ? '1 more event.' : `${n} more events.`),
  noMore: 'All events are shown.',
  empty: 'No upcoming events right now.',
  chooseCity: 'Choose a town to see its events.',
  unreadable: 'The events on this page could not be shown.',
  emptyWithCategories: 'Try other categories.',
  errorTitle: 'The events could not be shown.',
  errorCode: (code) => `Code: ${code}`,
  retry: 'Try again',
  more: 'More events',
  loadingMore: 'Loading…',
  moreFailed: 'The next events could not be loaded.',
  openFailed: 'The event could not be opened.',
  free: 'Free',
  cancelled: 'Cancelled',
  featured: 'Featured',
  book: 'Book',
  newWindow: 'opens in a new window',
  quote: (title) => `“${title}”`,
  withArtists: (names, others) => (others > 0 ? `With ${names} and ${others} more` : `With ${names}`),
  imageAlt: (title) => `Image for “${title}”`,
  rangeFrom: 'From ',
  rangeTo: ' to ',
  until: 'until ',
  today: 'Today',
  tomorrow: 'Tomorrow',
  away: (distance) => `${distance} away`,
  opening: 'Opening the event page…',
  categoryName: (uri, apiName) => (Object.hasOwn(CATEGORY_NAMES, uri) ? CATEGORY_NAMES[uri]! : apiName || uri),
};

/**
 * Every word the widgets show, in French (the default) and English. API error messages come from the
 * client's `errorMessage()`; everything else lives here.
 */
import type { Lang } from '../client/types.js';

/** Where a configuration value was read. */
export type ConfigSource = 'element' | 'provider' | 'configure';

/** The message catalogue of one language. */
export interface Messages {
  /** Accessible name of the list of events. */
  listLabel: string;
  /** Announced while a page loads. */
  loading: string;
  /** Announced when a first page is shown. */
  loaded(count: number): string;
  /** Announced when a further page is appended. */
  loadedMore(count: number): string;
  /** Announced when the "more" button found nothing further. */
  noMore: string;
  /** The empty state. */
  empty: string;
  /** Second line of the empty state when categories filter the listing. */
  emptyWithCategories: string;
  /** Heading of the error state. */
  errorTitle: string;
  /** The error code, shown small for support requests. */
  errorCode(code: string): string;
  /** Retry button. */
  retry: string;
  /** The "more" button. */
  more: string;
  /** The "more" button while it loads. */
  loadingMore: string;
  /** Shown when loading a further page failed. */
  moreFailed: string;
  /** Badges. */
  free: string;
  cancelled: string;
  featured: string;
  /** Booking link text. */
  book: string;
  /** Told to screen readers on links that open a new window. */
  newWindow: string;
  /** Performers line: `Avec A, B et 3 autres`. */
  withArtists(names: string, others: number): string;
  /** Alternative text of an event's visual. */
  imageAlt(title: string): string;
  /** Words around a date range: `Du 12 nov. au 15 déc.`. */
  rangeFrom: string;
  rangeTo: string;
  today: string;
  tomorrow: string;
  /** Distance from the searched position, e.g. `à 2,3 km`. */
  away(distance: string): string;
  /** Announced while the event page is looked up (`detail="link"`). */
  opening: string;
  /** Configuration errors, naming the attribute (or `configure()` option) at fault. */
  configMissing(attribute: string, source: ConfigSource): string;
  configInvalid(attribute: string, value: string, expected: string, source: ConfigSource): string;
  /** What a valid value looks like, per attribute of any element (shown in configuration errors). */
  expected: Record<string, string>;
}

const where = {
  fr: { element: 'de l’élément', provider: 'de <agenda-provider>', configure: 'de configure()' },
  en: { element: 'on the element', provider: 'on <agenda-provider>', configure: 'of configure()' },
} as const;

const fr: Messages = {
  listLabel: 'Événements à venir',
  loading: 'Chargement des événements…',
  loaded: (n) => (n < 2 ? `${n} événement affiché.` : `${n} événements affichés.`),
  loadedMore: (n) => (n < 2 ? `${n} événement de plus.` : `${n} événements de plus.`),
  noMore: 'Tous les événements sont affichés.',
  empty: 'Aucun événement à venir pour le moment.',
  emptyWithCategories: 'Essayez avec d’autres catégories.',
  errorTitle: 'Les événements n’ont pas pu être affichés.',
  errorCode: (code) => `Code : ${code}`,
  retry: 'Réessayer',
  more: 'Plus d’événements',
  loadingMore: 'Chargement…',
  moreFailed: 'La suite n’a pas pu être chargée.',
  free: 'Gratuit',
  cancelled: 'Annulé',
  featured: 'À la une',
  book: 'Réserver',
  newWindow: 'nouvelle fenêtre',
  withArtists: (names, others) =>
    others > 0 ? `Avec ${names} et ${others} ${others > 1 ? 'autres' : 'autre'}` : `Avec ${names}`,
  imageAlt: (title) => `Visuel de « ${title} »`,
  rangeFrom: 'Du ',
  rangeTo: ' au ',
  today: 'Aujourd’hui',
  tomorrow: 'Demain',
  away: (distance) => `à ${distance}`,
  opening: 'Ouverture de la page de l’événement…',
  configMissing: (attribute, source) =>
    source === 'configure'
      ? `Configuration incomplète : l’option « ${attribute} » est obligatoire.`
      : `Configuration incomplète : l’attribut « ${attribute} » est obligatoire.`,
  configInvalid: (attribute, value, expected, source) =>
    `Configuration invalide : « ${attribute} » ${where.fr[source]} vaut « ${value} » ; attendu : ${expected}.`,
  expected: {
    'api-key': '8 lettres ou chiffres',
    'api-base': 'une adresse http(s)',
    theme: 'light, dark ou auto',
    layout: 'list, grid ou compact',
    detail: 'dialog, link ou none',
    city: 'un identifiant de ville (nombre entier positif)',
    categories: 'des URI de catégories séparées par des virgules (concert,theatre)',
    limit: 'un nombre entier de 1 à 100',
    offset: 'un nombre entier positif ou nul',
    'thumb-width': 'un nombre entier de pixels, de 16 à 1200',
    'thumb-height': 'un nombre entier de pixels, de 16 à 1200',
    lat: 'une latitude en degrés décimaux (49.897455)',
    lon: 'une longitude en degrés décimaux (2.301060)',
    radius: 'un rayon en km, supérieur à 0 (10 ou 2.5)',
    'geocoder-base': 'une adresse http(s) ou un chemin du site (/api)',
    'event-id': 'un identifiant d’événement (nombre entier positif)',
    'image-width': 'un nombre entier de pixels, de 16 à 1200',
    'image-height': 'un nombre entier de pixels, de 16 à 1200',
    exclude: 'des identifiants de ville séparés par des virgules (1,37)',
    value: 'des URI de catégories séparées par des virgules (concert,theatre)',
  },
};

const en: Messages = {
  listLabel: 'Upcoming events',
  loading: 'Loading events…',
  loaded: (n) => (n === 1 ? '1 event shown.' : `${n} events shown.`),
  loadedMore: (n) => (n === 1 ? '1 more event.' : `${n} more events.`),
  noMore: 'All events are shown.',
  empty: 'No upcoming events right now.',
  emptyWithCategories: 'Try other categories.',
  errorTitle: 'The events could not be shown.',
  errorCode: (code) => `Code: ${code}`,
  retry: 'Try again',
  more: 'More events',
  loadingMore: 'Loading…',
  moreFailed: 'The next events could not be loaded.',
  free: 'Free',
  cancelled: 'Cancelled',
  featured: 'Featured',
  book: 'Book',
  newWindow: 'opens in a new window',
  withArtists: (names, others) => (others > 0 ? `With ${names} and ${others} more` : `With ${names}`),
  imageAlt: (title) => `Image for “${title}”`,
  rangeFrom: 'From ',
  rangeTo: ' to ',
  today: 'Today',
  tomorrow: 'Tomorrow',
  away: (distance) => `${distance} away`,
  opening: 'Opening the event page…',
  configMissing: (attribute, source) =>
    source === 'configure'
      ? `Incomplete configuration: the “${attribute}” option is required.`
      : `Incomplete configuration: the “${attribute}” attribute is required.`,
  configInvalid: (attribute, value, expected, source) =>
    `Invalid configuration: “${attribute}” ${where.en[source]} is “${value}”; expected ${expected}.`,
  expected: {
    'api-key': '8 letters or digits',
    'api-base': 'an http(s) address',
    theme: 'light, dark or auto',
    layout: 'list, grid or compact',
    detail: 'dialog, link or none',
    city: 'a city id (a positive whole number)',
    categories: 'comma-separated category URIs (concert,theatre)',
    limit: 'a whole number from 1 to 100',
    offset: 'a whole number, 0 or more',
    'thumb-width': 'a whole number of pixels, from 16 to 1200',
    'thumb-height': 'a whole number of pixels, from 16 to 1200',
    lat: 'a latitude in decimal degrees (49.897455)',
    lon: 'a longitude in decimal degrees (2.301060)',
    radius: 'a radius in km, above 0 (10 or 2.5)',
    'geocoder-base': 'an http(s) address or a path on this site (/api)',
    'event-id': 'an event id (a positive whole number)',
    'image-width': 'a whole number of pixels, from 16 to 1200',
    'image-height': 'a whole number of pixels, from 16 to 1200',
    exclude: 'comma-separated town ids (1,37)',
    value: 'comma-separated category URIs (concert,theatre)',
  },
};

const catalogues: Record<Lang, Messages> = { fr, en };

/** The messages of a language. */
export function messages(lang: Lang): Messages {
  return catalogues[lang];
}

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
  /** Second line of the empty state of a geo listing. */
  emptyAround(radius: string): string;
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
  /** Geolocation. */
  locatePrompt: string;
  locatePromptWithDefault: string;
  locateButton: string;
  locating: string;
  locatedAround: string;
  locateDenied: string;
  locateUnavailable: string;
  locateFallback: string;
  /** The prompt when the address search is offered beside the position button. */
  locatePromptOrAddress: string;
  locatePromptWithDefaultOrAddress: string;
  /** The prompt while the visitor changes the place the events are listed around. */
  changePlacePrompt: string;
  /** Address search (`<agenda-geo locate>`): the field's label and placeholder (a hint, never the label). */
  addressLabel: string;
  addressPlaceholder: string;
  /** Announced when the geocoder answered. */
  addressFound(count: number): string;
  /** Shown and announced when it found nothing. */
  addressNone: string;
  /** Heading of the address search's error, and the reason for each error code. */
  addressErrorTitle: string;
  addressError(code: string, status?: number): string;
  /** What the listing is around once a place is picked: `Autour de : Amiens`. */
  aroundPlace(label: string): string;
  /** The "change" action beside it: visible text, and the words only screen readers hear after it. */
  changePlace: string;
  changePlaceHidden: string;
  /** Gives up changing the place. */
  cancelChange: string;
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
  emptyAround: (radius) => `Rien de prévu dans un rayon de ${radius}.`,
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
  locatePrompt: 'Voir les événements autour de vous ? Votre position ne sert qu’à cette recherche.',
  locatePromptWithDefault: 'Voir plutôt les événements autour de vous ? Votre position ne sert qu’à cette recherche.',
  locateButton: 'Utiliser ma position',
  locating: 'Recherche de votre position…',
  locatedAround: 'Événements autour de votre position.',
  locateDenied:
    'Vous n’avez pas autorisé l’accès à votre position. Vous pouvez l’autoriser dans les réglages du navigateur, puis réessayer.',
  locateUnavailable: 'Votre position n’a pas pu être déterminée.',
  locateFallback: 'Voici les événements autour de la position par défaut.',
  locatePromptOrAddress:
    'Voir les événements autour de vous ? Utilisez votre position (elle ne sert qu’à cette recherche), ou saisissez une adresse ou une ville.',
  locatePromptWithDefaultOrAddress:
    'Voir plutôt les événements autour de vous ? Utilisez votre position (elle ne sert qu’à cette recherche), ou saisissez une adresse ou une ville.',
  changePlacePrompt: 'Saisissez une autre adresse ou ville, ou utilisez votre position.',
  addressLabel: 'Adresse ou ville',
  addressPlaceholder: 'Ex. : Amiens, 12 rue de la République…',
  addressFound: (n) => (n > 1 ? `${n} lieux trouvés.` : `${n} lieu trouvé.`),
  addressNone: 'Aucune adresse ni ville trouvée.',
  addressErrorTitle: 'La recherche d’adresse n’a pas abouti.',
  addressError: (code, status) => {
    switch (code) {
      case 'network':
        return 'Le service de recherche d’adresses est injoignable. Vérifiez votre connexion.';
      case 'timeout':
        return 'Le service de recherche d’adresses met trop de temps à répondre.';
      case 'parse':
        return 'La réponse du service de recherche d’adresses est illisible.';
      case 'config':
        return 'La recherche d’adresses est mal configurée.';
      default:
        return `Le service de recherche d’adresses a répondu par une erreur${status ? ` (HTTP ${status})` : ''}.`;
    }
  },
  aroundPlace: (label) => `Autour de : ${label}`,
  changePlace: 'Changer',
  changePlaceHidden: ' de lieu',
  cancelChange: 'Annuler',
};

const en: Messages = {
  listLabel: 'Upcoming events',
  loading: 'Loading events…',
  loaded: (n) => (n === 1 ? '1 event shown.' : `${n} events shown.`),
  loadedMore: (n) => (n === 1 ? '1 more event.' : `${n} more events.`),
  noMore: 'All events are shown.',
  empty: 'No upcoming events right now.',
  emptyWithCategories: 'Try other categories.',
  emptyAround: (radius) => `Nothing planned within ${radius}.`,
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
  locatePrompt: 'See the events around you? Your position is only used for this search.',
  locatePromptWithDefault: 'See the events around you instead? Your position is only used for this search.',
  locateButton: 'Use my position',
  locating: 'Finding your position…',
  locatedAround: 'Events around your position.',
  locateDenied:
    'You did not allow access to your position. You can allow it in your browser settings, then try again.',
  locateUnavailable: 'Your position could not be determined.',
  locateFallback: 'Here are the events around the default position.',
  locatePromptOrAddress:
    'See the events around you? Use your position (it is only used for this search), or type an address or a town.',
  locatePromptWithDefaultOrAddress:
    'See the events around you instead? Use your position (it is only used for this search), or type an address or a town.',
  changePlacePrompt: 'Type another address or town, or use your position.',
  addressLabel: 'Address or town',
  addressPlaceholder: 'e.g. Amiens, 12 rue de la République…',
  addressFound: (n) => (n === 1 ? '1 place found.' : `${n} places found.`),
  addressNone: 'No address or town found.',
  addressErrorTitle: 'The address search failed.',
  addressError: (code, status) => {
    switch (code) {
      case 'network':
        return 'The address search service could not be reached. Check your connection.';
      case 'timeout':
        return 'The address search service is taking too long to answer.';
      case 'parse':
        return 'The address search service sent an answer that could not be read.';
      case 'config':
        return 'The address search is misconfigured.';
      default:
        return `The address search service answered with an error${status ? ` (HTTP ${status})` : ''}.`;
    }
  },
  aroundPlace: (label) => `Around: ${label}`,
  changePlace: 'Change',
  changePlaceHidden: ' place',
  cancelChange: 'Cancel',
};

const catalogues: Record<Lang, Messages> = { fr, en };

/** The messages of a language. */
export function messages(lang: Lang): Messages {
  return catalogues[lang];
}

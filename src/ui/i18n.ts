/**
 * Every word the widgets show in a working listing, in French (the default); English loads when an element
 * speaks it. Error messages are worded elsewhere and load on the error path (errors.ts).
 */
import type { Lang } from '../client/types.js';

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
}

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
};

/** The catalogues loaded so far: French is built in, English is a chunk of its own (i18n-en.ts). */
const catalogues: Partial<Record<Lang, Messages>> = { fr };

/** The English catalogue's load, once asked for; `englishFailed` when it could not load (French stands in). */
let englishLoading: Promise<void> | undefined;
let englishFailed = false;

/** The messages of a language; French until the English catalogue has loaded (see `loadMessages`). */
export function messages(lang: Lang): Messages {
  return catalogues[lang] ?? fr;
}

/**
 * Loads the catalogue of `lang` if it is not there yet: a promise that settles once it is (never rejects;
 * French stands in if it cannot load), or null when there is nothing to wait for.
 */
export function loadMessages(lang: Lang): Promise<void> | null {
  if (catalogues[lang] || englishFailed) return null;
  return (englishLoading ??= import('./i18n-en.js').then(
    (module) => {
      catalogues.en = module.en;
    },
    () => {
      englishFailed = true;
    },
  ));
}

/**
 * Every word the widgets show in a working listing, in French (the default); English loads when an element
 * speaks it. Error messages are worded elsewhere and load on the error path (errors.ts).
 */
import type { Lang } from '../client/types.js';
import { LazyModule } from './lazy-module.js';

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
  /** In place of the events of a listing without a town while a town picker (`for`) is there to give it one. */
  chooseCity: string;
  /** The empty state of a full page none of whose records could be shown (a next page follows). */
  unreadable: string;
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
  /** Shown when an activated card's event could not be opened (dialog or page). */
  openFailed: string;
  /** Badges. */
  free: string;
  cancelled: string;
  featured: string;
  /** Booking link text. */
  book: string;
  /** Told to screen readers on links that open a new window. */
  newWindow: string;
  /** A title quoted in a sentence: `« Titre »`, `“Title”`. */
  quote(title: string): string;
  /** Performers line: `Avec A, B et 3 autres`. */
  withArtists(names: string, others: number): string;
  /** Alternative text of an event's visual. */
  imageAlt(title: string): string;
  /** Words around a date range: `Du 12 nov. au 15 déc.`. */
  rangeFrom: string;
  rangeTo: string;
  /** Before a run's last day, after the next date: `jusqu’au 20 déc.`. */
  until: string;
  today: string;
  tomorrow: string;
  /** Distance from the searched position, e.g. `à 2,3 km`. */
  away(distance: string): string;
  /** Announced while the event page is looked up (`detail="link"`). */
  opening: string;
  /**
   * A category's name from its URI; `apiName` (the API's French name) for the French catalogue and unknown URIs,
   * and when the API sent none, the documented name, else the URI.
   */
  categoryName(uri: string, apiName: string): string;
}

/** The seven documented categories' names, for a record that gives a category's URI but not its name. */
const FRENCH_CATEGORY_NAMES: Readonly<Record<string, string>> = {
  concert: 'Concert',
  theatre: 'Théâtre',
  festival: 'Festival',
  'jeune-public': 'Jeune public',
  danse: 'Danse',
  'arts-du-spectacle': 'Arts du spectacle',
  exposition: 'Exposition',
};

const fr: Messages = {
  listLabel: 'Événements à venir',
  loading: 'Chargement des événements…',
  loaded: (n) => (n < 2 ? `${n} événement affiché.` : `${n} événements affichés.`),
  loadedMore: (n) => (n < 2 ? `${n} événement de plus.` : `${n} événements de plus.`),
  noMore: 'Tous les événements sont affichés.',
  empty: 'Aucun événement à venir pour le moment.',
  chooseCity: 'Choisissez une ville pour voir ses événements.',
  unreadable: 'Les événements de cette page n’ont pas pu être affichés.',
  emptyWithCategories: 'Essayez avec d’autres catégories.',
  errorTitle: 'Les événements n’ont pas pu être affichés.',
  errorCode: (code) => `Code\u00a0: ${code}`,
  retry: 'Réessayer',
  more: 'Plus d’événements',
  loadingMore: 'Chargement…',
  moreFailed: 'La suite n’a pas pu être chargée.',
  openFailed: 'L’événement n’a pas pu être ouvert.',
  free: 'Gratuit',
  cancelled: 'Annulé',
  featured: 'À la une',
  book: 'Réserver',
  newWindow: 'nouvelle fenêtre',
  quote: (title) => `« ${title} »`,
  withArtists: (names, others) =>
    others > 0 ? `Avec ${names} et ${others} ${others > 1 ? 'autres' : 'autre'}` : `Avec ${names}`,
  imageAlt: (title) => `Visuel de « ${title} »`,
  rangeFrom: 'Du ',
  rangeTo: ' au ',
  until: 'jusqu’au ',
  today: 'Aujourd’hui',
  tomorrow: 'Demain',
  away: (distance) => `à ${distance}`,
  opening: 'Ouverture de la page de l’événement…',
  categoryName: (uri, apiName) => apiName || (Object.hasOwn(FRENCH_CATEGORY_NAMES, uri) ? FRENCH_CATEGORY_NAMES[uri]! : uri),
};

/** How the English catalogue arrives; tests replace it to hold or fail the load. */
export const messagesSource = { load: (): Promise<{ en: Messages }> => import('./i18n-en.js') };

/** English, a chunk of its own (i18n-en.ts); French is built in and stands in while it loads or if it fails. */
const english = new LazyModule(messagesSource);

/** The messages of a language; French until the English catalogue has loaded (see `loadMessages`). */
export function messages(lang: Lang): Messages {
  return (lang === 'en' && english.value?.en) || fr;
}

/**
 * Starts loading the catalogue of `lang` unless it is there or under way: a promise that settles once it is
 * there or its load failed (never rejects; French stands in), or null when there is nothing to wait for.
 * After a failure only `retry` tries again (an element's next connection), so updates do not refetch it.
 */
export function loadMessages(lang: Lang, { retry = false }: { retry?: boolean } = {}): Promise<void> | null {
  return lang === 'en' ? english.load(retry) : null;
}

/** True while the catalogue of `lang` is still on its way (not there, and its last load did not fail). */
export function messagesPending(lang: Lang): boolean {
  return lang === 'en' && !english.value && !english.failed;
}

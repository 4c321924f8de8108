/**
 * The words of the pickers, in French (the default) and English. Shared words (retry, error codes,
 * configuration problems, geolocation) come from `ui/i18n.ts`; only what is specific to the pickers lives here.
 */
import type { Lang } from '../../client/types.js';
import { formatDistance } from '../format.js';

/** The picker catalogue of one language. */
export interface PickerMessages {
  /** Default visible label of the city combobox. */
  cityLabel: string;
  /**
   * Placeholder of the city input: a short hint, never the label nor instructions (it must fit a 280px field at
   * 16px, ~25 characters).
   */
  cityPlaceholder: string;
  /** How a city reads in the list and in the input: `Amiens (Somme)`. */
  cityName(name: string, dep: string): string;
  /** The nearby details after a city: `42 événements, 3 km`. */
  nearbyDetails(events: number, distanceKm: number): string;
  /** Announced when a search answered. */
  citiesFound(count: number): string;
  /** Shown and announced when a search found nothing. */
  noCity: string;
  /** Announced when the nearby cities are listed. */
  nearbyFound(count: number): string;
  /** Shown and announced when no city with events is near. */
  noNearby: string;
  /** Announced after a pick. */
  citySelected(label: string): string;
  /** The "near me" button. */
  nearMe: string;
  /** Heading of the city search's error state. */
  cityErrorTitle: string;
  /** Default visible label of the category chips. */
  categoriesLabel: string;
  /** Announced while the categories load. */
  categoriesLoading: string;
  /** The empty state of the chips. */
  categoriesEmpty: string;
  /** Heading of the chips' error state. */
  categoriesErrorTitle: string;
}

const fr: PickerMessages = {
  cityLabel: 'Ville',
  cityPlaceholder: 'Nom de la ville',
  cityName: (name, dep) => (dep ? `${name} (${dep})` : name),
  nearbyDetails: (events, km) =>
    `${events} ${events > 1 ? 'événements' : 'événement'}, ${formatDistance(km, 'fr')}`,
  citiesFound: (n) => (n > 1 ? `${n} villes trouvées.` : `${n} ville trouvée.`),
  noCity: 'Aucune ville trouvée.',
  nearbyFound: (n) => (n > 1 ? `${n} villes proches trouvées.` : `${n} ville proche trouvée.`),
  noNearby: 'Aucune ville avec des événements à proximité.',
  citySelected: (label) => `${label} sélectionnée.`,
  nearMe: 'Autour de moi',
  cityErrorTitle: 'La recherche de villes n’a pas abouti.',
  categoriesLabel: 'Catégories',
  categoriesLoading: 'Chargement des catégories…',
  categoriesEmpty: 'Aucune catégorie disponible.',
  categoriesErrorTitle: 'Les catégories n’ont pas pu être chargées.',
};

const en: PickerMessages = {
  cityLabel: 'Town',
  cityPlaceholder: 'Town name',
  cityName: (name, dep) => (dep ? `${name} (${dep})` : name),
  nearbyDetails: (events, km) => `${events} ${events === 1 ? 'event' : 'events'}, ${formatDistance(km, 'en')}`,
  citiesFound: (n) => (n === 1 ? '1 town found.' : `${n} towns found.`),
  noCity: 'No town found.',
  nearbyFound: (n) => (n === 1 ? '1 nearby town found.' : `${n} nearby towns found.`),
  noNearby: 'No town with events nearby.',
  citySelected: (label) => `${label} selected.`,
  nearMe: 'Near me',
  cityErrorTitle: 'The town search failed.',
  categoriesLabel: 'Categories',
  categoriesLoading: 'Loading categories…',
  categoriesEmpty: 'No category available.',
  categoriesErrorTitle: 'The categories could not be loaded.',
};

const catalogues: Record<Lang, PickerMessages> = { fr, en };

/** The picker messages of a language. */
export function pickerMessages(lang: Lang): PickerMessages {
  return catalogues[lang];
}

/**
 * The words of geolocation and of the address search (`<agenda-geo locate>`, the city search's "near me"), in
 * French (the default) and English: kept out of `ui/i18n.ts` so a page that only lists a town's events never
 * downloads them.
 */
import type { Lang } from '../client/types.js';

/** The geolocation catalogue of one language. */
export interface GeoMessages {
  /** Second line of the empty state of a geo listing. */
  emptyAround(radius: string): string;
  /** Geolocation. */
  locatePrompt: string;
  locatePromptWithDefault: string;
  locateButton: string;
  locating: string;
  locatedAround: string;
  locateDenied: string;
  /** The refusal where no retry button follows it: press `button` ("Autour de moi") again. */
  locateDeniedPressAgain(button: string): string;
  locateUnavailable: string;
  locateFallback: string;
  /** The prompt when the address search is offered beside the position button. */
  locatePromptOrAddress: string;
  locatePromptWithDefaultOrAddress: string;
  /** The prompt while the visitor changes the place the events are listed around. */
  changePlacePrompt: string;
  /**
   * Address search (`<agenda-geo locate>`): the field's label, and its placeholder (a short hint beside the label,
   * never instructions: it must fit a 280px field at 16px, ~25 characters).
   */
  addressLabel: string;
  addressPlaceholder: string;
  /** Announced when the geocoder answered. */
  addressFound(count: number): string;
  /** Shown and announced when it found nothing. */
  addressNone: string;
  /** Heading of the address search's error, and the reason for each error code. */
  addressErrorTitle: string;
  addressError(code: string, status?: number): string;
  /** What the listing is around once a place is picked: `Autour de : Amiens` (a no-break space before ":"). */
  aroundPlace(label: string): string;
  /** The "change" action beside it: visible text, and the words only screen readers hear after it. */
  changePlace: string;
  changePlaceHidden: string;
  /** Gives up changing the place. */
  cancelChange: string;
}

/** A refusal, up to what to do once the visitor has allowed it (retry, or press a named button again). */
const DENIED_FR = 'Vous n’avez pas autorisé l’accès à votre position. Vous pouvez l’autoriser dans les réglages du navigateur, puis';
const DENIED_EN = 'You did not allow access to your position. You can allow it in your browser settings, then';

const fr: GeoMessages = {
  emptyAround: (radius) => `Rien de prévu dans un rayon de ${radius}.`,
  locatePrompt: 'Voir les événements autour de vous\u202f? Votre position ne sert qu’à cette recherche.',
  locatePromptWithDefault: 'Voir plutôt les événements autour de vous\u202f? Votre position ne sert qu’à cette recherche.',
  locateButton: 'Utiliser ma position',
  locating: 'Recherche de votre position…',
  locatedAround: 'Événements autour de votre position.',
  locateDenied: `${DENIED_FR} réessayer.`,
  locateDeniedPressAgain: (button) => `${DENIED_FR} appuyer de nouveau sur «\u00a0${button}\u00a0».`,
  locateUnavailable: 'Votre position n’a pas pu être déterminée.',
  locateFallback: 'Voici les événements autour de la position par défaut.',
  locatePromptOrAddress:
    'Voir les événements autour de vous\u202f? Utilisez votre position (elle ne sert qu’à cette recherche), ou saisissez une adresse ou une ville.',
  locatePromptWithDefaultOrAddress:
    'Voir plutôt les événements autour de vous\u202f? Utilisez votre position (elle ne sert qu’à cette recherche), ou saisissez une adresse ou une ville.',
  changePlacePrompt: 'Saisissez une autre adresse ou ville, ou utilisez votre position.',
  addressLabel: 'Adresse ou ville',
  addressPlaceholder: 'Rue, ville ou code postal',
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
  aroundPlace: (label) => `Autour de\u00a0: ${label}`,
  changePlace: 'Changer',
  changePlaceHidden: ' de lieu',
  cancelChange: 'Annuler',
};

const en: GeoMessages = {
  emptyAround: (radius) => `Nothing planned within ${radius}.`,
  locatePrompt: 'See the events around you? Your position is only used for this search.',
  locatePromptWithDefault: 'See the events around you instead? Your position is only used for this search.',
  locateButton: 'Use my position',
  locating: 'Finding your position…',
  locatedAround: 'Events around your position.',
  locateDenied: `${DENIED_EN} try again.`,
  locateDeniedPressAgain: (button) => `${DENIED_EN} press “${button}” again.`,
  locateUnavailable: 'Your position could not be determined.',
  locateFallback: 'Here are the events around the default position.',
  locatePromptOrAddress:
    'See the events around you? Use your position (it is only used for this search), or type an address or a town.',
  locatePromptWithDefaultOrAddress:
    'See the events around you instead? Use your position (it is only used for this search), or type an address or a town.',
  changePlacePrompt: 'Type another address or town, or use your position.',
  addressLabel: 'Address or town',
  addressPlaceholder: 'Street, town or postcode',
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

/** The geolocation messages in `lang`. */
export function geoMessages(lang: Lang): GeoMessages {
  return lang === 'en' ? en : fr;
}

/**
 * The visitor-facing wording of every error code, in French and English. Importing this module makes
 * `AgendaError`'s messages complete (it registers itself with errors.ts): the package's client entry imports
 * it, while the CDN bundle loads it only when an element has an error to show (src/ui/errors.ts), so a page
 * whose listing works never downloads these sentences.
 */
import { canonicalApiCode, useErrorWording, type AgendaErrorCode } from './errors.js';
import type { Lang } from './types.js';

type Messages = Readonly<Record<Lang, string>>;

/** The provider's error table (`Ax001`…`Ax019`), worded for visitors rather than developers. */
const API_MESSAGES: Readonly<Record<string, Messages>> = {
  Ax001: { fr: 'La clé d’API est incorrecte.', en: 'The API key is invalid.' },
  Ax002: { fr: 'Le format de données demandé est inconnu.', en: 'The requested data format is unknown.' },
  Ax003: {
    fr: 'Une ou plusieurs catégories demandées sont inconnues.',
    en: 'One or more of the requested categories are unknown.',
  },
  Ax004: { fr: 'La ville demandée est inconnue.', en: 'The requested city is unknown.' },
  Ax005: {
    fr: 'La pagination demandée (offset, limit) est invalide.',
    en: 'The requested paging (offset, limit) is invalid.',
  },
  Ax006: { fr: 'L’identifiant de l’événement est invalide.', en: 'The event id is invalid.' },
  Ax007: { fr: 'Cet événement est introuvable.', en: 'This event could not be found.' },
  Ax008: { fr: 'Cet article du Mag’ est introuvable.', en: "This Mag' article could not be found." },
  Ax009: {
    fr: 'La position (latitude, longitude) est incorrecte.',
    en: 'The position (latitude, longitude) is invalid.',
  },
  Ax010: { fr: 'Le rayon de recherche est incorrect.', en: 'The search radius is invalid.' },
  Ax011: {
    fr: 'Le service d’agenda a rencontré une erreur interne. Réessayez dans un instant.',
    en: 'The events service hit an internal error. Please try again in a moment.',
  },
  Ax012: {
    fr: 'La demande contient des caractères non autorisés.',
    en: 'The request contains characters that are not allowed.',
  },
  Ax013: {
    fr: 'Les villes à exclure sont dans un format incorrect.',
    en: 'The cities to leave out are in an invalid format.',
  },
  Ax014: {
    fr: 'Le contenu de l’écran d’accueil n’a pas pu être chargé.',
    en: 'The home screen content could not be loaded.',
  },
  Ax015: { fr: 'Aucun résultat.', en: 'No results.' },
  Ax016: {
    fr: 'Cette clé d’API ne donne pas accès à cette ville.',
    en: 'This API key does not give access to this city.',
  },
  Ax017: {
    fr: 'Cette recherche n’est possible qu’avec une clé d’API limitée à une zone géographique.',
    en: 'This search is only available to API keys restricted to a geographic area.',
  },
  Ax018: {
    fr: 'Cette clé d’API ne donne pas accès au Mag’ d’Agenda Culturel.',
    en: "This API key does not give access to Agenda Culturel's Mag'.",
  },
  Ax019: {
    fr: 'Cette clé d’API a été désactivée par Agenda Culturel.',
    en: 'This API key has been disabled by Agenda Culturel.',
  },
};

/** Failures that are ours or the network's rather than the API's. */
const CLIENT_MESSAGES: Readonly<Record<'network' | 'timeout' | 'http' | 'parse' | 'config', Messages>> = {
  network: {
    fr: 'Impossible de joindre le service d’agenda. Vérifiez votre connexion.',
    en: 'The events service could not be reached. Check your connection.',
  },
  timeout: {
    fr: 'Le service d’agenda met trop de temps à répondre.',
    en: 'The events service is taking too long to answer.',
  },
  http: {
    fr: 'Le service d’agenda a répondu par une erreur.',
    en: 'The events service answered with an error.',
  },
  parse: {
    fr: 'La réponse du service d’agenda est illisible.',
    en: 'The events service sent an answer that could not be read.',
  },
  config: {
    fr: 'Le widget d’agenda est mal configuré.',
    en: 'The events widget is misconfigured.',
  },
};

/** A message of one sentence ending with a full stop: a detail goes before the stop. */
const ONE_SENTENCE = /^[^.!?…]*\.$/;

/** Matches a bare API error code, e.g. `Ax004`. Case-insensitive because PHP back ends are not consistent. */
const API_CODE = /^Ax\d{3}$/i;

/**
 * A visitor-facing message for `code` in `lang` (French for anything but `en`), with `detail` in parentheses:
 * inside a one-sentence message, before its full stop ("une erreur (HTTP 500)."), as the address search words
 * it; after a longer one, so it does not read as part of its last sentence only.
 */
export function errorMessage(code: AgendaErrorCode, lang: Lang, detail?: string): string {
  const language: Lang = lang === 'en' ? 'en' : 'fr';
  let base: string;
  if (API_CODE.test(code)) {
    const known = API_MESSAGES[canonicalApiCode(code)];
    // A code newer than the documented table still deserves a sentence, and the code helps support.
    base = known
      ? known[language]
      : language === 'en'
        ? `The events service answered with an error (${code}).`
        : `Le service d’agenda a répondu par une erreur (${code}).`;
  } else {
    base = (CLIENT_MESSAGES[code as keyof typeof CLIENT_MESSAGES] ?? CLIENT_MESSAGES.http)[language];
  }
  if (!detail) return base;
  return ONE_SENTENCE.test(base) ? `${base.slice(0, -1)} (${detail}).` : `${base} (${detail})`;
}

useErrorWording(errorMessage);

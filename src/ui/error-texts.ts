/**
 * The wording of failures, loaded only when an element has one to show (see errors.ts): the client's sentence
 * for every code, and the configuration messages that name the attribute at fault and what it expects.
 */
import { errorMessage } from '../client/error-messages.js';
import { useErrorWording, type AgendaError } from '../client/errors.js';
import type { Lang } from '../client/types.js';
import { allCategories } from '../client/validate.js';
import { formatList } from './format.js';
import { ConfigError, OPTION_NAMES, type ConfigSource } from '../config/index.js';

/** Configuration messages of one language. */
interface ConfigTexts {
  /** A required attribute (or `configure()` option) is absent. */
  missing(attribute: string, source: ConfigSource): string;
  /** A value is unusable: what was written and what would do. */
  invalid(attribute: string, value: string, expected: string, source: ConfigSource): string;
  /** What a valid value looks like, per attribute of any element. */
  expected: Record<string, string>;
  /** After what a categories value expects: the categories there are (`list`, worded as a list). */
  categories(list: string): string;
}

/**
 * French spacing in the words of a message, not in the values put into it (an echoed value stays as written):
 * a no-break space before ":" and inside « », a narrow one before ";", "!" and "?", so that a line never starts
 * with ": 8 lettres" or "»".
 */
function fr(words: TemplateStringsArray, ...values: string[]): string {
  return words.reduce((text, part, index) => `${text}${frenchSpacing(part)}${values[index] ?? ''}`, '');
}

function frenchSpacing(words: string): string {
  return words.replace(/ ([:»])/g, '\u00a0$1').replace(/« /g, '«\u00a0').replace(/ ([;!?])/g, '\u202f$1');
}

const where = {
  fr: { element: 'de l’élément', provider: 'de <agenda-provider>', configure: 'de configure()' },
  en: { element: 'on the element', provider: 'on <agenda-provider>', configure: 'of configure()' },
} as const;

const configTexts: Record<Lang, ConfigTexts> = {
  fr: {
    missing: (attribute, source) =>
      source === 'configure'
        ? fr`Configuration incomplète : l’option « ${attribute} » est obligatoire.`
        : fr`Configuration incomplète : l’attribut « ${attribute} » est obligatoire.${attribute === 'api-key' ? ' Donnez-le à l’élément, à un <agenda-provider> qui l’entoure ou à configure().' : ''}`,
    invalid: (attribute, value, expected, source) =>
      fr`Configuration invalide : « ${attribute} » ${where.fr[source]} vaut « ${value} » ; attendu : ${expected}.`,
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
    categories: (list) => fr` ; catégories : ${list}`,
  },
  en: {
    missing: (attribute, source) =>
      source === 'configure'
        ? `Incomplete configuration: the “${attribute}” option is required.`
        : `Incomplete configuration: the “${attribute}” attribute is required.${attribute === 'api-key' ? ' Set it on the element, on an enclosing <agenda-provider> or with configure().' : ''}`,
    invalid: (attribute, value, expected, source) =>
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
    categories: (list) => `; categories: ${list}`,
  },
};

/** Most categories a configuration message lists. */
const MAX_LISTED_CATEGORIES = 12;

/** Longest part of a wrong value a message repeats: enough to recognise it, never a wall of text. */
const ECHO_LENGTH = 80;

function shortened(value: string): string {
  const characters = [...value];
  return characters.length > ECHO_LENGTH ? `${characters.slice(0, ECHO_LENGTH - 1).join('')}…` : value;
}

/** The visitor-facing message of `error` in `lang`; configuration errors name the attribute and the value. */
export function errorText(error: AgendaError, lang: Lang): string {
  if (!(error instanceof ConfigError)) return error.localizedMessage(lang);
  const { attribute, source, value } = error.problem;
  const t = configTexts[lang];
  const name = source === 'configure' ? (OPTION_NAMES[attribute] ?? attribute) : attribute;
  if (value === null) return t.missing(name, source);
  let expected = t.expected[attribute] ?? '';
  // A well-formed URI can still be unknown: say which categories there are, as known when the message is
  // rendered (the API's list once it answered, else the seven documented), unless there are too many to read.
  if (attribute === 'categories') {
    const categories = allCategories();
    if (categories.length <= MAX_LISTED_CATEGORIES) expected += t.categories(formatList(categories, lang));
  }
  return t.invalid(name, shortened(value), expected, source);
}

// `localizedMessage` above needs the client's sentences. error-messages.ts registers them as it loads, but
// the CDN build treats that module as free of side effects (vite.config.ts), so this chunk says it too.
useErrorWording(errorMessage);

/**
 * Argument checks run before any request. A bad argument fails with the `AxNNN` the API would have answered,
 * so elements show the same message whether the client or the server caught it, and no request is wasted.
 * The checks only the geo and city endpoints need are in `validate-places.ts`, out of listing pages' way.
 */
import { AgendaError, type AgendaErrorCode } from './errors.js';
import { KNOWN_CATEGORIES } from './types.js';

/** Offset the API uses when the `offset,limit` segment is absent. */
export const DEFAULT_OFFSET = 0;
/** Limit the API uses for event listings when the `offset,limit` segment is absent. */
export const DEFAULT_LIMIT = 15;
/** Largest page the client asks for: bigger pages are slow for visitors and unkind to the API. */
export const MAX_LIMIT = 100;

/** Category URIs accepted: the seven documented, and any `/category` answered on this page (see `learnCategories`). */
const KNOWN = new Set<string>(KNOWN_CATEGORIES);
/**
 * The URIs of the last `/category` answer on this page that had any, in its order; empty when the only answers
 * had no usable record (the list is known all the same), null until one came.
 */
let served: readonly string[] | null = null;
/** What an API key looks like: 8 letters or digits. */
export const API_KEY = /^[A-Za-z0-9]{8}$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Throws the `AgendaError` the API would have answered. */
export function fail(code: AgendaErrorCode, detail: string): never {
  throw new AgendaError(code, { detail });
}

/** `value` as an error message quotes it. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

/** An integer from a number or a numeric string (surrounding spaces allowed), else null. */
export function parseInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!INTEGER.test(text)) return null;
  const number = Number(text);
  return Number.isSafeInteger(number) ? number : null;
}

/** A finite decimal from a number or a numeric string with a dot (surrounding spaces allowed), else null. */
export function parseDecimal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // A decimal comma is refused: in these URLs the comma separates latitude from longitude.
  if (!DECIMAL.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/**
 * Writes a decimal the way the API reads it: dot separator, no exponent, no locale, at most `digits`
 * decimals (6 is ~11 cm of latitude), trailing zeros dropped.
 */
export function formatDecimal(value: number, digits = 6): string {
  const text = value.toFixed(digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** The API key, checked to be exactly 8 letters or digits (Ax001). */
export function checkApiKey(key: unknown): string {
  const text = typeof key === 'string' ? key.trim() : '';
  if (!API_KEY.test(text)) fail('Ax001', `api key must be 8 letters or digits, got ${describe(key)}`);
  return text;
}

function positiveInteger(value: unknown, code: AgendaErrorCode, what: string): number {
  const number = parseInteger(value);
  if (number === null || number < 1) fail(code, `${what} must be a positive integer, got ${describe(value)}`);
  return number;
}

/** A city id, checked to be a positive integer (Ax004). */
export function checkCityId(value: unknown): number {
  return positiveInteger(value, 'Ax004', 'city id');
}

/** An event id, checked to be a positive integer (Ax006). */
export function checkEventId(value: unknown): number {
  return positiveInteger(value, 'Ax006', 'event id');
}

/** A list given as an array, or as a comma-separated string (what an attribute holds); null/undefined → []. */
export function asList(value: unknown, code: AgendaErrorCode, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.split(',');
  if (Array.isArray(value)) return value;
  return fail(code, `${what} must be a list, got ${describe(value)}`);
}

/**
 * The URIs of a categories value, a comma list (what an attribute holds) or an array of strings (what a
 * framework binding the property may set): trimmed, the provider's documented misspellings corrected, blanks
 * skipped, duplicates removed, so `"concert,,concert"` and `["concert"]` are the same. Null for any other value.
 */
export function categoryUris(value: unknown): string[] | null {
  const items = value == null ? [] : typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (!items?.every((item): item is string => typeof item === 'string')) return null;
  return [...new Set(items.map((item) => canonicalCategory(item.trim())).filter(Boolean))];
}

/** Category URIs (see `categoryUris`), each checked to be a known one (Ax003): one of the seven documented, or one `/category` answered. */
export function checkCategories(value: unknown): string[] {
  const uris = categoryUris(value);
  if (uris === null) {
    const entries = asList(value, 'Ax003', 'categories');
    return fail('Ax003', `unknown category ${describe(entries.find((entry) => typeof entry !== 'string'))}`);
  }
  const unknown = uris.find((uri) => !isKnownCategory(uri));
  if (unknown !== undefined) fail('Ax003', `unknown category ${describe(unknown)}; expected one of ${[...KNOWN].join(', ')}`);
  return uris;
}

/**
 * Misspellings of a category URI found in the provider's own documentation, and the URI they mean: a partner
 * who copies the document's geocities example (`art-du-spectacle`) gets that category rather than Ax003.
 */
const DOCUMENTED_TYPOS: Readonly<Record<string, string>> = { 'art-du-spectacle': 'arts-du-spectacle' };

/** `uri`, or the URI it misspells when the provider's documentation spells it that way. */
export function canonicalCategory(uri: string): string {
  return Object.hasOwn(DOCUMENTED_TYPOS, uri) ? DOCUMENTED_TYPOS[uri]! : uri;
}

/** True for one of the seven documented category URIs, or one `/category` answered. */
export function isKnownCategory(uri: string): boolean {
  return KNOWN.has(uri);
}

/** What a category URI can look like: lower-case letters, digits, `-` and `_`, as the documented seven. */
const CATEGORY_URI = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/**
 * True when only the API's own list can tell whether `uri` is a category: it looks like one but is not one of
 * the seven documented, and `/category` has not answered on this page yet. A URI that cannot be one (`a b`),
 * or one missing from the list the API did answer, is simply unknown.
 */
export function awaitsCategoryList(uri: string): boolean {
  return served === null && !KNOWN.has(uri) && CATEGORY_URI.test(uri);
}

/** True for a URI that is a category, or may be one once the API's list answers (see `awaitsCategoryList`). */
export function mayBeCategory(uri: string): boolean {
  return KNOWN.has(uri) || awaitsCategoryList(uri);
}

/**
 * True when a categories value (see `categoryUris`) has URIs awaiting the API's list (see above) and none
 * that the list could not save: every other one is known.
 */
export function listAwaitsCategoryList(value: unknown): boolean {
  const uris = categoryUris(value) ?? [];
  return uris.some(awaitsCategoryList) && uris.every(mayBeCategory);
}

/**
 * Accepts in later checks the URIs of `categories`, as `/category` answered them, and returns them. The API's
 * own list is the truth: a category it has beyond the seven documented ones, which a picker then offers, must
 * not be refused here. A typo in a page's attribute is still caught before any request.
 */
export function learnCategories<T extends { uri: string }>(categories: T[]): T[] {
  for (const { uri } of categories) KNOWN.add(uri);
  // Once each: a URI the answer repeats would be repeated in every URL that lists them all.
  if (categories.length > 0 || served === null) served = [...new Set(categories.map(({ uri }) => uri))];
  return categories;
}

/**
 * Every category, for a URL that must fill the categories segment to reach a later one: the API's own list
 * once `/category` answered on this page with any, else the seven documented URIs.
 */
export function allCategories(): readonly string[] {
  return served?.length ? served : KNOWN_CATEGORIES;
}

/** A resolved `offset,limit` pair. */
export interface CheckedPaging {
  /** Index of the first record. */
  offset: number;
  /** Number of records. */
  limit: number;
}

/**
 * The `offset,limit` pair (Ax005): offset an integer ≥ 0, limit an integer from 1 to 100. Returns null when
 * the caller passed neither, so the URL can leave the segment out; a missing half takes the API's default.
 */
export function checkPaging(offset: unknown, limit: unknown, defaultLimit = DEFAULT_LIMIT): CheckedPaging | null {
  const hasOffset = offset !== undefined && offset !== null;
  const hasLimit = limit !== undefined && limit !== null;
  if (!hasOffset && !hasLimit) return null;
  const checkedOffset = hasOffset ? parseInteger(offset) : DEFAULT_OFFSET;
  if (checkedOffset === null || checkedOffset < 0) {
    fail('Ax005', `offset must be an integer ≥ 0, got ${describe(offset)}`);
  }
  const checkedLimit = hasLimit ? parseInteger(limit) : defaultLimit;
  if (checkedLimit === null || checkedLimit < 1 || checkedLimit > MAX_LIMIT) {
    fail('Ax005', `limit must be an integer from 1 to ${MAX_LIMIT}, got ${describe(limit)}`);
  }
  return { offset: checkedOffset, limit: checkedLimit };
}

/**
 * An absolute http(s) URL, normalised by the URL parser, or null. Parsing without a base refuses relative and
 * protocol-relative URLs; the parser also strips the tabs and newlines of `java\tscript:` tricks, so checking
 * the parsed protocol is what keeps `javascript:` and `data:` out, and entity-encoded schemes never parse.
 */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * An image URL (`visuel`): as `httpUrl`, or a path on the API's host (`/static/im/…`, `//static.host/…`)
 * resolved against `apiBase`, since the API documents `visuel` as an "absolute path". Other relative values
 * are refused: they would resolve against the partner's page.
 */
export function imageUrl(value: unknown, apiBase?: string): string | null {
  if (apiBase === undefined || typeof value !== 'string' || !value.trim().startsWith('/')) return httpUrl(value);
  try {
    return httpUrl(new URL(value.trim(), `${apiBase}/`).href);
  } catch {
    return null;
  }
}

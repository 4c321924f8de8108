/**
 * Reading an answer in the common case, without the rest of the client's answer reading (response.ts, loaded
 * when needed): the body's text in its charset, and a 2xx JSON body that brings records with an id, and
 * nothing at its top that could carry an error, is ready as it is.
 */
import type { AgendaError } from './errors.js';
import { isRecord } from './normalize.js';

/** What a read answer turned out to be. */
export type Outcome = { kind: 'ok'; body: unknown } | { kind: 'empty'; status: number } | { kind: 'error'; error: AgendaError };

/** The charset a `Content-Type` header names, e.g. `iso-8859-1`. */
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

/**
 * The text of a body. JSON is UTF-8, and `json_encode` only writes UTF-8, so valid UTF-8 is read as such
 * whatever the label says (an old `default_charset` mislabels it). Other bytes are read in the charset the
 * `Content-Type` names, else as Windows-1252 (Latin-1's superset): PHP back ends that build JSON by hand send
 * Latin-1, and `Response.text()`, which always decodes UTF-8, would turn every accent into "�".
 */
export function decodeBody(bytes: ArrayBuffer | Uint8Array, contentType: string | null): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the label, or the usual suspect.
  }
  const named = CHARSET.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(named && !/^utf-?8$/i.test(named) ? named : 'windows-1252').decode(bytes);
  } catch {
    // A label the browser does not know.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Keys that give a record an id of its own: an event's, a city's, a category's URI. */
const ID_KEYS = ['id_agenda', 'id', 'id_event', 'id_ville', 'nomcat'];

/** Top-level keys that may carry an error or its code (`error`, `erreur`, `errorMessage`, `code`, `msg`…). */
const ERROR_KEY = /err|msg|message|code/i;

/** True for a record with an id of its own (an event's, a city's) or a category's URI: whatever else it holds, it is data. */
export function hasOwnId(value: unknown): boolean {
  return isRecord(value) && ID_KEYS.some((key) => key in value);
}

/** True for a record with a key that could carry an error (none of the documented fields has one). */
function mayCarryError(value: unknown): boolean {
  return isRecord(value) && Object.keys(value).some((key) => ERROR_KEY.test(key));
}

/**
 * The answer, when it is the common case: 2xx, JSON, bringing records with an id (bare, under a key, or one
 * record), and no key, at its top or in its records, that could carry an error. Null for everything else,
 * which response.ts reads.
 */
export function readAnswerAtOnce(status: number, text: string): Outcome | null {
  if (status < 200 || status > 299 || status === 204 || status === 205) return null;
  let body: unknown;
  try {
    body = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return null;
  }
  if (!Array.isArray(body) && !isRecord(body)) return null;
  const records = Array.isArray(body) ? body : [body, ...Object.values(body).flatMap((value) => (Array.isArray(value) ? value : [value]))];
  return records.some(hasOwnId) && !records.some(mayCarryError) ? { kind: 'ok', body } : null;
}

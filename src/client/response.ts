/**
 * Reading one HTTP answer: find the API's `AxNNN` wherever the body puts it (whatever the status, 200
 * included), else judge the status, else hand the parsed JSON over. The provider never documented its error
 * envelope, so the code is looked for rather than read from one agreed place.
 */
import { AgendaError, canonicalApiCode, type AgendaErrorCode } from './errors.js';
import { hasEventId, isDataRecord } from './normalize.js';

const EXACT_CODE = /^\s*(Ax\d{3})\s*$/i;
const CODE_IN_TEXT = /\b(Ax\d{3})\b/i;
/**
 * Words that make a key error-like, whatever its spelling (`errorMessage`, `error_msg`, `code_erreur`,
 * `statusText`): under such a key a code may sit inside a sentence (`"message": "Erreur Ax004 : …"`).
 */
const ERROR_WORDS = new Set(['err', 'error', 'errors', 'erreur', 'erreurs', 'msg', 'message', 'code', 'status', 'statut', 'detail', 'reason', 'raison']);
/** Keys seen, and whether they are error-like: the same dozen keys come back in every record of an answer. */
const errorKeyCache = new Map<string, boolean>();
/** Deeper than any envelope; stops pathological bodies. */
const MAX_DEPTH = 8;

/** True when one of the key's words (camelCase, snake_case or kebab-case) is an error word. */
function isErrorKey(key: string): boolean {
  let known = errorKeyCache.get(key);
  if (known === undefined) {
    known = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/).some((word) => ERROR_WORDS.has(word));
    if (errorKeyCache.size < 500) errorKeyCache.set(key, known);
  }
  return known;
}

/**
 * True for a record whose fields are data, never an error: an event, a city or a category (`isDataRecord`).
 * Without an id, one under an error-like key (`"erreur": {"numero": "Ax004", "titre": …}`) or whose whole title
 * is a code (`{"title": "Ax004", "status": 404}`, as problem details write it) is the error's: no event without
 * an id could be listed anyway.
 */
function holdsData(record: Record<string, unknown>, inErrorKey: boolean): boolean {
  if (!isDataRecord(record)) return false;
  if (hasEventId(record) || 'id' in record) return true;
  return !inErrorKey && ![record.title, record.titre].some((title) => typeof title === 'string' && EXACT_CODE.test(title));
}

/**
 * The `AxNNN` in a JSON body: any key that is exactly a code; any string value that is exactly one, except in
 * a data record's own fields; a code inside the text of an error-like key, or of any other key of a record
 * that is not data (an envelope or an error: `"result": "Erreur Ax004 : …"`, see `holdsData`). The free text of data records
 * is not searched, so an event whose description mentions "Ax012", or whose title is "AX001", is not mistaken
 * for an error. A body that is only text (not JSON: a PHP page) is searched whole.
 */
export function findApiCode(body: unknown, depth = 0, inErrorKey = false): AgendaErrorCode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (typeof body === 'string') return textCode(body, inErrorKey || depth === 0);
  if (Array.isArray(body)) {
    for (const item of body) {
      const code = findApiCode(item, depth + 1, inErrorKey);
      if (code) return code;
    }
    return undefined;
  }
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const key of keys) {
      const keyMatch = EXACT_CODE.exec(key);
      if (keyMatch) return canonicalApiCode(keyMatch[1]!);
    }
    const data = holdsData(record, inErrorKey);
    // Error-like keys first, so `{"error": {"code": "Ax004"}}` wins over a stray value elsewhere. Two passes
    // rather than a sort: this walks every record of every answer, and most records have no such key.
    for (const errorKeys of data ? [true] : [true, false]) {
      for (const key of keys) {
        if (isErrorKey(key) !== errorKeys) continue;
        const value = record[key];
        // A sentence of an envelope or an error is read whole; its records keep their own protection.
        const code = typeof value === 'string' ? textCode(value, !data || errorKeys) : findApiCode(value, depth + 1, inErrorKey || errorKeys);
        if (code) return code;
      }
    }
  }
  return undefined;
}

/** The code a string is, or (with `inText`) holds in its words. */
function textCode(text: string, inText: boolean): AgendaErrorCode | undefined {
  const match = EXACT_CODE.exec(text) ?? (inText ? CODE_IN_TEXT.exec(text) : null);
  return match ? canonicalApiCode(match[1]!) : undefined;
}

/**
 * True for a body that says it failed without giving a code: `"success": false`, `"ok": false`, a `status`
 * of `"error"` or 400 and more, or a non-empty `error` / `erreur` / `errors` beside its (empty) data.
 */
function saysFailure(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const record = body as Record<string, unknown>;
  if (record.success === false || record.ok === false) return true;
  for (const key of ['status', 'statut']) {
    const status = record[key];
    if (typeof status === 'string' && /^(?:error|erreur|fail(?:ed|ure)?|ko)$/i.test(status.trim())) return true;
    if (Number(status) >= 400 && Number(status) < 600) return true;
  }
  return ['error', 'erreur', 'errors', 'erreurs'].some((key) => {
    const value = record[key];
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
    return value === true;
  });
}

/** The server's own words about an error, for `AgendaError.detail`. */
function findMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim().slice(0, 200) || undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ['message', 'msg', 'error', 'erreur', 'detail']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
    if (typeof value === 'object' && value !== null) {
      const inner = findMessage(value);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * `Retry-After` in milliseconds (delta-seconds or an HTTP date), or undefined when absent or unreadable.
 * Cross-origin answers only show it when the server exposes it; the backoff covers the other cases.
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

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

/** What a read answer turned out to be. */
export type Outcome = { kind: 'ok'; body: unknown } | { kind: 'empty'; status: number } | { kind: 'error'; error: AgendaError };

/** Where JSON may start after a prefix; a few tries, not one per brace. */
const MAX_JSON_STARTS = 4;
/** What PHP prints before an answer when it shows its diagnostics (`<b>Notice</b>: Undefined index…`). */
const PHP_DIAGNOSTIC = /\b(?:notice|warning|deprecated|strict standards)\b/i;

/** Parsed JSON, and the PHP diagnostics printed before it, if any. */
interface ParsedJson {
  value: unknown;
  prefix: string;
}

/**
 * The text parsed as JSON, else the JSON that ends it after PHP diagnostics; undefined when neither. A prefix
 * must read as a PHP notice or warning and hold no JSON member (`":`): a cut-off answer is not a prefix plus
 * its last record, and an HTML page with JSON in a script does not end with it.
 */
function parseJson(text: string): ParsedJson | undefined {
  // A byte-order mark (PHP files saved with one) is not JSON; a custom fetch's `text()` may leave it in.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body), prefix: '' };
  } catch {
    // Maybe PHP diagnostics first.
  }
  const end = body.trimEnd().length;
  if (!PHP_DIAGNOSTIC.test(body) || !/[}\]]$/.test(body.slice(0, end))) return undefined;
  let start = body.search(/[{[]/);
  for (let tries = 0; start !== -1 && start < end && tries < MAX_JSON_STARTS; tries += 1) {
    const prefix = body.slice(0, start);
    if (prefix.includes('":')) return undefined;
    if (PHP_DIAGNOSTIC.test(prefix)) {
      try {
        return { value: JSON.parse(body.slice(start, end)), prefix };
      } catch {
        // A brace inside the notice: try the next one.
      }
    }
    const next = body.slice(start + 1).search(/[{[]/);
    start = next === -1 ? -1 : start + 1 + next;
  }
  return undefined;
}

/** An error of `code` about this answer, with the server's own words as its detail. */
function answerError(code: AgendaErrorCode, status: number, body: unknown): Outcome {
  const detail = findMessage(body);
  return { kind: 'error', error: new AgendaError(code, detail === undefined ? { status } : { status, detail }) };
}

/**
 * Classifies an answer: an `AxNNN` (see `findApiCode`; in any words of a non-2xx answer) → that error (Ax015 →
 * `empty`), else non-2xx → `http`, else 204 or 205 → `empty`, else a body that is not JSON (a blank one
 * included) → `parse`, else a body that says it failed → `http`, else `ok` with the JSON.
 */
export function readAnswer(status: number, text: string): Outcome {
  const parsed = parseJson(text);
  const body = parsed ? parsed.value : text;
  const failed = status < 200 || status > 299;
  // A code in the diagnostics before the JSON counts as much as one in the JSON; an error answer is about the
  // error through and through, so a code in any of its words counts.
  const code =
    (parsed?.prefix ? findApiCode(parsed.prefix) : undefined) ?? findApiCode(body) ?? (failed ? textCode(text, true) : undefined);
  if (code === 'Ax015') return { kind: 'empty', status };
  if (code) return answerError(code, status, body);
  if (failed) return { kind: 'error', error: new AgendaError('http', { status }) };
  // "No content" said by the status is an empty result, as `null` or `{"events": null}` is. A blank 200 is not:
  // a script that died before writing its answer sends one.
  if (status === 204 || status === 205) return { kind: 'empty', status };
  if (!parsed) {
    return { kind: 'error', error: new AgendaError('parse', { status, detail: text.trim() ? 'the answer is not JSON' : 'empty answer' }) };
  }
  return saysFailure(parsed.value) ? answerError('http', status, parsed.value) : { kind: 'ok', body: parsed.value };
}

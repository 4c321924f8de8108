/**
 * Reading any HTTP answer: find the API's `AxNNN` wherever the body puts it (whatever the status, 200
 * included), else judge the status, else hand the parsed JSON over. The provider never documented its error
 * envelope, so the code is looked for rather than read from one agreed place. Loaded with the first answer that
 * answer.ts cannot read at once (an error, an empty result, PHP notices…): a page whose answers all bring
 * their records never downloads it.
 */
import { AgendaError, canonicalApiCode, type AgendaErrorCode } from './errors.js';
import { hasOwnId, type Outcome } from './answer.js';
import { isDataRecord, isRecord } from './normalize.js';

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
 * True for a record whose fields are data, never an error: one with an id, or an event, a city or a category
 * (`isDataRecord`). Without an id, one under an error-like key (`"erreur": {"numero": "Ax004", "titre": …}`)
 * or whose whole title is a code (`{"title": "Ax004", "status": 404}`, as problem details write it) is the
 * error's: no event without an id could be listed anyway.
 */
function holdsData(record: Record<string, unknown>, inErrorKey: boolean): boolean {
  if (hasOwnId(record)) return true;
  if (!isDataRecord(record)) return false;
  return !inErrorKey && ![record.title, record.titre].some((title) => typeof title === 'string' && EXACT_CODE.test(title));
}

/**
 * The `AxNNN` in a JSON body: any key that is exactly a code; any string value that is exactly one, except in
 * a data record's own fields (see `holdsData`); or a code inside the text of an error-like key. Free text
 * elsewhere is not searched, so an event whose description mentions "Ax012", whose title is "AX001", or an
 * image path `…/ax123.jpg`, is not mistaken for an error (`readAnswer` reads all of an answer that is only an
 * error). A body that is only text (not JSON: a PHP page) is searched whole.
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
    // Error-like keys first, so `{"error": {"code": "Ax004"}}` wins over a stray value elsewhere. Two passes
    // rather than a sort: this walks every record of every answer, and most records have no such key.
    for (const errorKeys of holdsData(record, inErrorKey) ? [true] : [true, false]) {
      for (const key of keys) {
        if (isErrorKey(key) !== errorKeys) continue;
        const code = findApiCode(record[key], depth + 1, inErrorKey || errorKeys);
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

/** True when an answer carries records: a list of them, or one, at its top or one level down. */
function carriesData(body: unknown): boolean {
  if (Array.isArray(body)) return body.some(isRecord);
  if (!isRecord(body)) return false;
  if (isDataRecord(body)) return true;
  return Object.values(body).some((value) => (Array.isArray(value) ? value.some(isRecord) : isRecord(value) && isDataRecord(value)));
}

/** Values of an `error` field that say there is none. */
const NO_ERROR = /^(?:0|false|non?|none|null|ok|aucune?|)$/i;

/** True for a value of an `error` field that names an error: words, a list of them, an object saying something. */
function namesError(value: unknown): boolean {
  if (typeof value === 'string') return !NO_ERROR.test(value.trim());
  if (Array.isArray(value)) return value.some(namesError);
  if (isRecord(value)) return Object.values(value).some(namesError);
  return value === true || (typeof value === 'number' && value !== 0);
}

/**
 * True for a JSON answer that says it failed and carries no records: `"success": false`, `"ok": false`, a
 * `status` of `"error"` or 400 and more, or an `error` / `erreur` / `errors` that names one. A listing that
 * also brings its events (`"errors": ["visuel manquant"]` beside them) has not failed.
 */
function saysFailure(body: unknown): boolean {
  if (!isRecord(body) || carriesData(body)) return false;
  if (body.success === false || body.ok === false) return true;
  for (const key of ['status', 'statut']) {
    const status = body[key];
    if (typeof status === 'string' && /^(?:error|erreur|fail(?:ed|ure)?|ko)$/i.test(status.trim())) return true;
    if (Number(status) >= 400 && Number(status) < 600) return true;
  }
  return ['error', 'erreur', 'errors', 'erreurs'].some((key) => namesError(body[key]));
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

export type { Outcome } from './answer.js';

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
 * Classifies an answer: an `AxNNN` (see `findApiCode`; anywhere in the words of an answer that is only an error,
 * see below) → that error (Ax015 → `empty`), else non-2xx → `http`, else 204 or 205 → `empty`, else a body that
 * is not JSON (a blank one included) → `parse`, else a body that says it failed → `http`, else `ok` with the JSON.
 */
export function readAnswer(status: number, text: string): Outcome {
  const parsed = parseJson(text);
  const body = parsed ? parsed.value : text;
  const failed = status < 200 || status > 299;
  // An answer that is only an error (a non-2xx status, or a body saying it failed, and no records) is about the
  // error through and through: a code anywhere in its words counts (`{"result": "Erreur Ax004 : …"}`).
  const onlyError = parsed !== undefined && !carriesData(parsed.value) && (failed || saysFailure(parsed.value));
  // A code in the diagnostics before the JSON counts as much as one in the JSON.
  const code =
    (parsed?.prefix ? findApiCode(parsed.prefix) : undefined) ?? findApiCode(body) ?? (onlyError ? textCode(text, true) : undefined);
  if (code === 'Ax015') return { kind: 'empty', status };
  if (code) return answerError(code, status, body);
  if (failed) return { kind: 'error', error: new AgendaError('http', { status }) };
  // "No content" said by the status is an empty result, as `null` or `{"events": null}` is. A blank 200 is not:
  // a script that died before writing its answer sends one.
  if (status === 204 || status === 205) return { kind: 'empty', status };
  if (!parsed) {
    return { kind: 'error', error: new AgendaError('parse', { status, detail: text.trim() ? 'the answer is not JSON' : 'empty answer' }) };
  }
  return onlyError ? answerError('http', status, parsed.value) : { kind: 'ok', body: parsed.value };
}

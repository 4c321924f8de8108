/**
 * Reading one HTTP answer: find the API's `AxNNN` wherever the body puts it (whatever the status, 200
 * included), else judge the status, else hand the parsed JSON over. The provider never documented its error
 * envelope, so the code is looked for rather than read from one agreed place.
 */
import { AgendaError, canonicalApiCode, type AgendaErrorCode } from './errors.js';

const EXACT_CODE = /^\s*(Ax\d{3})\s*$/i;
const CODE_IN_TEXT = /\b(Ax\d{3})\b/i;
/**
 * Keys under which a code may sit inside a sentence (`"message": "Erreur Ax004 : …"`), in whatever spelling a
 * server chose (`errorMessage`, `error_msg`, `code_erreur`, `statusText`).
 */
const ERROR_KEYS = /err|msg|message|code|statu|detail|reason|raison/i;
/** Keys only a data record has (an event, a city, a category): its other values are data, never an error. */
const RECORD_KEYS = ['id_agenda', 'titre', 'nomcat', 'ville'];
/** Deeper than any envelope; stops pathological bodies. */
const MAX_DEPTH = 8;

/**
 * The `AxNNN` in a JSON body: any key or string value that is exactly a code, anywhere but in a data record's
 * own fields; or a code inside the text of an error-like key. Free text elsewhere is not searched, so an event
 * whose description mentions "Ax012", or whose title is "AX001", is not mistaken for an error. A body that is
 * only text (not JSON: a PHP page) is searched whole.
 */
export function findApiCode(body: unknown, depth = 0, inErrorKey = false): AgendaErrorCode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (typeof body === 'string') {
    const match = EXACT_CODE.exec(body) ?? (inErrorKey || depth === 0 ? CODE_IN_TEXT.exec(body) : null);
    return match ? canonicalApiCode(match[1]!) : undefined;
  }
  if (Array.isArray(body)) {
    for (const item of body) {
      const code = findApiCode(item, depth + 1, inErrorKey);
      if (code) return code;
    }
    return undefined;
  }
  if (typeof body === 'object' && body !== null) {
    // Error-like keys first, so `{"error": {"code": "Ax004"}}` wins over a stray value elsewhere. Two passes
    // rather than a sort: this walks every record of every answer, and most records have no such key.
    const record = body as Record<string, unknown>;
    const keys = Object.keys(record);
    const data = RECORD_KEYS.some((key) => key in record);
    for (const errorKeys of data ? [true] : [true, false]) {
      for (const key of keys) {
        if (ERROR_KEYS.test(key) !== errorKeys) continue;
        const keyMatch = EXACT_CODE.exec(key);
        if (keyMatch) return canonicalApiCode(keyMatch[1]!);
        const code = findApiCode(record[key], depth + 1, inErrorKey || errorKeys);
        if (code) return code;
      }
    }
  }
  return undefined;
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
 * The text of a body, in the charset its `Content-Type` names. Without one, or with UTF-8 named, bytes that
 * are not UTF-8 are read as Windows-1252 (Latin-1's superset): PHP back ends often send Latin-1 under either
 * label, and `Response.text()`, which always decodes UTF-8, would turn every accent into "�".
 */
export function decodeBody(bytes: ArrayBuffer | Uint8Array, contentType: string | null): string {
  const named = CHARSET.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (named && named !== 'utf-8' && named !== 'utf8') {
    try {
      return new TextDecoder(named).decode(bytes);
    } catch {
      // A label the browser does not know: guess as if none were given.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** What a read answer turned out to be. */
export type Outcome = { kind: 'ok'; body: unknown } | { kind: 'empty'; status: number } | { kind: 'error'; error: AgendaError };

/** Where JSON may start after a prefix (a PHP notice printed before it); a few tries, not one per brace. */
const MAX_JSON_STARTS = 4;

/**
 * JSON parsed, or undefined: the text itself, else JSON that ends the text after a prefix such as
 * `<b>Notice</b>: …<br />` (an HTML page with JSON inside a script does not end with it).
 */
function parseJson(text: string): { value: unknown } | undefined {
  // A byte-order mark (PHP files saved with one) is not JSON; a custom fetch's `text()` may leave it in.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) };
  } catch {
    // Maybe a prefix: try from the first few `{` or `[` to the closing one that ends the text.
  }
  const end = body.trimEnd().length;
  if (!/[}\]]$/.test(body.slice(0, end))) return undefined;
  let start = body.search(/[{[]/);
  for (let tries = 0; start !== -1 && start < end && tries < MAX_JSON_STARTS; tries += 1) {
    try {
      return { value: JSON.parse(body.slice(start, end)) };
    } catch {
      const next = body.slice(start + 1).search(/[{[]/);
      start = next === -1 ? -1 : start + 1 + next;
    }
  }
  return undefined;
}

/**
 * Classifies an answer: an `AxNNN` anywhere → that error (Ax015 → `empty`), else non-2xx → `http`, else 204
 * or 205 → `empty`, else a body that is not JSON (a blank one included) → `parse`, else `ok` with the JSON.
 */
export function readAnswer(status: number, text: string): Outcome {
  const parsed = parseJson(text);
  const body = parsed ? parsed.value : text;
  const code = findApiCode(body);
  if (code === 'Ax015') return { kind: 'empty', status };
  if (code) {
    const detail = findMessage(body);
    return { kind: 'error', error: new AgendaError(code, detail === undefined ? { status } : { status, detail }) };
  }
  if (status < 200 || status > 299) return { kind: 'error', error: new AgendaError('http', { status }) };
  // "No content" said by the status is an empty result, as `null` or `{"events": null}` is. A blank 200 is not:
  // a script that died before writing its answer sends one.
  if (status === 204 || status === 205) return { kind: 'empty', status };
  if (!parsed) {
    return { kind: 'error', error: new AgendaError('parse', { status, detail: text.trim() ? 'the answer is not JSON' : 'empty answer' }) };
  }
  return { kind: 'ok', body: parsed.value };
}

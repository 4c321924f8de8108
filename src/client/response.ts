/**
 * Reading one HTTP answer: find the API's `AxNNN` wherever the body puts it (whatever the status, 200
 * included), else judge the status, else hand the parsed JSON over. The provider never documented its error
 * envelope, so the code is looked for rather than read from one agreed place.
 */
import { AgendaError, canonicalApiCode, type AgendaErrorCode } from './errors.js';

const EXACT_CODE = /^\s*(Ax\d{3})\s*$/i;
const CODE_IN_TEXT = /\b(Ax\d{3})\b/i;
/** Keys under which a code may sit inside a sentence (`"message": "Erreur Ax004 : …"`). */
const ERROR_KEYS = /^(?:code|error|errors|erreur|erreurs|message|msg|status|statut|detail)$/i;
/** Deeper than any envelope; stops pathological bodies. */
const MAX_DEPTH = 8;

/**
 * The `AxNNN` in a JSON body: any key or string value that is exactly a code, anywhere; or a code inside the
 * text of an error-like key. Free text elsewhere is not searched, so an event whose description mentions
 * "Ax012" is not mistaken for an error. A body that is only text (not JSON: a PHP page) is searched whole.
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
    for (const errorKeys of [true, false]) {
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

/** What a read answer turned out to be. */
export type Outcome = { kind: 'ok'; body: unknown } | { kind: 'empty'; status: number } | { kind: 'error'; error: AgendaError };

/**
 * Classifies an answer: an `AxNNN` anywhere → that error (Ax015 → `empty`), else non-2xx → `http`, else a
 * body that is not JSON → `parse`, else `ok` with the parsed JSON.
 */
export function readAnswer(status: number, text: string): Outcome {
  let body: unknown;
  let isJson = false;
  try {
    // A byte-order mark (PHP files saved with one) is not JSON; WebKit's `Response.text()` leaves it in.
    body = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    isJson = true;
  } catch {
    body = text;
  }
  const code = findApiCode(body);
  if (code === 'Ax015') return { kind: 'empty', status };
  if (code) {
    const detail = findMessage(body);
    return { kind: 'error', error: new AgendaError(code, detail === undefined ? { status } : { status, detail }) };
  }
  if (status < 200 || status > 299) return { kind: 'error', error: new AgendaError('http', { status }) };
  if (!isJson) {
    return { kind: 'error', error: new AgendaError('parse', { status, detail: text.trim() ? 'the answer is not JSON' : 'empty answer' }) };
  }
  return { kind: 'ok', body };
}

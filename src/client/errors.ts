/**
 * The one error type the client rejects with (apart from a caller's own `AbortError`). Its sentences live in
 * error-messages.ts, which registers them here when it loads: an error made before that has a code-only
 * `message`, and `localizedMessage()` still words it in full once they are there.
 */
import type { Lang } from './types.js';

/**
 * Why a request failed: the API's own `AxNNN` code when it sent one, else what went wrong on our side of the
 * wire (`network`, `timeout`, `http`, `parse`) or in the caller's arguments and set-up (`config`).
 */
export type AgendaErrorCode = `Ax${string}` | 'network' | 'timeout' | 'http' | 'parse' | 'config';

/** What an `AgendaError` is built from besides its code. */
export interface AgendaErrorInit {
  /** HTTP status of the answer, when there was one. */
  status?: number;
  /** Technical detail for developers (the server's message, the argument at fault…). */
  detail?: string;
  /** The underlying error, kept for debugging. */
  cause?: unknown;
}

/** Words `code` for visitors in `lang`, `detail` in parentheses: `errorMessage` of error-messages.ts. */
type Wording = (code: AgendaErrorCode, lang: Lang, detail?: string) => string;

/** The sentences of every code, once error-messages.ts is loaded (it calls `useErrorWording`). */
let wording: Wording | undefined;

/** Makes `words` the source of every `AgendaError`'s sentences; error-messages.ts calls it as it loads. */
export function useErrorWording(words: Wording): void {
  wording = words;
}

/** The sentence for `code`, or only the code (and detail) while the wording is not loaded. */
function sentence(code: AgendaErrorCode, lang: Lang, detail?: string): string {
  if (wording) return wording(code, lang, detail);
  return detail ? `${code} (${detail})` : code;
}

/** `code: English sentence (HTTP status, detail)` for consoles; without the sentence before the wording loads. */
function consoleMessage(code: AgendaErrorCode, { status, detail }: AgendaErrorInit): string {
  const extra = [status !== undefined ? `HTTP ${status}` : '', detail ?? ''].filter(Boolean).join(', ');
  return `${code}${wording ? `: ${wording(code, 'en')}` : ''}${extra ? ` (${extra})` : ''}`;
}

/** Spells an API code the way the documentation does (`AX004` → `Ax004`). */
export function canonicalApiCode(code: string): `Ax${string}` {
  return `Ax${code.slice(2)}`;
}

/**
 * Whether trying the same request again may succeed: transient transport failures, server overload (5xx,
 * 429) and the API's "PHP error" (Ax011). Everything else is a statement about the request itself.
 */
export function isRetryable(code: AgendaErrorCode, status?: number): boolean {
  if (code === 'network' || code === 'timeout' || code === 'Ax011') return true;
  if (code === 'http' && status !== undefined) return status >= 500 || status === 429;
  return false;
}

/** Everything that can go wrong with an Agenda Culturel request, with the code the elements show and report. */
export class AgendaError extends Error {
  /** The API's `AxNNN`, or `network`, `timeout`, `http`, `parse`, `config`. */
  readonly code: AgendaErrorCode;
  /** HTTP status of the answer, when there was one. */
  readonly status?: number;
  /** True when the same request may succeed later (network, timeout, 5xx, 429, Ax011). */
  readonly retryable: boolean;
  /** Technical detail for developers; not meant for visitors. */
  readonly detail?: string;

  /**
   * Builds the error. `message` is an ordinary own property (it survives `structuredClone` and
   * `postMessage`, and can be reassigned), worded now: `code: English sentence (HTTP status, detail)`, or
   * `code (HTTP status, detail)` while the wording is not loaded; `localizedMessage()` words it when called.
   */
  constructor(code: AgendaErrorCode, init: AgendaErrorInit = {}) {
    super(consoleMessage(code, init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'AgendaError';
    this.code = code;
    if (init.status !== undefined) this.status = init.status;
    if (init.detail !== undefined) this.detail = init.detail;
    this.retryable = isRetryable(code, init.status);
  }

  /** The message to show a visitor in `lang`; only an HTTP status or a misconfiguration adds detail. */
  localizedMessage(lang: Lang): string {
    // Server messages are French and technical, so they stay in `detail`; a status or a config hint is useful
    // to the integrator who sees the widget and costs a visitor nothing.
    if (this.code === 'http' && this.status !== undefined) return sentence(this.code, lang, `HTTP ${this.status}`);
    return sentence(this.code, lang, this.code === 'config' ? this.detail : undefined);
  }
}

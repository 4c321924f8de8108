/**
 * Turning any failure into what an element shows and reports: an `AgendaError` with a code, a message in the
 * element's language, and the `agenda-error` event that carries the same message. The wording is a chunk of
 * its own (error-texts.ts), loaded the first time something fails, so a page whose listing works never
 * downloads it; if that load fails too, a short built-in sentence still says what happened.
 */
import { AgendaError, type Lang } from '../client/index.js';
import { ConfigError } from '../config/index.js';
import { AgendaErrorEvent } from './events.js';
import { LazyModule } from './lazy-module.js';

/** How the wording arrives; tests replace it to simulate a chunk that cannot load. */
export const errorTextsSource = { load: () => import('./error-texts.js') };

const texts = new LazyModule(errorTextsSource);

/**
 * Loads the wording unless it is there already (then null): once, and again at the next failure after an
 * attempt that failed, whose elements wait for it (within the deadline) rather than show the fallback at
 * once. Never rejects: on failure the fallback sentences stand in.
 */
export function loadErrorTexts(): Promise<void> | null {
  return texts.load(true);
}

/** True for the `AbortError` a cancelled request rejects with. */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/**
 * Any failure as an `AgendaError`, so every error path shows a code and a human message. Anything else thrown
 * happened while an answer was being read and shown (the transport turns fetch's own failures into `network`
 * and `timeout`), so it is a `parse` error: `http` would promise a status there is none of.
 */
export function asAgendaError(error: unknown): AgendaError {
  return error instanceof AgendaError ? error : new AgendaError('parse', { cause: error, detail: String(error) });
}

/**
 * Rejects with a `network` error (worth a retry) for a chunk that could not be downloaded (offline, a CDN
 * failing): `import()` rejects with a bare TypeError then. For `import(…).catch(chunkError)`.
 */
export function chunkError(error: unknown): never {
  throw new AgendaError('network', { cause: error, detail: `a part of the widget could not be downloaded: ${String(error)}` });
}

/**
 * The visitor-facing message of `error` in `lang` (configuration errors name the attribute and the value);
 * the fallback when the wording could not load; null before it was ever asked for (`loadErrorTexts()`).
 */
export function errorText(error: AgendaError, lang: Lang): string | null {
  if (texts.value) return texts.value.errorText(error, lang);
  return texts.failed ? fallbackText(error, lang) : null;
}

/**
 * The short built-in sentence for `error`: what shows when the wording could not load, or is taking too
 * long. The code shown beside it still identifies the failure; a configuration error names its attribute.
 */
export function fallbackText(error: AgendaError, lang: Lang): string {
  const attribute = error instanceof ConfigError ? error.problem.attribute : null;
  if (lang === 'en') return attribute ? `Check the configuration: “${attribute}”.` : 'Something went wrong.';
  return attribute ? `Configuration à vérifier\u00a0: «\u00a0${attribute}\u00a0».` : 'Une erreur est survenue.';
}

/** The code shown under an error for support requests: the API's `AxNNN`, or `HTTP 500` rather than `http`. */
export function codeShown(error: AgendaError): string {
  return error.code === 'http' && error.status !== undefined ? `HTTP ${error.status}` : error.code;
}

/** The `agenda-error` event for `error`, carrying `message`: the one the element shows. */
export function errorEvent(error: AgendaError, message: string): AgendaErrorEvent {
  return new AgendaErrorEvent({
    code: error.code,
    message,
    ...(error.status !== undefined ? { status: error.status } : {}),
  });
}

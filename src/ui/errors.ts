/**
 * Turning any failure into what an element shows and reports: an `AgendaError` with a code, a message in the
 * element's language (configuration problems name the attribute at fault and what it expects), and the
 * `agenda-error` event that carries the same message.
 */
import { AgendaError, type Lang } from '../client/index.js';
import { ConfigError, OPTION_NAMES } from '../config/index.js';
import { AgendaErrorEvent } from './events.js';
import { messages } from './i18n.js';

/** True for the `AbortError` a cancelled request rejects with. */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** Any failure as an `AgendaError`, so every error path shows a code and a human message. */
export function asAgendaError(error: unknown): AgendaError {
  return error instanceof AgendaError ? error : new AgendaError('http', { cause: error, detail: String(error) });
}

/** The visitor-facing message of `error` in `lang`; configuration errors name the attribute and the value. */
export function errorText(error: AgendaError, lang: Lang): string {
  if (!(error instanceof ConfigError)) return error.localizedMessage(lang);
  const { attribute, source, value } = error.problem;
  const t = messages(lang);
  const name = source === 'configure' ? (OPTION_NAMES[attribute] ?? attribute) : attribute;
  return value === null
    ? t.configMissing(name, source)
    : t.configInvalid(name, shortened(value), t.expected[attribute] ?? '', source);
}

/** Longest part of a wrong value a message repeats: enough to recognise it, never a wall of text. */
const ECHO_LENGTH = 80;

function shortened(value: string): string {
  const characters = [...value];
  return characters.length > ECHO_LENGTH ? `${characters.slice(0, ECHO_LENGTH - 1).join('')}…` : value;
}

/** The `agenda-error` event for `error`, carrying `message`: the one the element shows. */
export function errorEvent(error: AgendaError, message: string): AgendaErrorEvent {
  return new AgendaErrorEvent({
    code: error.code,
    message,
    ...(error.status !== undefined ? { status: error.status } : {}),
  });
}

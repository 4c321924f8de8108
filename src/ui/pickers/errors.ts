/**
 * Turning a failure into what the pickers show and report, the way the listings do: an `AgendaError` with a
 * code, a message in the element's language (configuration problems name the attribute at fault), and the
 * `agenda-error` event.
 */
import { html, type TemplateResult } from 'lit';
import { AgendaError, type Lang } from '../../client/index.js';
import { ConfigError, OPTION_NAMES } from '../../config/index.js';
import { AgendaErrorEvent } from '../events.js';
import { messages } from '../i18n.js';
import { renderError } from '../states.js';
import { pickerMessages } from './messages.js';

/** True for the `AbortError` a cancelled request rejects with. */
export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** Any failure as an `AgendaError`, so every error path has a code and a human message. */
export function asAgendaError(error: unknown): AgendaError {
  return error instanceof AgendaError ? error : new AgendaError('http', { cause: error, detail: String(error) });
}

/** The visitor-facing message of `error` in `lang`; configuration errors name the attribute and the value. */
export function errorText(error: AgendaError, lang: Lang): string {
  if (!(error instanceof ConfigError)) return error.localizedMessage(lang);
  const { attribute, source, value } = error.problem;
  const t = messages(lang);
  const name = source === 'configure' ? (OPTION_NAMES[attribute] ?? attribute) : attribute;
  const expected = t.expected[attribute] ?? pickerMessages(lang).expected[attribute] ?? '';
  return value === null ? t.configMissing(name, source) : t.configInvalid(name, value, expected, source);
}

/** The `agenda-error` event for `error`, with the message the element shows. */
export function errorEvent(error: AgendaError, lang: Lang): AgendaErrorEvent {
  return new AgendaErrorEvent({
    code: error.code,
    message: errorText(error, lang),
    ...(error.status !== undefined ? { status: error.status } : {}),
  });
}

/** The compact error state of a picker: heading, message, code, and a retry button when retrying can help. */
export function renderPickerError(error: AgendaError, lang: Lang, title: string, onRetry: () => void): TemplateResult {
  const t = messages(lang);
  return html`${renderError({
    title,
    message: errorText(error, lang),
    code: t.errorCode(error.code),
    ...(error.retryable ? { retryLabel: t.retry, onRetry } : {}),
  })}`;
}

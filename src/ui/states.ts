/**
 * The states a listing goes through besides "loaded": loading (card-shaped skeletons of the final size),
 * empty (a friendly message) and error (a human message, the code, and a retry button when it can help).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { styleProperties, type StyleProperties } from './style-properties.js';
import { renderSkeletonCard, type Layout } from './card.js';
import { alertIcon, calendarIcon } from './icons.js';

/** Most skeleton cards drawn, whatever the limit: enough to fill a screen (the loader assumes it too). */
const MAX_SKELETONS = 12;

/**
 * `count` skeleton cards in the list's own layout, then the place of the "more" button (a listing with a
 * limit usually has more), hidden from assistive technologies (the status says it). The box is the one the
 * loader reserved before the element's code arrived (src/reserve-space.ts): keep the two in step.
 */
export function renderLoading(layout: Layout, count: number, listStyle: StyleProperties): TemplateResult {
  const cards = Array.from({ length: Math.max(1, Math.min(count, MAX_SKELETONS)) }, () => renderSkeletonCard(layout));
  return html`<ul class="list layout-${layout}" part="list" aria-hidden="true" style=${styleProperties(listStyle)}>${cards}</ul><div class="more-area" aria-hidden="true"><span class="more-placeholder"></span></div>`;
}

/** The empty state. */
export function renderEmpty(message: string, hint?: string): TemplateResult {
  return html`<div class="state empty" part="empty">${calendarIcon}<p class="state-title">${message}</p>${hint ? html`<p>${hint}</p>` : nothing}</div>`;
}

/**
 * A listing's prompt while it waits for what to list (a town): the empty state's look, with room for a message
 * of three lines whatever the width, so the space reserved before the element's code arrives
 * (src/reserve-space.ts) is the box it renders.
 */
export function renderPrompt(message: string): TemplateResult {
  return html`<div class="state empty prompt" part="empty">${calendarIcon}<p class="state-title">${message}</p></div>`;
}

/** What the error state shows. */
export interface ErrorView {
  /** The heading, e.g. "The events could not be shown." */
  title: string;
  /** The human message for the code. */
  message: string;
  /** The code line, e.g. "Code: Ax004". */
  code: string;
  /** Retry button label, when retrying can help. */
  retryLabel?: string;
  /** Called by the retry button, with its click. */
  onRetry?: (event: Event) => void;
}

/** The error state. */
export function renderError(view: ErrorView): TemplateResult {
  return html`<div class="state error" part="error">${alertIcon}<p class="state-title">${view.title}</p><p>${view.message}</p><p class="code">${view.code}</p>${view.retryLabel &&
  view.onRetry
    ? html`<button type="button" class="button" part="retry" @click=${view.onRetry}>${view.retryLabel}</button>`
    : nothing}</div>`;
}

/** Styles of the empty and error states. */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    padding: 2rem 1.25rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: center;
  }

  .state p {
    margin: 0;
    max-width: 40rem;
    /* An unbroken value (a URL, a key) in a message wraps rather than widening the element. */
    overflow-wrap: anywhere;
  }

  .state > .icon {
    width: 2rem;
    height: 2rem;
    color: var(--_muted);
  }

  .state-title {
    font-weight: 700;
    font-size: 1.0625em;
  }

  .state.error {
    border-style: solid;
    border-color: var(--_cancelled-text);
  }

  .state.error > .icon {
    color: var(--_cancelled-text);
  }

  /* Padding, borders, icon and gap (6.5rem + 2px), and three lines of the title (1.0625em × 1.5 each). */
  .state.prompt {
    justify-content: center;
    min-height: calc(6.5rem + 4.78125em + 2px);
  }

  .state .code {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .state .button {
    margin-block-start: 0.5rem;
  }
`;

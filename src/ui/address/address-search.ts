/**
 * The address search `<agenda-geo locate>` offers when the visitor would rather not (or cannot) share a
 * position: a WAI-ARIA 1.2 combobox (the same pattern, keys and styles as `<agenda-city-search>`, see
 * `ui/pickers/combobox.ts`) autocompleted from an API Adresse geocoder (`{base}/search/?q=…`).
 *
 * A reactive controller rather than an element, so the field, its listbox and the host's live region share
 * one shadow root (ARIA references cannot cross shadow roots) and the host keeps one theme and one set of
 * parts. The host renders `render()` where the search belongs, and decides what a pick means.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { AgendaError, getGeocoder, type Place } from '../../client/index.js';
import { normalizeGeocoderQuery } from '../../client/geocoder.js';
import type { Lang } from '../../client/types.js';
import { geoMessages, type GeoMessages } from '../geo-messages.js';
import { messages, type Messages } from '../i18n.js';
import { alertIcon } from '../icons.js';
import { createLogger } from '../logger.js';
import { comboboxKeyAction, delay } from '../pickers/combobox.js';
import { asAgendaError, codeShown, errorEvent, isAbortError } from '../errors.js';

/** Places asked for per search: API Adresse's own default, and what fits under a field on a phone. */
const RESULTS = 5;

/** What the host gives the search. */
export interface AddressSearchOptions {
  /** The geocoder base in force, or null while it is unusable (then nothing is requested). */
  base(): string | null;
  /** The language to speak. */
  lang(): Lang;
  /** The visitor picked `place` (Enter on an option, or a click). */
  pick(place: Place): void;
  /** Puts `message` in the host's polite live region. */
  announce(message: string): void;
  /** Escape in the empty, closed field: true when the host took it (e.g. to cancel a change of place). */
  cancel?(): boolean;
}

/** The host: a Lit element, whose shadow root the search renders into. */
export type AddressSearchHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** The address search: state, geocoder requests and template. */
export class AddressSearch implements ReactiveController {
  /** Milliseconds of quiet typing before a request is sent. */
  debounceMs = 250;

  readonly #host: AddressSearchHost;
  readonly #options: AddressSearchOptions;
  /** What the field shows. */
  #text = '';
  /** What is searched for (the normalized text, or null under 3 characters). */
  #query: string | null = null;
  #open = false;
  /** Index of the option under visual focus, or -1 when the field has it. */
  #active = -1;
  /** The answer to the current query, or null before one arrives. */
  #results: Place[] | null = null;
  #focused = false;
  /** `agenda-error` events to dispatch once the message they carry is on screen. */
  #queued: Event[] = [];

  /** The autocomplete: each keystroke restarts it, aborting the wait or the request of the previous one. */
  readonly #task: Task<readonly [string | null, string | null], Place[]>;

  constructor(host: AddressSearchHost, options: AddressSearchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#task = new Task(host, {
      args: () => [this.#options.base(), this.#query] as const,
      task: async ([base, query], { signal }) => {
        this.#results = null;
        if (base === null || query === null) return initialState;
        await delay(this.debounceMs, signal);
        return getGeocoder(base).search(query, { limit: RESULTS, signal });
      },
      onComplete: (places) => {
        this.#results = places;
        this.#active = -1;
        if (!this.#focused) return;
        this.#open = places.length > 0;
        this.#options.announce(places.length > 0 ? this.#geo.addressFound(places.length) : this.#geo.addressNone);
      },
      onError: (error) => this.#report(error),
    });
  }

  /** Empties the field and forgets the suggestions (the request under way, if any, is dropped). */
  reset(): void {
    this.#text = '';
    this.#query = null;
    this.#results = null;
    this.#close();
    this.#task.abort();
    this.#host.requestUpdate();
  }

  /** Moves focus to the field (once rendered). */
  focus(): void {
    this.#input?.focus();
  }

  /** Sends the failed search again (what the retry button does). */
  retry(): Promise<void> {
    return this.#task.run();
  }

  hostUpdated(): void {
    if (this.#open && this.#active >= 0) {
      this.#host.renderRoot.querySelector(`#address-option-${this.#active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
    const queued = this.#queued;
    this.#queued = [];
    for (const event of queued) this.#host.dispatchEvent(event);
  }

  hostDisconnected(): void {
    // Task does not abort on its own: a removed element must not keep a request going.
    this.#task.abort();
    this.#open = false;
    this.#focused = false;
  }

  /** The field, its listbox and what it has to say (no result, an error). */
  render(): TemplateResult {
    const places = this.#results ?? [];
    const open = this.#open && places.length > 0;
    const active = open && this.#active >= 0 && this.#active < places.length ? this.#active : -1;
    const feedback = this.#renderFeedback();
    return html`<div class="address" part="address" @focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut}>
      <label class="label" id="address-label" for="address-input" part="address-label">${this.#geo.addressLabel}</label>
      <div class="combo">
        <input
          id="address-input"
          class="input"
          part="address-input"
          type="text"
          role="combobox"
          aria-labelledby="address-label"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="address-listbox"
          aria-activedescendant=${ifDefined(active >= 0 ? `address-option-${active}` : undefined)}
          aria-describedby=${ifDefined(feedback === nothing ? undefined : 'address-feedback')}
          placeholder=${this.#geo.addressPlaceholder}
          .value=${live(this.#text)}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @click=${this.#onClick}
        />
        <ul
          id="address-listbox"
          class="listbox"
          part="address-listbox"
          role="listbox"
          aria-labelledby="address-label"
          ?hidden=${!open}
        >
          ${open ? places.map((place, index) => this.#renderOption(place, index, index === active)) : nothing}
        </ul>
      </div>
      <div class="feedback" id="address-feedback">${feedback}</div>
    </div>`;
  }

  /** General words (retry, error codes) in the element's language. */
  get #t(): Messages {
    return messages(this.#options.lang());
  }

  /** The address search's own words. */
  get #geo(): GeoMessages {
    return geoMessages(this.#options.lang());
  }

  get #input(): HTMLInputElement | null {
    return this.#host.renderRoot.querySelector<HTMLInputElement>('#address-input');
  }

  #renderOption(place: Place, index: number, active: boolean): TemplateResult {
    // Keyboard use goes through the combobox (aria-activedescendant); a click only adds a pointer path.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<li
      id="address-option-${index}"
      class="option"
      part="address-option"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @mousedown=${(event: MouseEvent) => event.preventDefault()}
      @click=${() => this.#pick(place)}
    >
      <span class="name">${place.label}</span>${place.context ? html` <span class="details">— ${place.context}</span>` : nothing}
    </li>`;
  }

  #renderFeedback(): TemplateResult | typeof nothing {
    const t = this.#t;
    const task = this.#task;
    if (task.status === TaskStatus.ERROR && !isAbortError(task.error)) {
      const error = asAgendaError(task.error);
      return html`<div class="address-error" part="address-error">
        ${alertIcon}
        <div>
          <p class="title">${this.#geo.addressErrorTitle}</p>
          <p>${this.#message(error)}</p>
          <p class="code">${t.errorCode(codeShown(error))}</p>
        </div>
        ${error.retryable
          ? html`<button type="button" class="button secondary" part="address-retry" @click=${() => void this.retry()}>
              ${t.retry}
            </button>`
          : nothing}
      </div>`;
    }
    if (task.status === TaskStatus.COMPLETE && this.#query !== null && this.#results?.length === 0) {
      return html`<p class="message" part="message">${this.#geo.addressNone}</p>`;
    }
    return nothing;
  }

  /** The visitor-facing message: the geocoder's failures in our words, not the events service's. */
  #message(error: AgendaError): string {
    return this.#geo.addressError(error.code, error.status);
  }

  #onInput = (event: Event): void => {
    this.#text = (event.target as HTMLInputElement).value;
    this.#query = normalizeGeocoderQuery(this.#text);
    this.#active = -1;
    if (this.#query === null) {
      // Under 3 characters nothing is searched: close rather than keep suggestions for text that is gone.
      this.#results = null;
      this.#open = false;
    }
    this.#host.requestUpdate();
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const places = this.#results ?? [];
    const open = this.#open && places.length > 0;
    const action = comboboxKeyAction(event, { open, active: this.#active, count: places.length, hasText: this.#text !== '' });
    switch (action?.type) {
      case 'open':
        this.#openList(action.active);
        break;
      case 'move':
        this.#active = action.active;
        break;
      case 'pick':
        this.#pick(places[action.index]!);
        return;
      case 'close':
      case 'leave':
        this.#close();
        break;
      case 'clear':
        this.reset();
        return;
      case 'caret':
        this.#active = -1;
        break;
      case 'escape':
        if (this.#options.cancel?.()) event.preventDefault();
        return;
      default:
        return;
    }
    this.#host.requestUpdate();
  };

  #onClick = (): void => {
    if (!this.#open && (this.#results?.length ?? 0) > 0) this.#openList(-1);
    this.#host.requestUpdate();
  };

  #onFocusIn = (): void => {
    this.#focused = true;
  };

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const wrapper = event.currentTarget as HTMLElement;
    if (next && wrapper.contains(next)) return;
    this.#focused = false;
    // Focus also leaves a field the host just removed (a pick, a cancel): then nothing is left to close.
    if (!this.#open || !wrapper.isConnected) return;
    this.#close();
    this.#host.requestUpdate();
  };

  #openList(active: number): void {
    const count = this.#results?.length ?? 0;
    if (count === 0) return;
    this.#open = true;
    this.#active = active;
    this.#options.announce(this.#geo.addressFound(count));
  }

  #close(): void {
    this.#open = false;
    this.#active = -1;
  }

  #pick(place: Place): void {
    this.reset();
    this.#options.pick(place);
  }

  #report(error: unknown): void {
    if (isAbortError(error)) return;
    const agendaError = asAgendaError(error);
    const message = this.#message(agendaError);
    createLogger(this.#host.localName).error(message, agendaError);
    this.#close();
    this.#options.announce(message);
    this.#queued.push(errorEvent(agendaError, message));
    this.#host.requestUpdate();
  }
}

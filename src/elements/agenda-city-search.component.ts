import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { getClient, type City, type NearbyCity } from '../client/index.js';
import { ConfigError, isProblem, parsePosition, problemKey, type ConfigProblem } from '../config/index.js';
import { locateIcon } from '../ui/pickers/icons.js';
import { comboboxKeyAction, delay } from '../ui/pickers/combobox.js';
import { isAbortError } from '../ui/errors.js';
import { askPosition, hasGeolocation } from '../ui/geolocation.js';
import { AgendaCityChangeEvent, type CityChoice } from '../ui/events.js';
import { pickerMessages, type PickerMessages } from '../ui/pickers/messages.js';
import { comboboxStyles, compactStateStyles, labelStyles } from '../ui/pickers/styles.js';
import { stateStyles } from '../ui/states.js';
import { baseStyles, themeStyles } from '../ui/styles.js';
import { AgendaElement } from './base/agenda-element.js';
import { geoMessages, type GeoMessages } from '../ui/geo-messages.js';

/** Where the visitor's position stands after "near me". */
export type CityLocateStatus = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';

/** `citylist` answers at most 10 cities; a longer answer is cut to that. */
const MAX_RESULTS = 10;
/** Longest search term sent: city names are shorter, and the URL stays small. */
const MAX_QUERY = 60;
const CITY_ID = /^\d{1,9}$/;

/**
 * The term sent to `citylist`: letters, digits, spaces, hyphens and apostrophes only (the API refuses other
 * characters with Ax012, and an edited "Amiens (Somme)" must not fail), collapsed and trimmed.
 */
export function searchTerm(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}'’ -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY);
}

function isNearby(city: City | NearbyCity): city is NearbyCity {
  return 'distanceKm' in city;
}

/**
 * A town search field: a WAI-ARIA 1.2 combobox with a listbox popup, autocompleted from `citylist` as the
 * visitor types (debounced, at most 10 towns, `exclude`d ids left out). With `nearby` and a known position
 * (`lat`/`lon`, or the visitor's own after "Autour de moi" / "Near me"), an empty field lists the nearest
 * towns that have events (`geocities`), with their event counts and distances.
 *
 * Keyboard: type to search; ArrowDown/ArrowUp open the list and move through it; Alt+ArrowDown opens it
 * without moving; Enter picks; Escape closes the list, then clears the field; Home/End move the caret;
 * Tab leaves without picking.
 *
 * @summary Town autocomplete for the Agenda Culturel widgets.
 * @tagname agenda-city-search
 *
 * @fires {AgendaCityChangeEvent} agenda-city-change - The visitor picked a town: `{city: {id, name, dep}}`.
 * @fires {AgendaErrorEvent} agenda-error - A search failed (or the configuration is wrong), and the element shows it: `{code, message, status?}`.
 *
 * @slot label - Replaces the visible label (the `label` attribute, "Ville" by default).
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart label - The visible label.
 * @csspart input - The text field (`role="combobox"`).
 * @csspart listbox - The popup list of towns.
 * @csspart option - One town in the list.
 * @csspart near-me - The "near me" button (with `nearby`).
 * @csspart message - "No town found" and the geolocation messages.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop [--agenda-font=inherit] - Font family.
 * @cssprop [--agenda-font-size=1rem] - Base font size.
 * @cssprop [--agenda-color-text=#1b1b1f] - Text colour (dark theme: #ececf1).
 * @cssprop [--agenda-color-text-muted=#55555f] - Secondary text and the field's border (dark: #b4b4c0).
 * @cssprop [--agenda-color-bg=transparent] - Background: the page shows through in the light theme; `dark` paints #16161a, and `auto` its scheme's own (#ffffff when light).
 * @cssprop [--agenda-color-surface=#ffffff] - Field and list background (dark: #1f1f25).
 * @cssprop [--agenda-color-border=#d7d7de] - List border (dark: #3a3a44).
 * @cssprop [--agenda-color-accent=#a3195b] - Active option and the "near me" button (dark: #f48fb1).
 * @cssprop [--agenda-color-on-accent=#ffffff] - Text on the accent (dark: #16161a).
 * @cssprop [--agenda-color-focus=#a3195b] - Focus ring (dark: #f48fb1).
 * @cssprop [--agenda-color-cancelled=#a1151b] - Errors and geolocation problems.
 * @cssprop [--agenda-radius=0.75rem] - Corner radius.
 */
export class AgendaCitySearch extends AgendaElement {
  static override styles = [themeStyles, baseStyles, stateStyles, compactStateStyles, labelStyles, comboboxStyles];

  static override get properties(): PropertyDeclarations {
    return {
      label: {},
      placeholder: {},
      exclude: {},
      nearby: { type: Boolean },
      lat: {},
      lon: {},
      htmlFor: { attribute: 'for' },
      value: {
        reflect: true,
        converter: { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null },
      },
      locateStatus: { state: true, attribute: false },
      text: { state: true, attribute: false },
      query: { state: true, attribute: false },
      open: { state: true, attribute: false },
      activeIndex: { state: true, attribute: false },
      position: { state: true, attribute: false },
    };
  }

  /** Visible label of the field (default "Ville" / "Town"); the `label` slot overrides it. */
  declare label?: string;

  /** Hint shown in the empty field (default "Nom de la ville" / "Town name"); never a label. */
  declare placeholder?: string;

  /** Town ids to leave out of the suggestions, comma-separated (`1,37`). */
  declare exclude?: string;

  /** List the nearest towns with events when the field is empty and a position is known; shows "near me". */
  nearby = false;

  /** Latitude in decimal degrees of the position `nearby` starts from (`49.897455`); "near me" replaces it. */
  declare lat?: string | number;

  /** Longitude in decimal degrees (`2.301060`). */
  declare lon?: string | number;

  /** Id of an element in the same document or shadow root whose `city` attribute is set on each pick. */
  declare htmlFor?: string;

  /** Id of the picked town; reflected. Setting it from outside does not fetch the town's name. */
  value = '';

  /** Where the visitor's position stands (`idle` until "near me" is used). */
  locateStatus: CityLocateStatus = 'idle';

  /** What the field shows. */
  private text = '';
  /** What the field's text searches for (unchanged by a pick, so a pick starts no search). */
  private query = '';
  /** True while the listbox is shown. */
  private open = false;
  /** Index of the option under visual focus, or -1 when the field has it. */
  private activeIndex = -1;
  /** The visitor's own position, once the browser gave it. */
  private position: { lat: number; lon: number } | null = null;

  /** Milliseconds of quiet typing before a search is sent. */
  protected debounceMs = 250;

  #selected: CityChoice | null = null;
  /** Answer to the current search term, or null before one arrives. */
  #searchResults: City[] | null = null;
  /** Nearby towns for the current position, or null before they arrive. */
  #nearbyResults: NearbyCity[] | null = null;
  /** The visitor asked for the nearby list ("near me"): open it when it arrives. */
  #nearbyWanted = false;
  #problem: ConfigProblem | null = null;
  #reportedProblem: string | null = null;
  #exclude: number[] = [];
  #focused = false;
  /** Increases with each position request, so a late answer to an earlier one is ignored. */
  #locateCall = 0;

  /**
   * The autocomplete: each keystroke restarts it, aborting the wait or the request of the previous one.
   * Removal drops it (a search is typed again, not resumed).
   */
  readonly #searchTask = this.abortOnDisconnect(
    new Task(this, {
      args: () => [problemKey(this.#problem), this.config.apiKey, this.config.apiBase, searchTerm(this.query), this.#exclude.join(',')] as const,
      task: async ([problem, apiKey, apiBase, query], { signal }) => {
        if (problem || !query) return initialState;
        await delay(this.debounceMs, signal);
        const cities = await getClient({ apiKey: apiKey!, apiBase }).searchCities({ query, exclude: this.#exclude }, { signal });
        return cities.slice(0, MAX_RESULTS);
      },
      onComplete: (cities) => {
        this.#searchResults = cities;
        this.activeIndex = -1;
        const p = this.#p;
        if (this.#focused) {
          this.open = cities.length > 0;
          this.announce(cities.length > 0 ? p.citiesFound(cities.length) : p.noCity);
        }
      },
      onError: (error) => this.reportError(error),
    }),
    { resume: false },
  );

  /** The nearest towns (`geocities`) for the current position, with `nearby`; removal aborts it until return. */
  readonly #nearbyTask = this.abortOnDisconnect(
    new Task(this, {
      args: () => {
        const position = this.nearby ? this.#position() : null;
        return [problemKey(this.#problem), this.config.apiKey, this.config.apiBase, position?.lat, position?.lon, this.#exclude.join(',')] as const;
      },
      task: async ([problem, apiKey, apiBase, lat, lon], { signal }) => {
        this.#nearbyResults = null;
        if (problem || lat === undefined || lon === undefined) return initialState;
        return getClient({ apiKey: apiKey!, apiBase }).nearbyCities({ lat, lon, exclude: this.#exclude }, { signal });
      },
      onComplete: (cities) => {
        this.#nearbyResults = cities;
        if (!this.#nearbyWanted || this.#mode() !== 'nearby') return;
        this.#nearbyWanted = false;
        this.activeIndex = -1;
        this.open = cities.length > 0;
        this.announce(cities.length > 0 ? this.#p.nearbyFound(cities.length) : this.#p.noNearby);
      },
      onError: (error) => {
        this.#nearbyWanted = false;
        this.reportError(error);
      },
    }),
    { resume: true },
  );

  /** The town picked last (by the visitor), or null. */
  get selectedCity(): CityChoice | null {
    return this.#selected && String(this.#selected.id) === this.value ? { ...this.#selected } : null;
  }

  /** Asks the browser for the visitor's position (it prompts first), then lists the towns near it. */
  requestLocation(): void {
    const call = ++this.#locateCall;
    if (!hasGeolocation()) {
      this.#located(call, null, 'unavailable');
      return;
    }
    this.locateStatus = 'locating';
    this.announce(this.#geo.locating);
    askPosition((answer) =>
      typeof answer === 'string' ? this.#located(call, null, answer) : this.#located(call, answer, 'located'),
    );
  }

  /** Runs the failed search (or nearby lookup) again (what the retry button does). */
  retry(): Promise<void> {
    return this.#mode() === 'search' ? this.#searchTask.run() : this.#nearbyTask.run();
  }

  /** After a retry: the field, where the answer's count is announced and the arrows reach the list. */
  protected override retryFocusTarget(): HTMLElement | null {
    return super.retryFocusTarget() ?? this.#input;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The base element aborts the requests; a position request still under way is forgotten here.
    if (this.locateStatus === 'locating') {
      this.#locateCall++;
      this.locateStatus = 'idle';
    }
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.value ??= '';
    if (changed.has('value') && this.#selected && String(this.#selected.id) !== this.value) {
      // Changed from outside: the field no longer names the town it shows.
      this.#selected = null;
      if (this.value === '') this.text = '';
    }
    if (changed.has('nearby') && !this.nearby) {
      this.position = null;
      this.locateStatus = 'idle';
    }
    this.#problem = this.config.problem ?? this.#checkAttributes();
    const key = problemKey(this.#problem);
    if (key !== this.#reportedProblem) {
      this.#reportedProblem = key;
      if (this.#problem) this.reportError(new ConfigError(this.#problem));
    }
  }

  protected override render(): TemplateResult {
    const { theme, lang } = this.config;
    const p = this.#p;
    const label = this.label?.trim() || p.cityLabel;
    const list = this.#list();
    const open = this.open && list.length > 0;
    const active = open && this.activeIndex >= 0 && this.activeIndex < list.length ? this.activeIndex : -1;
    const feedback = this.#renderFeedback();
    return html`<div class="root ${theme}" part="base" lang=${lang} @focusin=${this.#onFocusIn} @focusout=${this.#onFocusOut}>
      <label class="label" id="label" for="input" part="label"><slot name="label">${label}</slot></label>
      <div class="field">
        <div class="combo">
          <input
            id="input"
            class="input"
            part="input"
            type="text"
            role="combobox"
            aria-labelledby="label"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="listbox"
            aria-activedescendant=${ifDefined(active >= 0 ? `option-${active}` : undefined)}
            aria-describedby=${ifDefined(feedback === nothing ? undefined : 'feedback')}
            placeholder=${this.placeholder ?? p.cityPlaceholder}
            .value=${live(this.text)}
            @input=${this.#onInput}
            @keydown=${this.#onKeydown}
            @click=${this.#onClick}
          />
          <ul id="listbox" class="listbox" part="listbox" role="listbox" aria-labelledby="label" ?hidden=${!open}>
            ${open ? list.map((city, index) => this.#renderOption(city, index, index === active)) : nothing}
          </ul>
        </div>
        ${this.nearby ? this.#renderNearMe() : nothing}
      </div>
      <div class="feedback" id="feedback">${feedback}</div>
      ${this.renderAnnouncement()}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.open && this.activeIndex >= 0) {
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView?.({ block: 'nearest' });
    }
    super.updated(changed);
  }

  get #p(): PickerMessages {
    return pickerMessages(this.config.lang);
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#input');
  }

  /** Geolocation and address words in the resolved language. */
  get #geo(): GeoMessages {
    return geoMessages(this.config?.lang ?? 'fr');
  }

  /** The refusal's words: no retry button follows them here, so they name the button to press again. */
  #deniedText(): string {
    return this.#geo.locateDeniedPressAgain(this.#p.nearMe);
  }

  #renderOption(city: City | NearbyCity, index: number, active: boolean): TemplateResult {
    const p = this.#p;
    // Keyboard use goes through the combobox (aria-activedescendant); a click only adds a pointer path.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<li
      id="option-${index}"
      class="option"
      part="option"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      @mousedown=${(event: MouseEvent) => event.preventDefault()}
      @click=${() => this.#select(city)}
    >
      <span class="name">${p.cityName(city.name, city.department)}</span>${isNearby(city)
        ? html` <span class="details">— ${p.nearbyDetails(city.eventCount, city.distanceKm)}</span>`
        : nothing}
    </li>`;
  }

  #renderNearMe(): TemplateResult {
    const busy = this.locateStatus === 'locating';
    return html`<button
      type="button"
      class="button secondary"
      part="near-me"
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${this.#onNearMe}
    >
      ${locateIcon}${this.#p.nearMe}
    </button>`;
  }

  #renderFeedback(): TemplateResult | typeof nothing {
    const p = this.#p;
    // A problem is reported in willUpdate, so its wording may still be loading in the same update: the
    // failure shows once it is there (or its fallback), never with an empty message.
    if (this.#problem) {
      const problem = new ConfigError(this.#problem);
      return this.failureWorded(problem) ? this.renderFailure(problem, p.cityErrorTitle, () => {}) : nothing;
    }
    const mode = this.#mode();
    const task = mode === 'search' ? this.#searchTask : this.#nearbyTask;
    if (task.status === TaskStatus.ERROR && !isAbortError(task.error)) {
      return this.failureWorded(task.error) ? this.renderFailure(task.error, p.cityErrorTitle, () => void this.retry()) : nothing;
    }
    if (this.locateStatus === 'locating') return html`<p class="message" part="message">${this.#geo.locating}</p>`;
    if (this.locateStatus === 'denied' || this.locateStatus === 'unavailable') {
      return html`<p class="locate-problem" part="message">
        ${this.locateStatus === 'denied' ? this.#deniedText() : this.#geo.locateUnavailable}
      </p>`;
    }
    if (mode === 'search' && task.status === TaskStatus.COMPLETE && this.#searchResults?.length === 0) {
      return html`<p class="message" part="message">${p.noCity}</p>`;
    }
    if (mode === 'nearby' && this.locateStatus === 'located' && this.#nearbyResults?.length === 0) {
      return html`<p class="message" part="message">${p.noNearby}</p>`;
    }
    return nothing;
  }

  /** `search` while the field has a search term, else `nearby`. */
  #mode(): 'search' | 'nearby' {
    return searchTerm(this.query) ? 'search' : 'nearby';
  }

  /** The towns the listbox offers now. */
  #list(): (City | NearbyCity)[] {
    if (this.#problem) return [];
    return this.#mode() === 'search' ? (this.#searchResults ?? []) : this.nearby ? (this.#nearbyResults ?? []) : [];
  }

  /** Checks `exclude`, `lat` and `lon`; sets `#exclude`. */
  #checkAttributes(): ConfigProblem | null {
    const items = (this.exclude ?? '').split(',').map((item) => item.trim()).filter(Boolean);
    if (!items.every((item) => CITY_ID.test(item))) {
      this.#exclude = [];
      return { attribute: 'exclude', source: 'element', value: this.getAttribute('exclude') ?? String(this.exclude) };
    }
    this.#exclude = [...new Set(items.map(Number))];
    const position = parsePosition(this, this.lat, this.lon);
    return isProblem(position) ? position : null;
  }

  /** The visitor's position, else the `lat`/`lon` attributes, else null. */
  #position(): { lat: number; lon: number } | null {
    if (this.position) return this.position;
    const position = parsePosition(this, this.lat, this.lon);
    return isProblem(position) ? null : position;
  }

  #onInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    this.text = text;
    this.query = text;
    this.activeIndex = -1;
    if (!searchTerm(text)) {
      // Nothing to search: close rather than keep suggestions for text that is gone.
      this.#searchResults = null;
      this.open = false;
      this.announce('');
    }
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const list = this.#list();
    const open = this.open && list.length > 0;
    const action = comboboxKeyAction(event, { open, active: this.activeIndex, count: list.length, hasText: this.text !== '' });
    switch (action?.type) {
      case 'open':
        this.#openList(action.active);
        return;
      case 'move':
        this.activeIndex = action.active;
        return;
      case 'pick':
        this.#select(list[action.index]!);
        return;
      case 'close':
      case 'leave':
        this.#close();
        return;
      case 'clear':
        this.text = '';
        this.query = '';
        this.#searchResults = null;
        this.announce('');
        return;
      case 'caret':
        // The caret moves in the field (the browser's default); visual focus goes back to the field.
        this.activeIndex = -1;
        return;
      default:
        return;
    }
  };

  #onClick = (): void => {
    if (!this.open && this.#list().length > 0) this.#openList(-1);
  };

  #onFocusIn = (): void => {
    this.#focused = true;
  };

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.renderRoot.contains(next) || this.contains(next))) return;
    this.#focused = false;
    this.#close();
  };

  #onNearMe = (): void => {
    if (this.locateStatus === 'locating') return;
    this.requestLocation();
  };

  /** Opens the listbox with `active` under visual focus (-1: the field keeps it); says how many towns it offers. */
  #openList(active: number): void {
    const list = this.#list();
    if (list.length === 0) {
      if (this.#mode() === 'nearby' && this.nearby && this.#nearbyTask.status === TaskStatus.PENDING) this.#nearbyWanted = true;
      return;
    }
    const p = this.#p;
    this.open = true;
    this.activeIndex = active;
    this.announce(this.#mode() === 'search' ? p.citiesFound(list.length) : p.nearbyFound(list.length));
  }

  #close(): void {
    this.open = false;
    this.activeIndex = -1;
  }

  #select(city: City | NearbyCity): void {
    const choice: CityChoice = { id: city.id, name: city.name, dep: city.department };
    const label = this.#p.cityName(choice.name, choice.dep);
    this.#selected = choice;
    this.value = String(choice.id);
    this.text = label;
    // A search for what was typed may still be on its way: its answer must not reopen the list over the pick.
    this.#searchTask.abort();
    this.#close();
    this.announce(this.#p.citySelected(label));
    const target = this.#target();
    target?.setAttribute('city', String(choice.id));
    this.queueEvent(new AgendaCityChangeEvent({ city: { ...choice } }));
  }

  #located(call: number, position: { lat: number; lon: number } | null, status: CityLocateStatus): void {
    if (call !== this.#locateCall) return;
    this.locateStatus = status;
    if (!position) {
      this.announce(status === 'denied' ? this.#deniedText() : this.#geo.locateUnavailable);
      return;
    }
    // The nearby list shows in an empty field: start from there, with the field focused for the arrows.
    this.text = '';
    this.query = '';
    this.#searchResults = null;
    this.#nearbyWanted = true;
    const same = this.position?.lat === position.lat && this.position?.lon === position.lon;
    this.position = position;
    this.#input?.focus();
    if (same && this.#nearbyTask.status === TaskStatus.COMPLETE) this.#openList(-1);
  }

  /** The `for` element, looked up in this element's own document or shadow root. */
  #target(): Element | null {
    return this.findById(this.htmlFor);
  }
}

import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_GEOCODER_BASE, getClient, type EventPage, type Place } from '../client/index.js';
import type { EventsClient } from '../client/events-client.js';
import {
  isGiven,
  isProblem,
  isUsableBase,
  missing,
  parseCategories,
  parseDecimalAttribute,
  parsePosition,
  type ConfigProblem,
} from '../config/index.js';
import { AddressSearch } from '../ui/address/address-search.js';
import { addressStyles } from '../ui/address/styles.js';
import { formatDistance } from '../ui/format.js';
import { askPosition, GEOLOCATION_GRANTED, hasGeolocation, roundPosition } from '../ui/geolocation.js';
import { locateIcon } from '../ui/pickers/icons.js';
import { comboboxStyles, labelStyles } from '../ui/pickers/styles.js';
import { AgendaListing, type Paging } from './base/agenda-listing.js';
import { geoMessages, type GeoMessages } from '../ui/geo-messages.js';

/** What `<agenda-geo>` asks the API for: a circle, or the key's own zone. */
export type GeoQuery =
  | { restricted: true; categories: string[] }
  | { restricted: false; lat: number; lon: number; radiusKm: number; categories: string[] };

/** Where the visitor's position stands with `locate`. */
export type LocateStatus = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';

/** Radius used when the `radius` attribute is absent, in km. */
const DEFAULT_RADIUS_KM = 10;
/** Largest radius accepted, in km: metropolitan France fits in it. */
const MAX_RADIUS_KM = 1000;
/** The least time between emptying the live region and saying the same words in it again. */
const ANNOUNCE_GAP_MS = 150;

/**
 * Upcoming events around a position (given, or the visitor's own with `locate`), or in the zone an API key is
 * bound to (`restricted`), with each event's town and distance. With `locate`, a visitor who will not or
 * cannot share a position types an address or a town instead (an API Adresse geocoder, `geocoder-base`).
 *
 * @summary Upcoming cultural events around a position, from the Agenda Culturel API.
 * @tagname agenda-geo
 *
 * @fires {AgendaLoadEvent} agenda-load - A page of results was rendered (also when empty): `{items, offset, limit, hasMore}`.
 * @fires {AgendaErrorEvent} agenda-error - Something went wrong and is shown: `{code, message, status?}`.
 * @fires {AgendaSelectEvent} agenda-select - A card was activated: `{event}`. Cancelable: `preventDefault()` stops navigation.
 *
 * @slot fallback - Shown when the visitor's position is refused or unavailable, instead of the built-in address search (e.g. a city search).
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart locate - The geolocation prompt and its messages.
 * @csspart locate-button - The "use my position" button.
 * @csspart cancel-locate - The "cancel" button while the position is being found.
 * @csspart address - The address search (label, field, list, messages).
 * @csspart address-label - Its visible label.
 * @csspart address-input - Its text field (`role="combobox"`).
 * @csspart address-listbox - Its popup list of places.
 * @csspart address-option - One place in the list.
 * @csspart address-error - Why the address search failed.
 * @csspart address-retry - The address search's retry button.
 * @csspart message - "No address or town found".
 * @csspart change-place - The "change" button once a place is picked (or the position found).
 * @csspart cancel-change - The "cancel" button while changing the place.
 * @csspart list - The `<ul>` of cards.
 * @csspart card - One event card (`<article>`).
 * @csspart thumbnail - The thumbnail box (image, or a placeholder of the same size).
 * @csspart title - The card's heading.
 * @csspart date - The next date and the date range.
 * @csspart venue - The venue line, with the town and the distance.
 * @csspart category - The category name and colour.
 * @csspart badge - Every badge.
 * @csspart badge-free - The "free" badge.
 * @csspart badge-cancelled - The "cancelled" badge.
 * @csspart badge-featured - The "featured" badge.
 * @csspart artists - The performers line.
 * @csspart excerpt - The description excerpt.
 * @csspart booking - The booking link.
 * @csspart more - The "more events" button.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 * @csspart open-error - Why an activated card's event could not be opened, above the cards.
 *
 * @cssprop [--agenda-font=inherit] - Font family.
 * @cssprop [--agenda-font-size=1rem] - Base font size.
 * @cssprop [--agenda-color-text=#1b1b1f] - Text colour (dark theme: #ececf1).
 * @cssprop [--agenda-color-text-muted=#55555f] - Secondary text (dark: #b4b4c0).
 * @cssprop [--agenda-color-bg=transparent] - Background behind the cards: the page shows through in the light theme; `dark` paints #16161a, and `auto` its scheme's own (#ffffff when light).
 * @cssprop [--agenda-color-surface=#ffffff] - Card background (dark: #1f1f25).
 * @cssprop [--agenda-color-border=#d7d7de] - Card borders (dark: #3a3a44).
 * @cssprop [--agenda-color-accent=#a3195b] - Buttons, links, featured cards (dark: #f48fb1).
 * @cssprop [--agenda-color-on-accent=#ffffff] - Text on the accent (dark: #16161a).
 * @cssprop [--agenda-color-focus=#a3195b] - Focus ring (dark: #f48fb1).
 * @cssprop [--agenda-color-skeleton=#ececf0] - Loading placeholders (dark: #2c2c34).
 * @cssprop [--agenda-color-free=#0f6b3a] - "Free" badge text (dark: #8fd9a8).
 * @cssprop [--agenda-color-free-bg=#e3f4ea] - "Free" badge background (dark: #1d3326).
 * @cssprop [--agenda-color-cancelled=#a1151b] - "Cancelled" badge text and errors (dark: #ffb4ab).
 * @cssprop [--agenda-color-cancelled-bg=#fde8e8] - "Cancelled" badge background (dark: #3b1d1d).
 * @cssprop [--agenda-color-featured-bg=#f9e7ef] - "Featured" badge background.
 * @cssprop [--agenda-radius=0.75rem] - Corner radius.
 * @cssprop [--agenda-gap=1rem] - Space between cards.
 * @cssprop [--agenda-shadow=0 1px 2px rgb(0 0 0 / 0.06)] - Card shadow.
 * @cssprop [--agenda-card-text-height=calc(var(--agenda-font-size) * 14.45625 + 4.625rem + 4px)] - Minimum height of a card's text block (`list`, `grid`; larger text grows it); raise it for larger text, as loading reserves this height.
 * @cssprop [--agenda-compact-card-height=calc(var(--agenda-font-size) * 6.55 + 1.5rem)] - Minimum height of a `compact` card.
 */
export class AgendaGeo extends AgendaListing<GeoQuery> {
  static override styles = [
    ...AgendaListing.styles,
    labelStyles,
    comboboxStyles,
    addressStyles,
    css`
      .locate {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.75rem 1rem;
        margin-block-end: var(--_gap);
        padding: 0.875rem 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }

      /*
       * The prompt's box has one height at a given width, whatever the words and the font, so the loader can
       * reserve it (src/reserve-space.ts: keep the two in step): the button goes under the text below 45rem and
       * beside it from there (a breakpoint, not wrapping), and the text has room for --_lines lines, enough for
       * the longest prompt, in French, at that width.
       */
      .locate {
        --_lines: 5;
      }

      .locate p {
        flex: 1 1 16rem;
        margin: 0;
      }

      .locate:not(.located) > p {
        flex-basis: 100%;
        min-height: calc(var(--_lines) * 1.5em);
      }

      @container agenda (min-width: 22rem) {
        .locate {
          --_lines: 4;
        }
      }

      @container agenda (min-width: 28.5rem) {
        .locate {
          --_lines: 3;
        }
      }

      @container agenda (min-width: 45rem) {
        .locate:not(.located) > p {
          flex-basis: 0;
        }
      }

      @container agenda (min-width: 58rem) {
        .locate {
          --_lines: 2;
        }
      }

      @container agenda (min-width: 97rem) {
        .locate {
          --_lines: 1;
        }
      }

      .locate.located {
        padding-block: 0.5rem;
        color: var(--_muted);
      }

      /*
       * The compact header (finding the position, then what is listed around it) has one height per width too,
       * which the loader reserves when the position is already allowed: room for two lines with the button
       * under them, the button beside them from 28.5rem, one line from 45rem. A long place's name may grow it:
       * the visitor has just picked it.
       */
      .locate.located {
        /* Two lines, the gap and the button (a 1.2 line, no icon), centred in it when the words take one line. */
        min-height: calc(1rem + 2px + 3em + 0.75rem + max(2.75rem, 1.2em + 1rem + 4px));
        align-content: center;
      }

      .locate.located > p {
        flex-basis: 100%;
      }

      /* One width for "Annuler" and "Changer", so the words beside them keep their place when one replaces the other. */
      .locate.located > .button {
        min-width: 7.5em;
      }

      .around:focus-visible {
        border-radius: 0.25rem;
        outline-offset: 0.25rem;
      }

      /* Beside the button, the words take their own width (their focus ring too), wrapping rather than pushing it. */
      @container agenda (min-width: 28.5rem) {
        .locate.located {
          flex-wrap: nowrap;
          min-height: calc(1rem + 2px + max(3em, 2.75rem, 1.2em + 1rem + 4px));
        }

        .locate.located > p {
          flex: 0 1 auto;
        }
      }

      @container agenda (min-width: 45rem) {
        .locate.located {
          min-height: 0;
        }
      }

      .locate.problem {
        border-color: var(--_cancelled-text);
      }

      /* A refusal moves the page anyway (it is not the visitor's input): no room kept for the prompt's lines. */
      .locate.problem > p {
        min-height: 0;
      }

      .locate ::slotted(*) {
        flex: 1 1 100%;
      }
    `,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      lat: {},
      lon: {},
      radius: {},
      locate: { type: Boolean },
      restricted: { type: Boolean },
      geocoderBase: { attribute: 'geocoder-base' },
      status: { state: true, attribute: false },
      position: { state: true, attribute: false },
      place: { state: true, attribute: false },
      changing: { state: true, attribute: false },
    };
  }

  /** Latitude in decimal degrees (`49.897455`); with `lon`, the centre of the search. */
  declare lat?: string | number;

  /** Longitude in decimal degrees (`2.301060`). */
  declare lon?: string | number;

  /** Search radius in km, decimals allowed (`2.5`); 10 by default. */
  declare radius?: string | number;

  /** Ask the browser for the visitor's position (after a prompt); `lat`/`lon`, if set, serve until then. */
  locate = false;

  /** The API key is bound to a zone: list that zone's events, with no position (`lat`, `lon`, `radius` ignored). */
  restricted = false;

  /**
   * Root of the API Adresse geocoder the address search asks (`{base}/search/?q=…`), absolute or a path on this
   * site; `https://api-adresse.data.gouv.fr` by default. The reference server answers at `{api-base}/search/`.
   */
  declare geocoderBase?: string;

  /** Where the visitor's position stands. */
  private status: LocateStatus = 'idle';

  /** The position listed around: the browser's, or the picked place's. */
  private position: { lat: number; lon: number } | null = null;

  /** The place picked in the address search, or null. */
  private place: Place | null = null;

  /** True while the visitor changes the place (or position) the events are listed around. */
  private changing = false;

  /** Where the visitor's position stands with `locate`: `idle` until asked, then `locating`, `located`, `denied` or `unavailable`. */
  get locateStatus(): LocateStatus {
    return this.status;
  }

  /** The place the visitor picked in the address search (`{label, lat, lon, city, postcode, citycode, context}`), or null. */
  get selectedPlace(): Place | null {
    return this.place ? { ...this.place } : null;
  }

  /** Increases with each position request, so a late answer to an earlier one is ignored. */
  #locateCall = 0;
  /** The usable geocoder base, or null when `geocoder-base` is invalid. */
  #geocoderBase: string | null = DEFAULT_GEOCODER_BASE;
  /** Whether the last render found content slotted into `fallback`. */
  /** Geolocation and address words in the resolved language. */
  get #geo(): GeoMessages {
    return geoMessages(this.config?.lang ?? 'fr');
  }

  #renderedFallback = false;
  /** A position request failed since the visitor started changing the place. */
  #failedWhileChanging = false;
  /** What gets focus after the next render, as the header changes under the visitor's hands. */
  #focusNext: 'address' | 'around' | 'change' | 'locate' | null = null;
  /** Said before the count of the next first page: the visitor's position was just found. */
  #loadContext = '';
  /** What the header showed before the position was asked for, to go back to when the visitor stops waiting. */
  #statusBeforeLocating: LocateStatus = 'idle';
  /** When the visitor last pressed "use my position", emptying the live region (see #located). */
  #pressedAt = -Infinity;
  /** The visitor pressed "use my position" (a click does not focus a button in Safari): focus follows the answer. */
  #askedByVisitor = false;

  /** The address search offered with the prompt, and after a refusal unless the host slotted its own fallback. */
  readonly #address = new AddressSearch(this, {
    base: () => this.#geocoderBase,
    lang: () => this.config.lang,
    pick: (place) => this.#pickPlace(place),
    announce: (message) => this.announce(message),
    cancel: () => this.#cancelChange(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // A visitor who already allowed this site needs no prompt: locate at once. When the loader has already
    // learnt so (src/reserve-space.ts), before the first render, which then matches the box it reserved.
    if (!this.locate || this.restricted || this.status !== 'idle') return;
    if ((document as Document & { [GEOLOCATION_GRANTED]?: boolean })[GEOLOCATION_GRANTED]) this.requestLocation();
    else void this.#locateIfGranted();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // What was shown before stands (a refusal stays a refusal); the answer to come is ignored.
    if (this.status === 'locating') {
      this.#locateCall++;
      this.status = this.#statusBeforeLocating;
    }
    this.#askedByVisitor = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locate') && !this.locate) {
      this.#locateCall++;
      this.#askedByVisitor = false;
      this.position = null;
      this.place = null;
      this.changing = false;
      this.status = 'idle';
      this.#address.reset();
    }
    const base = isGiven(this.geocoderBase) ? String(this.geocoderBase).trim() : DEFAULT_GEOCODER_BASE;
    this.#geocoderBase = isUsableBase(base) ? base : null;
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.#focusNext;
    this.#focusNext = null;
    if (focus === 'address') this.#address.focus();
    else if (focus === 'around') this.renderRoot.querySelector<HTMLElement>('#around')?.focus();
    else if (focus === 'change') this.renderRoot.querySelector<HTMLElement>('[part="change-place"]')?.focus();
    // After "Annuler", the header shown before: the prompt's button, or "Changer" when the page itself asked.
    else if (focus === 'locate') this.renderRoot.querySelector<HTMLElement>('[part="locate-button"], [part="change-place"]')?.focus();
  }

  protected override get showPlace(): boolean {
    return true;
  }

  protected override checkQuery(): ConfigProblem | null {
    const categories = parseCategories(this, this.chosenCategories);
    if (this.restricted) return isProblem(categories) ? categories : null;
    // Without `locate`, the position is required; with it, one given still has to be whole and valid.
    const position = parsePosition(this, this.lat, this.lon);
    if (position === null && !this.locate) return missing('lat');
    if (isProblem(position)) return position;
    if (isGiven(this.radius)) {
      const radius = parseDecimalAttribute(this, 'radius', this.radius!, 0, MAX_RADIUS_KM, true);
      if (isProblem(radius)) return radius;
    }
    if (this.#geocoderBase === null) {
      return { attribute: 'geocoder-base', source: 'element', value: this.getAttribute('geocoder-base') ?? String(this.geocoderBase) };
    }
    return isProblem(categories) ? categories : null;
  }

  protected override buildQuery(): GeoQuery | null {
    const categories = parseCategories(this, this.chosenCategories) as string[];
    if (this.restricted) return { restricted: true, categories };
    const given = parsePosition(this, this.lat, this.lon);
    const position = this.position ?? (isProblem(given) ? null : given);
    // With `locate` and no default position, nothing can be listed until the visitor answers.
    if (!position) return null;
    return { restricted: false, ...position, radiusKm: this.#radiusKm(), categories };
  }

  protected override fetchPage(client: EventsClient, query: GeoQuery, paging: Paging, signal: AbortSignal): Promise<EventPage> {
    // The listing's client may be the core one; the full client of the same API shares its cache and requests.
    return getClient({ apiKey: client.apiKey, apiBase: client.apiBase }).geoEvents({ ...query, ...paging }, { signal, shared: true });
  }

  protected override emptyHint(): string | undefined {
    if (this.restricted) return super.emptyHint();
    const around = this.#geo.emptyAround(formatDistance(this.#radiusKm(), this.config.lang));
    const categories = super.emptyHint();
    return categories ? `${around} ${categories}` : around;
  }

  protected override renderHeader(): TemplateResult | typeof nothing {
    if (!this.locate || this.restricted) return nothing;
    const t = this.t;
    const hasDefault = isGiven(this.lat) && isGiven(this.lon);
    // Finding the position takes the box the answer will have, so the page moves when the visitor presses, not
    // seconds later when the position arrives.
    if (this.status === 'locating') return this.#renderAround(this.#geo.locating, true);
    if (this.place && !this.changing) return this.#renderAround(this.#geo.aroundPlace(this.place.label));
    if (this.#listsAroundVisitor && !this.changing) return this.#renderAround(this.#geo.locatedAround);
    const search = this.#renderSearch();
    const slot = html`<slot name="fallback" @slotchange=${this.#onSlotChange}></slot>`;
    // While changing the place, a refusal from before is old news; one that just happened is not.
    if ((this.status === 'denied' || this.status === 'unavailable') && (!this.changing || this.#failedWhileChanging)) {
      return html`<div class="locate problem" part="locate">
        <p>
          ${this.status === 'denied' ? this.#geo.locateDenied : this.#geo.locateUnavailable}
          ${hasDefault && !this.place ? this.#geo.locateFallback : nothing}
        </p>
        ${this.#renderLocateButton(t.retry)} ${this.changing ? this.#renderCancel() : nothing} ${slot} ${search}
      </div>`;
    }
    let prompt: string;
    if (this.changing) prompt = this.#geo.changePlacePrompt;
    else if (search === nothing) prompt = hasDefault ? this.#geo.locatePromptWithDefault : this.#geo.locatePrompt;
    else prompt = hasDefault ? this.#geo.locatePromptWithDefaultOrAddress : this.#geo.locatePromptOrAddress;
    return html`<div class="locate" part="locate">
      <p>${prompt}</p>
      ${this.#renderLocateButton(this.#geo.locateButton)} ${this.changing ? this.#renderCancel() : nothing}
      ${this.changing ? slot : nothing} ${search}
    </div>`;
  }

  /** Asks the browser for the visitor's position (the browser shows its own permission prompt first). */
  requestLocation(): void {
    if (!hasGeolocation()) {
      this.#located(null, 'unavailable');
      return;
    }
    const call = ++this.#locateCall;
    if (this.status !== 'locating') this.#statusBeforeLocating = this.status;
    this.status = 'locating';
    // A visitor who asked hears it from their focus, moved to the same words, and has the region emptied, so a
    // second refusal in a row is a change, and heard. Otherwise it is said, worded at render: before the first
    // one (permission granted before), the element's language is not resolved yet.
    if (this.#askedByVisitor) {
      this.#focusNext = 'around';
      this.#pressedAt = performance.now();
      this.announce('');
    } else this.announce(() => this.#geo.locating);
    askPosition((answer) => {
      if (call !== this.#locateCall) return;
      if (typeof answer === 'string') this.#located(null, answer);
      else this.#located(answer, 'located');
    });
  }

  #renderLocateButton(label: string): TemplateResult {
    // Never shown while locating: the compact header takes the prompt's place then.
    return html`<button
      type="button"
      class="button secondary"
      part="locate-button"
      @click=${() => {
        this.#askedByVisitor = true;
        this.requestLocation();
      }}
    >
      ${locateIcon}${label}
    </button>`;
  }

  protected override get awaitingQuery(): boolean {
    return this.status === 'locating';
  }

  protected override renderInitial(): unknown {
    // Nothing listed yet and a position on its way: the cards' box, so the page does not move when they come.
    return this.status === 'locating' ? this.renderSkeleton() : nothing;
  }

  /**
   * "Autour de : Amiens" (or "around your position") and the action to change it; while `locating`, "finding
   * your position…" and the action to stop. One template for both, so focus on the text stays when it changes.
   */
  #renderAround(text: string, locating = false): TemplateResult {
    // Focus lands on this text after a pick (not on "Changer": in WebKit the Enter that picked would press it).
    // The label is one flex item: a hidden span beside it would still take the button's gap, off-centring it.
    return html`<div class="locate located" part="locate" @keydown=${this.#onAroundKeydown}>
      <p id="around" class="around" tabindex="-1">${text}</p>
      <button
        type="button"
        class="button secondary"
        part=${locating ? 'cancel-locate' : 'change-place'}
        aria-describedby="around"
        @click=${locating ? this.#cancelLocate : this.#startChange}
      >
        <span
          >${locating ? this.#geo.cancelChange : this.#geo.changePlace}${locating
            ? nothing
            : html`<span class="visually-hidden">${this.#geo.changePlaceHidden}</span>`}</span
        >
      </button>
    </div>`;
  }

  /** Escape while the position is being found does what "Annuler" does, as it does in the change of place. */
  #onAroundKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || this.status !== 'locating') return;
    event.preventDefault();
    this.#cancelLocate();
  };

  /** Stops waiting for the position: back to what was shown before the visitor (or the page) asked for it. */
  #cancelLocate = (): void => {
    this.#locateCall++;
    this.#askedByVisitor = false;
    this.status = this.#statusBeforeLocating;
    this.#focusNext = 'locate';
  };

  #renderCancel(): TemplateResult {
    return html`<button type="button" class="button secondary" part="cancel-change" @click=${() => this.#cancelChange()}>
      ${this.#geo.cancelChange}
    </button>`;
  }

  /** The built-in address search, unless the host slotted its own fallback or `geocoder-base` is unusable. */
  #renderSearch(): TemplateResult | typeof nothing {
    if (this.#geocoderBase === null || this.#hasFallback()) return nothing;
    return this.#address.render();
  }

  #hasFallback(): boolean {
    this.#renderedFallback = [...this.children].some((child) => child.slot === 'fallback');
    return this.#renderedFallback;
  }

  /** Content slotted into (or removed from) `fallback` replaces (or brings back) the built-in search. */
  #onSlotChange = (): void => {
    if ([...this.children].some((child) => child.slot === 'fallback') !== this.#renderedFallback) this.requestUpdate();
  };

  #startChange = (): void => {
    this.changing = true;
    this.#failedWhileChanging = false;
    this.#focusNext = this.#hasFallback() ? null : 'address';
  };

  /** Leaves the change of place for what was listed before; false when there is nothing to go back to. */
  #cancelChange(): boolean {
    if (!this.changing || this.position === null) return false;
    this.changing = false;
    this.#address.reset();
    this.#focusNext = 'change';
    return true;
  }

  #pickPlace(place: Place): void {
    // A position request still under way must not replace the place the visitor just chose.
    this.#locateCall++;
    this.#askedByVisitor = false;
    if (this.status === 'locating') this.status = 'idle';
    this.place = place;
    this.position = roundPosition(place);
    this.changing = false;
    this.#focusNext = 'around';
    this.announce(this.#geo.aroundPlace(place.label));
  }

  #located(position: { lat: number; lon: number } | null, status: LocateStatus): void {
    // Found: the words under the visitor's focus ("finding your position…") change in place, and the listing
    // says what it loads. Refused: the header they were on is rebuilt, so focus goes to the retry, unless they
    // have moved on meanwhile. A position found without their asking (granted before) moves nothing.
    const asked = this.#askedByVisitor;
    this.#askedByVisitor = false;
    this.status = status;
    if (position) {
      this.position = position;
      this.place = null;
      this.#loadContext = this.#geo.locatedAround;
      this.changing = false;
      this.#address.reset();
      return;
    }
    if (asked && this.#focusInHeaderOrLost()) this.#focusNext = 'locate';
    // A place picked earlier, or the visitor's position found earlier, stays listed (`position` is left as it
    // is): they only failed to switch.
    this.#failedWhileChanging = this.changing;
    const message = status === 'denied' ? this.#geo.locateDenied : this.#geo.locateUnavailable;
    // Emptied by the press (requestLocation): refilled at once, a screen reader may take it for no change.
    const wait = ANNOUNCE_GAP_MS - (performance.now() - this.#pressedAt);
    const call = this.#locateCall;
    if (wait <= 0) this.announce(message);
    else setTimeout(() => call === this.#locateCall && this.announce(message), wait);
  }

  protected override takeLoadContext(): string {
    // Left over when the page around the position failed: a place picked since is not around the position.
    const context = this.#listsAroundVisitor ? this.#loadContext : '';
    this.#loadContext = '';
    return context;
  }

  /**
   * What is listed is around the visitor's own position, found earlier (a later attempt may have failed since):
   * `position` is only ever the browser's or, with `place`, the picked place's.
   */
  get #listsAroundVisitor(): boolean {
    return this.position !== null && this.place === null;
  }

  /** Focus is in the header, or nowhere (on the page's body): the visitor has not moved on. */
  #focusInHeaderOrLost(): boolean {
    const inside = this.shadowRoot?.activeElement;
    if (inside) return inside.closest('[part~="locate"]') !== null;
    return document.activeElement === null || document.activeElement === document.body;
  }

  async #locateIfGranted(): Promise<void> {
    try {
      const [permission] = await Promise.all([navigator.permissions?.query({ name: 'geolocation' }), this.updateComplete]);
      if (permission?.state === 'granted' && this.isConnected && this.status === 'idle') this.requestLocation();
    } catch {
      // No Permissions API for geolocation here: wait for the visitor to ask.
    }
  }

  #radiusKm(): number {
    if (!isGiven(this.radius)) return DEFAULT_RADIUS_KM;
    const radius = parseDecimalAttribute(this, 'radius', this.radius!, 0, MAX_RADIUS_KM, true);
    return isProblem(radius) ? DEFAULT_RADIUS_KM : radius;
  }
}

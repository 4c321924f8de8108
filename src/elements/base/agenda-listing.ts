/**
 * The shared engine of the listing elements (`<agenda-events>`, `<agenda-geo>`): listing attributes and their
 * checks, one `@lit/task` for the first page and one for each further page, paging, the DOM events, focus
 * and announcements, and what activating a card does. Subclasses only say how to query.
 */
import { css, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { styleProperties, type StyleProperties } from '../../ui/style-properties.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import { DEFAULT_LIMIT, MAX_LIMIT, type AgendaError, type EventPage, type EventSummary } from '../../client/index.js';
import { getEventsClient, type EventsClient } from '../../client/events-client.js';
import { categoryUris, listAwaitsCategoryList } from '../../client/validate.js';
import { ConfigError, checkChoice, checkInteger, headingLevelOf, problemKey, type ConfigProblem } from '../../config/index.js';
import { cardRun, cardStyles, hideBrokenImage, type CardOptions, type Layout } from '../../ui/card.js';
import { asAgendaError, chunkError, isAbortError } from '../../ui/errors.js';
import { AgendaLoadEvent, AgendaSelectEvent } from '../../ui/events.js';
import { parisToday } from '../../ui/format.js';
import type { Messages } from '../../ui/i18n.js';
import { alertIcon } from '../../ui/icons.js';
import { safeHttpUrl } from '../../ui/safe.js';
import { renderEmpty, renderLoading, stateStyles } from '../../ui/states.js';
import { baseStyles, themeStyles } from '../../ui/styles.js';
import type { CardAppender } from '../../ui/card-appender.js';
import { AgendaElement } from './agenda-element.js';

/** What activating a card does after `agenda-select`, unless the host called `preventDefault()`. */
export type DetailMode = 'dialog' | 'link' | 'none';

/** The `offset,limit` of one request. */
export interface Paging {
  offset: number;
  limit: number;
}

const LAYOUTS: readonly Layout[] = ['list', 'grid', 'compact'];
const DETAIL_MODES: readonly DetailMode[] = ['dialog', 'link', 'none'];
/** Thumbnails are requested at most this wide or high (the 2x source doubles it). */
const MAX_THUMB = 1200;
/** Cards whose thumbnail loads at once; the rest wait until they near the viewport. */
const EAGER_THUMBNAILS = 2;

/** `error` does not bubble: one capturing listener on the list hides any thumbnail that fails. */
const LIST_IMAGE_ERRORS = { handleEvent: hideBrokenImage, capture: true };

/** What a first page was fetched with, so further pages use exactly the same query. */
interface Session<Q> {
  client: EventsClient;
  query: Q;
  limit: number;
}

/** A further page, with the appender of its cards (loaded with the first such page: most lists never grow). */
interface MorePage {
  page: EventPage;
  CardAppender: typeof CardAppender;
}

/**
 * Base of the listing elements. `Q` is the element's query (what its attributes ask for); subclasses check
 * their attributes, build the query and fetch a page of it, and everything else happens here.
 */
export abstract class AgendaListing<Q> extends AgendaElement {
  static override styles = [
    themeStyles,
    baseStyles,
    cardStyles,
    stateStyles,
    css`
      .more-area {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 0.5rem;
        margin-block-start: var(--_gap);
      }

      .more-error {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--_cancelled-text);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_cancelled-text);
      }

      .open-error {
        margin-block-end: var(--_gap);
      }
    `,
  ];

  static override get properties(): PropertyDeclarations {
    return {
      categories: {},
      limit: { type: Number },
      offset: { type: Number },
      layout: {},
      thumbWidth: { attribute: 'thumb-width', type: Number },
      thumbHeight: { attribute: 'thumb-height', type: Number },
      detail: {},
      headingLevel: { attribute: 'heading-level', type: Number },
    };
  }

  /** Category URIs to keep, comma-separated (`concert,theatre`; the property also takes an array); all categories when empty. */
  declare categories?: string | string[];

  /** Events per page, 1 to 100. */
  limit = DEFAULT_LIMIT;

  /** Index of the first event shown. */
  offset = 0;

  /** `list` (default), `grid` or `compact`. */
  layout: Layout = 'list';

  /** Thumbnail width in CSS pixels (the resizer crops to `thumb-width` × `thumb-height`, 2x for dense screens). */
  thumbWidth = 320;

  /** Thumbnail height in CSS pixels. */
  thumbHeight = 180;

  /**
   * What activating a card does after `agenda-select`: `dialog` (default) opens `<agenda-event>` in a modal
   * dialog, `link` opens the event's page on AgendaCulturel.fr, `none` only dispatches the event.
   */
  detail: DetailMode = 'dialog';

  /** Level of the cards' titles in the page's outline, 1 to 6 (3: under the page's `h2`); others are clamped. */
  headingLevel = 3;

  /** The first invalid or missing attribute, found before each update. */
  #problem: ConfigProblem | null = null;
  /** True while the dialog chunk loads after a card was activated. */
  #dialogOpening = false;
  /** The query for the current attributes, or null when one cannot be made yet. */
  #query: Q | null = null;
  #session: Session<Q> | null = null;
  /** Pages appended with "more", after the task's first page. */
  #morePages: EventPage[] = [];
  /** Their cards, in the runs they were rendered in (src/ui/card-appender.ts). */
  #moreRuns: EventSummary[][] = [];
  /** Appends the page whose cards are not all rendered yet. */
  #appender: CardAppender | null = null;
  /** The options every card of the list shares, kept while what they depend on stays the same. */
  #cardOptions: CardOptions | null = null;
  #moreError: AgendaError | null = null;
  /** Why the last activated card's event could not be opened (the dialog's chunk, or its page's URL). */
  #openError: AgendaError | null = null;
  /** Index of the card to focus after the next render. */
  #focusIndex: number | null = null;
  #opening: AbortController | null = null;

  /** The first page; a change of query, key or paging aborts the request under way, and so does removal. */
  readonly #listTask = this.abortOnDisconnect(
    new Task(this, {
      args: () =>
        [
          problemKey(this.#problem),
          this.config.apiKey,
          this.config.apiBase,
          JSON.stringify(this.#query),
          this.limit,
          this.offset,
        ] as const,
      task: async ([, apiKey, apiBase, , limit, offset], { signal }) => {
        this.#moreTask.abort();
        this.#stopAppending();
        this.#session = null;
        this.#morePages = [];
        this.#moreRuns = [];
        this.#moreError = null;
        this.#openError = null;
        if (this.#problem) throw new ConfigError(this.#problem);
        const query = this.#query;
        if (query === null) {
          // A stale "15 events" goes; what was just said and not rendered yet ("finding your position…", a
          // refusal that also took the position away) stands.
          this.clearAnnouncement();
          return initialState;
        }
        const client = getEventsClient({ apiKey: apiKey!, apiBase });
        this.#session = { client, query, limit };
        this.announce((t) => t.loading);
        if (listAwaitsCategoryList(this.chosenCategories)) await this.#checkAgainstCategoryList(client, signal);
        return this.fetchPage(client, query, { offset, limit }, signal);
      },
      onComplete: (page) => {
        const context = this.takeLoadContext();
        this.announce((t) => {
          const outcome = page.items.length > 0 ? t.loaded(page.items.length) : page.hasMore ? t.unreadable : t.empty;
          return context ? `${context} ${outcome}` : outcome;
        });
        this.#queueLoad(page);
      },
      onError: (error) => this.reportError(error),
    }),
    { resume: true },
  );

  /** Each further page, appended; aborted with the first page's task, and on removal. */
  readonly #moreTask = this.abortOnDisconnect(
    new Task<[number], MorePage>(this, {
      autoRun: false,
      task: async ([offset], { signal }) => {
        const session = this.#session;
        if (!session) throw new DOMException('No listing to extend.', 'AbortError');
        const [page, { CardAppender }] = await Promise.all([
          this.fetchPage(session.client, session.query, { offset, limit: session.limit }, signal),
          import('../../ui/card-appender.js').catch(chunkError),
        ]);
        // A new first page started meanwhile: this page belongs to a list that is gone.
        if (session !== this.#session) throw new DOMException('Stale page.', 'AbortError');
        return { page: this.#withoutShown(page), CardAppender };
      },
      onComplete: ({ page, CardAppender }) => {
        const shown = this.#items().length;
        this.#morePages = [...this.#morePages, page];
        // Focus follows the new cards; with none, the "more" button may vanish, so focus the last card instead,
        // or with no card at all (pages of unusable records) the "more" button still there or the empty state.
        this.#focusIndex = page.items.length > 0 ? shown : shown - 1;
        if (page.items.length === 0) {
          this.announce((t) => (page.hasMore ? t.unreadable : t.noMore));
          this.#queueLoad(page);
          return;
        }
        this.#appender = new CardAppender(page.items, {
          lastCard: () => this.renderRoot.querySelector('.list > li:last-child'),
          focusFirstNew: () => (this.#focusIndex === null ? null : this.#moveFocus(false)),
          addRun: (cards) => {
            this.#moreRuns = [...this.#moreRuns, cards];
            this.requestUpdate();
          },
          done: () => {
            this.#appender = null;
            this.announce((t) => t.loadedMore(page.items.length));
            this.#queueLoad(page);
          },
        });
        this.#appender.start();
      },
      onError: (error) => {
        if (isAbortError(error)) return;
        this.#moreError = asAgendaError(error);
        this.reportError(error, (t) => t.moreFailed);
      },
    }),
    { resume: false },
  );

  /** Checks the element's own query attributes (required ones included): the first problem, or null. */
  protected abstract checkQuery(): ConfigProblem | null;

  /** The query for valid attributes, or null while it cannot be made yet (the task then stays initial). */
  protected abstract buildQuery(): Q | null;

  /** Fetches one page of the query. */
  protected abstract fetchPage(client: EventsClient, query: Q, paging: Paging, signal: AbortSignal): Promise<EventPage>;

  /** Cards show each event's town and distance (geo listings). */
  protected get showPlace(): boolean {
    return false;
  }

  /** The second line of the empty state. */
  protected emptyHint(): string | undefined {
    return categoryUris(this.chosenCategories)?.length ? this.t.emptyWithCategories : undefined;
  }

  /** What stands in for the events while the query cannot be made yet (the task stays initial). */
  protected renderInitial(): unknown {
    return nothing;
  }

  /**
   * What the next first page is listed for, said before its count ("Événements autour de votre position."), or
   * an empty string; asked once per page, so it is said once.
   */
  protected takeLoadContext(): string {
    return '';
  }

  /**
   * True while the element waits for something its query needs (a position being found): when that leaves it
   * with no query, nothing listed yet, the body reads busy. Cards already listed meanwhile wait for nothing.
   */
  protected get awaitingQuery(): boolean {
    return false;
  }

  /** The skeleton of the cards to come, in the box they will take. */
  protected renderSkeleton(): TemplateResult {
    return this.#renderLoading();
  }

  /**
   * The categories to list: the element's own; without them, and until the `<agenda-categories>` that names
   * it in `for` has started (it then sets them itself, and a value set later by script only moves its chips),
   * that picker's `value`: reading it before the picker's code has loaded spares a first request for every
   * category, then a second one (and a second announcement).
   */
  protected get chosenCategories(): unknown {
    if (this.categories != null) return this.categories;
    const picker = this.pickerFor('agenda-categories') as (Element & { hasUpdated?: boolean }) | null;
    return picker && !picker.hasUpdated ? (picker.getAttribute('value') ?? undefined) : undefined;
  }

  /**
   * The `<tag>` in this element's document or shadow root whose `for` names this element (the attribute, or the
   * property once the picker is defined), or null.
   */
  protected pickerFor(tag: string): Element | null {
    const root = this.getRootNode() as ParentNode;
    if (!this.id || typeof root.querySelectorAll !== 'function') return null;
    return (
      [...root.querySelectorAll(tag)].find(
        (picker) => picker.getAttribute('for') === this.id || (picker as { htmlFor?: unknown }).htmlFor === this.id,
      ) ?? null
    );
  }

  /** Content above the list, e.g. the geolocation prompt. */
  protected renderHeader(): unknown {
    return nothing;
  }

  /** Leaves the page for `url`; a method so tests and subclasses can intercept navigation. */
  protected navigate(url: string): void {
    window.location.assign(url);
  }

  /** Fetches the first page again (what the retry button does). */
  retry(): Promise<void> {
    return this.#listTask.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The tasks are aborted by the base element; the event detail fetched for `detail="link"` is ours.
    this.#opening?.abort();
    // Cards still waiting for a frame are all rendered now: frames may not come while the element is away.
    if (this.#appender) {
      this.#focusIndex = null;
      this.#appender.finish();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A removed attribute sets its property to null: back to the default, as if it had never been set.
    this.limit ??= DEFAULT_LIMIT;
    this.offset ??= 0;
    this.layout ??= 'list';
    this.detail ??= 'dialog';
    this.thumbWidth ??= 320;
    this.thumbHeight ??= 180;
    this.#problem =
      this.config.problem ??
      this.checkQuery() ??
      checkInteger(this, 'limit', this.limit, 1, MAX_LIMIT) ??
      checkInteger(this, 'offset', this.offset, 0, Number.MAX_SAFE_INTEGER) ??
      checkChoice(this, 'layout', this.layout, LAYOUTS) ??
      checkChoice(this, 'detail', this.detail, DETAIL_MODES) ??
      checkInteger(this, 'thumb-width', this.thumbWidth, 16, MAX_THUMB) ??
      checkInteger(this, 'thumb-height', this.thumbHeight, 16, MAX_THUMB);
    this.#query = this.#problem ? null : this.buildQuery();
  }

  protected override render(): TemplateResult {
    const { theme, lang } = this.config;
    const waiting = this.#query === null && !this.#problem && this.awaitingQuery;
    const busy = this.#listTask.status === TaskStatus.PENDING || this.#moreBusy() || waiting;
    return html`<div class="root ${theme}" part="base" lang=${lang}>${this.renderHeader()}<div class="body" aria-busy=${busy ? 'true' : 'false'}>${this.#listTask.render({
      initial: () => this.renderInitial(),
      pending: () => this.#renderLoading(),
      complete: (page) => this.#renderPages(page),
      // An abort is only ever followed by a new run (or by removal): keep the skeleton meanwhile.
      error: (error) => (isAbortError(error) ? this.#renderLoading() : this.#renderError(error)),
    })}</div>${this.renderAnnouncement()}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Sized from the run just built, so the next one fits the frame budget on this machine.
    this.#appender?.measure();
    // While a page is appended, the appender moves focus in a frame of its own.
    if (this.#focusIndex !== null && !this.#appender) this.#moveFocus();
    // Last: the queued events go out once focus is where they say.
    super.updated(changed);
  }

  /** After a retry: the first card, or the empty state (or, from the base, a new failure's retry button). */
  protected override retryFocusTarget(): HTMLElement | null {
    return (
      super.retryFocusTarget() ??
      this.renderRoot.querySelector<HTMLElement>('.list .activate') ??
      this.focusableByScript(this.renderRoot.querySelector<HTMLElement>('[part="empty"]'))
    );
  }

  /** Every event shown: the first page and the appended cards rendered so far. */
  #items(): EventSummary[] {
    const first = this.#listTask.value;
    return first ? [first.items, ...this.#moreRuns].flat() : [];
  }

  /**
   * `page` without the rows already listed: a back end that ignores the offset sends the first page again, and
   * "more" would append it again and again. A page of nothing new ends the list. A row is an event at its next
   * date (the API lists an event once per upcoming date), so a weekly show's next week stays.
   */
  #withoutShown(page: EventPage): EventPage {
    const row = (event: EventSummary) => `${event.id} ${event.nextDate ?? ''}`;
    // Every row is rendered by now: "more" waits for the last page's appender to finish.
    const shown = new Set(this.#items().map(row));
    const items = page.items.filter((event) => !shown.has(row(event)));
    if (items.length === page.items.length) return page;
    this.log.warn(`the page at offset ${page.offset} repeats ${page.items.length - items.length} event(s) already listed; they are not shown again.`);
    return { ...page, items, hasMore: page.hasMore && items.length > 0 };
  }

  /** A further page is being fetched, or its cards are still being appended. */
  #moreBusy(): boolean {
    return this.#moreTask.status === TaskStatus.PENDING || this.#appender !== null;
  }

  #listStyle(): StyleProperties {
    const { thumbWidth: width, thumbHeight: height } = this;
    return { '--_thumb-width': `${width}px`, '--_thumb-ratio': `${width} / ${height}`, '--_thumb-scale': `${height / width}` };
  }

  /**
   * Focuses the card at #focusIndex (the first new one, or the last when a page brought none), scrolling to
   * it unless `scroll` is false; returns the button focused.
   */
  #moveFocus(scroll = true): HTMLElement | null {
    const button =
      this.renderRoot.querySelectorAll<HTMLElement>('.list .activate')[Math.max(0, this.#focusIndex ?? 0)] ??
      this.renderRoot.querySelector<HTMLElement>('[part="more"]') ??
      this.focusableByScript(this.renderRoot.querySelector<HTMLElement>('[part="empty"]'));
    button?.focus({ preventScroll: !scroll });
    this.#focusIndex = null;
    return button;
  }

  /**
   * Fetches the API's list of categories (the truth, which may hold more than the seven documented) when the
   * attributes name one only it can confirm. If the list refuses it, this run gives way: the update it asks for
   * finds the problem in the attributes, and the run that follows shows it, once, as a configuration error.
   */
  async #checkAgainstCategoryList(client: EventsClient, signal: AbortSignal): Promise<void> {
    await client.categories({ signal });
    if (this.checkQuery() === null) return;
    this.requestUpdate();
    throw new DOMException('The categories are checked again.', 'AbortError');
  }

  #stopAppending(): void {
    this.#appender?.stop();
    this.#appender = null;
  }

  /** The options shared by every card, a new object only when one of them changed (cards render again then). */
  #sharedCardOptions(): CardOptions {
    const { lang } = this.config;
    const client = this.#session?.client;
    const previous = this.#cardOptions;
    const options = {
      lang,
      t: this.t,
      layout: this.layout,
      thumbWidth: this.thumbWidth,
      thumbHeight: this.thumbHeight,
      showPlace: this.showPlace,
      headingLevel: headingLevelOf(this.headingLevel, 3),
      today: parisToday(),
      client,
    };
    if (previous && Object.entries(options).every(([key, value]) => (previous as unknown as Record<string, unknown>)[key] === value)) {
      return previous;
    }
    return (this.#cardOptions = {
      ...options,
      thumbnail: (image: string) => {
        try {
          return client?.thumbnail(image, { width: options.thumbWidth, height: options.thumbHeight, crop: true }) ?? null;
        } catch {
          return null;
        }
      },
    });
  }

  /** Activating a card's title (click, Enter or Space) selects its event: one listener for the whole list. */
  #onListClick = (click: Event): void => {
    const button = (click.target as Element).closest('.activate');
    const item = button?.closest('li');
    if (!button || !item?.parentElement) return;
    const event = this.#items()[Array.prototype.indexOf.call(item.parentElement.children, item)];
    if (event) this.#select(event, button as HTMLElement);
  };

  #renderLoading(): TemplateResult {
    return renderLoading(this.layout, this.limit, this.#listStyle());
  }

  #renderPages(first: EventPage): TemplateResult {
    const t = this.t;
    const items = this.#items();
    const last = this.#morePages.at(-1) ?? first;
    const more = last.hasMore || this.#moreError ? this.#renderMore(t) : nothing;
    // A full page whose records were all unusable still has a next page: say so, and offer it.
    if (items.length === 0) return html`${last.hasMore ? renderEmpty(t.unreadable) : renderEmpty(t.empty, this.emptyHint())}${more}`;
    const options = this.#sharedCardOptions();
    // The list only hears the clicks of its cards' buttons, which the keyboard activates like any button.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`${this.#openError ? this.#renderOpenError(t, this.#openError) : nothing}<ul
        class="list layout-${this.layout}"
        part="list"
        aria-label=${t.listLabel}
        style=${styleProperties(this.#listStyle())}
        @click=${this.#onListClick}
        @error=${LIST_IMAGE_ERRORS}
      >${cardRun(
        first.items,
        options,
        EAGER_THUMBNAILS,
      )}${this.#moreRuns.map((run) => cardRun(run, options, 0))}</ul>${more}`;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }

  #renderMore(t: Messages): TemplateResult {
    const loading = this.#moreBusy();
    return html`<div class="more-area">${this.#moreError
      ? html`<p class="more-error">${alertIcon}${t.moreFailed} ${this.errorMessage(this.#moreError)}</p>`
      : nothing}<button type="button" class="button" part="more" aria-disabled=${loading ? 'true' : 'false'} @click=${this.#loadMore}>${loading
      ? t.loadingMore
      : this.#moreError
        ? t.retry
        : t.more}</button></div>`;
  }

  /** Above the list: the visitor activated a card and nothing opened (the live region says it too). */
  #renderOpenError(t: Messages, error: AgendaError): TemplateResult {
    return html`<p class="more-error open-error" part="open-error">${alertIcon}${t.openFailed} ${this.errorMessage(error)}</p>`;
  }

  #renderError(error: unknown): TemplateResult {
    return this.renderFailure(error, this.t.errorTitle, () => void this.retry());
  }

  #loadMore = (): void => {
    const first = this.#listTask.value;
    if (!first || !this.#session || this.#moreBusy()) return;
    const last = this.#morePages.at(-1) ?? first;
    this.#moreError = null;
    void this.#moreTask.run([last.offset + last.limit]);
  };

  #queueLoad(page: EventPage): void {
    const { items, offset, limit, hasMore, dropped } = page;
    // For the integrator wondering why a page shows fewer events than the API sent.
    if (dropped > 0) this.log.warn(`${dropped} record(s) of the page at offset ${offset} could not be used (not an object, or no id or title) and are not shown.`);
    this.queueEvent(new AgendaLoadEvent({ items, offset, limit, hasMore }));
  }

  #select = (event: EventSummary, trigger?: HTMLElement): void => {
    if (this.#openError) {
      this.#openError = null;
      this.requestUpdate();
    }
    const selection = new AgendaSelectEvent({ event });
    this.dispatchEvent(selection);
    if (selection.defaultPrevented) return;
    if (this.detail === 'link') void this.#followLink(event);
    else if (this.detail === 'dialog') void this.#openDialog(event, trigger ?? null);
  };

  /** Loads the dialog chunk on first use (it brings the detail view and the sanitizer), then opens it. */
  async #openDialog(event: EventSummary, trigger: HTMLElement | null): Promise<void> {
    // A second activation while the chunk loads would open two dialogs.
    if (this.#dialogOpening) return;
    this.#dialogOpening = true;
    try {
      const { openEventDialog } = await import('../../ui/dialog/index.js').catch(chunkError);
      openEventDialog({ eventId: event.id, preview: event, config: this.config, returnFocus: trigger, styleSource: this });
    } catch (error) {
      this.#failedToOpen(error);
    } finally {
      this.#dialogOpening = false;
    }
  }

  #failedToOpen(error: unknown): void {
    this.#openError = asAgendaError(error);
    this.requestUpdate();
    this.reportError(error, (t) => t.openFailed);
  }

  /** Listing records carry no page URL: fetch the event's detail for it, then navigate. */
  async #followLink(event: EventSummary): Promise<void> {
    const client = this.#session?.client;
    if (!client) return;
    this.#opening?.abort();
    const opening = (this.#opening = new AbortController());
    this.announce((t) => t.opening);
    try {
      const detail = await client.event(event.id, { signal: opening.signal });
      const url = safeHttpUrl(detail.pageUrl);
      this.announce('');
      if (url) this.navigate(url);
      else this.log.warn(`event ${event.id} has no page on AgendaCulturel.fr; nothing to follow.`);
    } catch (error) {
      if (!isAbortError(error)) this.#failedToOpen(error);
    } finally {
      if (this.#opening === opening) this.#opening = null;
    }
  }
}

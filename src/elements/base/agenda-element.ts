/**
 * What every agenda element shares: the configuration attributes (`api-key`, `api-base`, `lang`, `theme`),
 * their resolution through `<agenda-provider>` and `configure()`, a logger named after the tag, the polite
 * live region, DOM events dispatched once what they describe is rendered, error reporting, and aborting
 * requests when the element leaves the document.
 */
import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import type { AgendaError, Theme } from '../../client/index.js';
import { ConfigError, onConfigChange, resolveConfig, type ResolvedConfig } from '../../config/index.js';
import { settleWithin, wordsDeadline } from '../../ui/deadline.js';
import { asAgendaError, codeShown, errorEvent, errorText, fallbackText, isAbortError, loadErrorTexts } from '../../ui/errors.js';
import { loadMessages, messages, messagesPending, type Messages } from '../../ui/i18n.js';
import { createLogger, type Logger } from '../../ui/logger.js';
import { renderError } from '../../ui/states.js';

// An English page fetches its catalogue while the elements' own modules load, not one round trip later.
if (typeof document !== 'undefined' && /^en\b/i.test(document.documentElement.lang)) void loadMessages('en');

/** A live-region message, as text or worded from the element's messages when the region renders. */
export type Announcement = string | ((t: Messages) => string);

/** How long after the live region first renders its first words wait (see `firstUpdated`). */
const ANNOUNCE_DELAY_MS = 100;

/** What failed, said before the error's message when the state that failed is not the whole element's. */
export type FailureContext = (t: Messages) => string;

/** What the element needs of a `@lit/task` Task to abort it on removal and run it again on return. */
interface AbortableTask {
  readonly status: TaskStatus;
  abort(): void;
  run(): Promise<void>;
}

/**
 * Base of every agenda element: configuration attributes, their resolution, messages and logger, the live
 * region, queued DOM events and error reporting.
 */
export abstract class AgendaElement extends LitElement {
  // Reactive properties without decorators (no decorator runtime in the bundle); the members below are
  // `declare`d or initialised fields. A getter rather than a `static properties` field because lit-analyzer
  // only reads the getter form. Lit adds each subclass's own `properties` to those of its base classes.
  static override get properties(): PropertyDeclarations {
    return {
      apiKey: { attribute: 'api-key' },
      apiBase: { attribute: 'api-base' },
      lang: { reflect: true },
      theme: {},
    };
  }

  /** API key (8 letters or digits); falls back to `<agenda-provider>` then `configure()`. */
  declare apiKey?: string;

  /** API root, absolute or relative to the page; defaults to `https://api.agendaculturel.fr`. */
  declare apiBase?: string;

  /** Language: `fr` (default) or `en`; falls back to the provider, `configure()`, then the page's `lang`. */
  declare lang: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system. */
  declare theme?: Theme;

  /** The configuration in force, resolved before each update. */
  protected config!: ResolvedConfig;

  #unsubscribe?: () => void;
  #log?: Logger;
  /** Text of the polite live region, or what words it from the element's messages when it renders. */
  #announcement: Announcement = '';
  /** The announcement has been in the live region's text (it may have been heard). */
  #announcementSaid = false;
  /** Events to dispatch once the DOM they describe is rendered. */
  #queuedEvents: Event[] = [];
  /** Tasks aborted on removal; true for those run again on reconnection when removal cut them short. */
  readonly #tasks = new Map<AbortableTask, boolean>();
  /** Tasks removal aborted while pending, to run again on reconnection. */
  readonly #resume = new Set<AbortableTask>();
  /** The error wording's load when a failure of this element waits for it (see `scheduleUpdate`). */
  #wording: Promise<void> | null = null;
  /** Loads this element stopped waiting for (past `wordsDeadline`): French or the fallback stands in. */
  readonly #late = new Set<Promise<void>>();
  /** Runs of the registered tasks so far: a report waiting for its wording is stale once this moves on. */
  #runs = 0;
  /** True from `willUpdate` to `update`: a failure reported then belongs to the runs this update starts. */
  #updating = false;
  /** The timer of the live region's first words (see `firstUpdated`). */
  #firstWords: ReturnType<typeof setTimeout> | undefined;
  /** The failure waiting for its wording, with `#runs` as it was then; see `reportError`. */
  #pendingReport: { error: AgendaError; context: FailureContext | undefined; runs: number; duringUpdate: boolean } | null = null;
  /** The configuration `scheduleUpdate` resolved for the update it let through, so `willUpdate` reuses it. */
  #next: ResolvedConfig | undefined;
  /** The retry button the visitor pressed: its state goes, so focus goes to what the retry brings. */
  #retried: Element | null = null;

  /** Console messages prefixed with `<tag-name>:`. */
  protected get log(): Logger {
    return (this.#log ??= createLogger(this.localName));
  }

  /** Messages in the resolved language. */
  protected get t(): Messages {
    // Before the first update the configuration is not resolved yet; French is the default anyway.
    return messages(this.config?.lang ?? 'fr');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A provider's attributes, configure() and the page's `lang` live outside this element's properties.
    this.#unsubscribe = onConfigChange(() => this.requestUpdate());
    // Started here so the catalogue travels with the first request; a load that failed is tried again.
    void loadMessages(this.#resolveConfig().lang, { retry: true })?.then(() => this.requestUpdate());
    const resume = [...this.#resume];
    this.#resume.clear();
    for (const task of resume) void task.run();
    // Moved before its first words were said (their timer went with the removal): say them now.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element leaves nothing ticking; put back, it renders again (see connectedCallback).
    clearTimeout(this.#firstWords);
    this.#pendingReport = null;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#abortTasks();
  }

  /**
   * Holds an update until the words it will show are there, for `wordsDeadline.ms` at most: the wording of a
   * failure being reported, so an error state never shows without its message, and after the first update
   * the English catalogue. The first update is never held: it starts the requests and shows the skeleton,
   * which has no words (its announcement waits, see `renderAnnouncement`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const config = (this.#next = this.#resolveConfig());
    const english = this.hasUpdated && this.#wordsPending(config.lang) ? loadMessages(config.lang) : null;
    const waits = [english, this.#wording].filter((wait): wait is Promise<void> => wait !== null && !this.#late.has(wait));
    this.#wording = null;
    if (waits.length === 0) return super.scheduleUpdate();
    // The page may change while the words load: resolved again once they are there.
    this.#next = undefined;
    return Promise.all(waits.map((wait) => this.#hold(wait))).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#updating = true;
    super.willUpdate(changed);
    this.config = this.#next ?? this.#resolveConfig();
    this.#next = undefined;
  }

  /** Makes a failure's report waiting for its wording, once it is there and still what the element shows. */
  protected override update(changed: PropertyValues<this>): void {
    this.#updating = false;
    const pending = this.#pendingReport;
    // The tasks have started what this update asks for. A failure found in this same update (a configuration
    // problem) comes with those runs; one found before is superseded by any run since (a changed `city`, a retry).
    if (pending?.duringUpdate) Object.assign(pending, { runs: this.#runs, duringUpdate: false });
    if (pending && pending.runs !== this.#runs) this.#pendingReport = null;
    else if (pending && this.errorMessage(pending.error) !== '') {
      this.#pendingReport = null;
      // Before rendering: the state, the live region and the event (after this render) come together.
      this.#report(pending.error, pending.context);
    }
    super.update(changed);
  }

  /**
   * Says what the first render held back ("Chargement…") once the live region is surely in the accessibility
   * tree, which browsers update about once a frame: 100 ms, as common announcers wait.
   */
  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Not for an element already removed (Lit finishes an update it started): it says them when put back.
    if (this.#announcement && this.isConnected) this.#firstWords = setTimeout(() => this.requestUpdate(), ANNOUNCE_DELAY_MS);
  }

  /**
   * Dispatches the queued events, now that what they describe is rendered. A subclass that must finish the
   * DOM first (focus, light-DOM data) does so before calling `super.updated()`.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Removed before this update ran (a framework mounting twice): the request it just started must go too.
    if (!this.isConnected) this.#abortTasks();
    if (this.#retried) this.#focusAfterRetry(this.#retried);
    const queued = this.#queuedEvents;
    this.#queuedEvents = [];
    for (const event of queued) this.dispatchEvent(event);
  }

  /** `element`, made focusable by script if it was not (`tabindex="-1"`), to take focus after a retry; or null. */
  protected focusableByScript(element: HTMLElement | null): HTMLElement | null {
    if (element && element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
    return element;
  }

  /**
   * What takes focus once a retry the visitor pressed has rendered its outcome: by default a new failure's
   * retry button, or the failure itself when it has none; subclasses add what a success shows. Null while
   * nothing is there yet (still loading).
   */
  protected retryFocusTarget(): HTMLElement | null {
    return (
      this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ??
      this.focusableByScript(this.renderRoot.querySelector<HTMLElement>('[part="error"]'))
    );
  }

  /**
   * Registers `task` to be aborted when the element leaves the document. With `resume`, a task cut short
   * that way runs again when the element comes back; without, it is simply dropped. Its runs are counted, so
   * a failure report still waiting for its wording knows when it is stale.
   */
  protected abortOnDisconnect<T extends AbortableTask>(task: T, { resume }: { resume: boolean }): T {
    this.#tasks.set(task, resume);
    // Counted at the source: a Task runs itself from hostUpdate through `this.run`, and retries call it too.
    const run = task.run as (...args: unknown[]) => Promise<void>;
    (task as { run: typeof run }).run = (...args) => {
      this.#runs++;
      return run.apply(task, args);
    };
    return task;
  }

  /**
   * The element with id `id` in this element's own document or shadow root (what a `for` attribute names),
   * or null; an id that matches nothing is reported once.
   */
  protected findById(id: string | null | undefined): Element | null {
    const wanted = id?.trim();
    if (!wanted) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = typeof root.getElementById === 'function' ? root.getElementById(wanted) : null;
    if (!target) this.log.warnOnce(`for:${wanted}`, `for="${wanted}": no element with this id in the same document or shadow root.`);
    return target;
  }

  /**
   * Puts `message` in the polite live region. Words of the listing catalogue go as a function of it
   * (`(t) => t.loaded(n)`): worded when the region renders, they are English even when the English catalogue
   * arrived after the announcement was made.
   */
  protected announce(message: Announcement): void {
    this.#announcement = message;
    this.#announcementSaid = false;
    this.requestUpdate();
  }

  /** Empties the live region of what it has said; an announcement not rendered yet stays, to be said. */
  protected clearAnnouncement(): void {
    if (this.#announcementSaid) this.announce('');
  }

  /** Dispatches `event` after the next render, once the DOM it describes is there. */
  protected queueEvent(event: Event): void {
    this.#queuedEvents.push(event);
  }

  /**
   * The polite live region, with the last announcement; while the English catalogue is loading it stays
   * empty, then says the announcement in English.
   */
  protected renderAnnouncement(): TemplateResult {
    const announcement = this.#announcement;
    // Screen readers only hear a live region that was already in their view of the page when its text changed:
    // the first render puts it there empty, and the text follows (see `firstUpdated`).
    const silent = !this.hasUpdated || this.#wordsPending(this.config.lang);
    const text = silent ? '' : typeof announcement === 'string' ? announcement : announcement(this.t);
    if (!silent) this.#announcementSaid = true;
    return html`<p class="visually-hidden" role="status">${text}</p>`;
  }

  /**
   * The human message of an error in the element's language; configuration errors name the attribute. Empty
   * if the wording was never asked for (reportError asks): the element then loads it and renders again.
   */
  protected errorMessage(error: AgendaError): string {
    const { lang } = this.config;
    const text = errorText(error, lang);
    if (text !== null) return text;
    const load = loadErrorTexts();
    if (load && this.#late.has(load)) return fallbackText(error, lang);
    this.#wording = load;
    void load?.then(() => this.requestUpdate());
    return '';
  }

  /**
   * Whether the words of `error`'s state are there (or what stands in for them): render the state only then,
   * or it would show an empty message for a frame. Asks for them if not; the element renders again then.
   */
  protected failureWorded(error: unknown): boolean {
    return this.errorMessage(asAgendaError(error)) !== '' && !this.#wordsPending(this.config.lang);
  }

  /**
   * Logs a failure, announces it and queues `agenda-error` with the message shown; aborts are not errors. On
   * a first failure this waits for the wording (and so does the next render), so the state, the announcement
   * and the event carry the message the visitor sees. A newer failure, a new request or the element's removal
   * meanwhile drops the report: it would describe a state no longer shown. `context` says what failed, before
   * the message, in the announcement ("La suite n’a pas pu être chargée."), when the list itself stays.
   */
  protected reportError(error: unknown, context?: FailureContext): void {
    if (isAbortError(error)) return;
    const agendaError = asAgendaError(error);
    const load = loadErrorTexts();
    if (!load || this.#late.has(load)) {
      this.#pendingReport = null;
      this.#report(agendaError, context);
      return;
    }
    // Reported by the update the wording lets through (see `update`), if nothing made it stale meanwhile.
    this.#pendingReport = { error: agendaError, context, runs: this.#runs, duringUpdate: this.#updating };
    this.#wording = load;
    void this.#hold(load).then(() => this.requestUpdate());
  }

  /**
   * The error state of a failure: `title`, the message (then `hint`, if any), the code, and a retry button
   * calling `onRetry` when retrying can help.
   */
  protected renderFailure(error: unknown, title: string, onRetry: () => void, hint?: string): TemplateResult {
    const agendaError = asAgendaError(error);
    const message = this.errorMessage(agendaError);
    const t = this.t;
    const retry = (event: Event): void => {
      this.#retried = event.currentTarget as Element;
      onRetry();
    };
    return renderError({
      title,
      message: hint ? `${message} ${hint}` : message,
      code: t.errorCode(codeShown(agendaError)),
      ...(agendaError.retryable ? { retryLabel: t.retry, onRetry: retry } : {}),
    });
  }

  #report(error: AgendaError, context?: FailureContext): void {
    const message = this.errorMessage(error);
    if (error instanceof ConfigError) this.log.warnOnce(message, message);
    else this.log.error(message, error);
    // Worded at each render, as the visible notice is: a change of language rewords both halves.
    this.announce(context ? (t) => `${context(t)} ${this.errorMessage(error)}` : message);
    this.queueEvent(errorEvent(error, message));
  }

  /**
   * Focus for a keyboard or screen reader user whose retry button vanished with its state: on what the retry
   * brought once it is rendered (WCAG 2.4.3), unless focus went elsewhere on the page meanwhile.
   */
  #focusAfterRetry(pressed: Element): void {
    // Lost: still on the pressed button (about to go), or nowhere; not on a control of the page or of this element.
    const inside = (this.renderRoot as ShadowRoot).activeElement;
    const lost = inside === pressed || (inside === null && (document.activeElement === null || document.activeElement === document.body));
    const target = lost ? this.retryFocusTarget() : null;
    const moved = target !== null && target !== pressed;
    if (moved) target.focus();
    // Done once focus moved or was taken elsewhere, or once the retry settled with nothing to focus.
    if (moved || !lost || !this.#busy()) this.#retried = null;
  }

  /** True while a registered task runs. */
  #busy(): boolean {
    return [...this.#tasks.keys()].some((task) => task.status === TaskStatus.PENDING);
  }

  /** True while this element would show words of `lang` that are still loading (and not late). */
  #wordsPending(lang: ResolvedConfig['lang']): boolean {
    if (!messagesPending(lang)) return false;
    const load = loadMessages(lang);
    return load !== null && !this.#late.has(load);
  }

  /**
   * Settles when `load` does or at the deadline; past it, `load` counts as late for this element (what stands
   * in shows) until it settles and the element renders again with the real words.
   */
  async #hold(load: Promise<void>): Promise<void> {
    let settled = false;
    const done = load.then(() => {
      settled = true;
    });
    await settleWithin(done, wordsDeadline.ms);
    if (settled || this.#late.has(load)) return;
    this.#late.add(load);
    void done.then(() => {
      this.#late.delete(load);
      this.requestUpdate();
    });
  }

  #resolveConfig(): ResolvedConfig {
    return resolveConfig(this, {
      apiKey: this.apiKey ?? null,
      apiBase: this.apiBase ?? null,
      lang: this.lang ?? null,
      theme: this.theme ?? null,
    });
  }

  /** Task does not abort on its own: a removed element must not keep a request (or a page view) going. */
  #abortTasks(): void {
    for (const [task, resume] of this.#tasks) {
      if (!resume) task.abort();
      else if (task.status === TaskStatus.PENDING) {
        task.abort();
        this.#resume.add(task);
      }
    }
  }
}

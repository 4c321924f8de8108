/**
 * What every agenda element shares: the configuration attributes (`api-key`, `api-base`, `lang`, `theme`),
 * their resolution through `<agenda-provider>` and `configure()`, a logger named after the tag, the polite
 * live region, DOM events dispatched once what they describe is rendered, error reporting, and aborting
 * requests when the element leaves the document.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import type { AgendaError, Theme } from '../../client/index.js';
import { ConfigError, onConfigChange, resolveConfig, type ResolvedConfig } from '../../config/index.js';
import { asAgendaError, errorEvent, errorText, isAbortError, loadErrorTexts } from '../../ui/errors.js';
import { loadMessages, messages, type Messages } from '../../ui/i18n.js';
import { createLogger, type Logger } from '../../ui/logger.js';
import { renderError } from '../../ui/states.js';

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
  /** API key (8 letters or digits); falls back to `<agenda-provider>` then `configure()`. */
  @property({ attribute: 'api-key' }) apiKey?: string;

  /** API root, absolute or relative to the page; defaults to `https://api.agendaculturel.fr`. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Language: `fr` (default) or `en`; falls back to the provider, `configure()`, then the page's `lang`. */
  @property({ reflect: true }) override lang!: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the visitor's system. */
  @property() theme?: Theme;

  /** The configuration in force, resolved before each update. */
  protected config!: ResolvedConfig;

  #unsubscribe?: () => void;
  #log?: Logger;
  /** Text of the polite live region. */
  #announcement = '';
  /** Events to dispatch once the DOM they describe is rendered. */
  #queuedEvents: Event[] = [];
  /** Tasks aborted on removal; true for those run again on reconnection when removal cut them short. */
  readonly #tasks = new Map<AbortableTask, boolean>();
  /** Tasks removal aborted while pending, to run again on reconnection. */
  readonly #resume = new Set<AbortableTask>();
  /** The error wording's load when a failure of this element waits for it (see `scheduleUpdate`). */
  #wording: Promise<void> | null = null;

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
    const resume = [...this.#resume];
    this.#resume.clear();
    for (const task of resume) void task.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#abortTasks();
  }

  /**
   * Holds an update until the words it will show are there: the messages of its language (only English
   * loads), and the wording of a failure being reported, so an error state never shows without its message.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = [loadMessages(this.#resolveConfig().lang), this.#wording].filter((wait) => wait !== null);
    this.#wording = null;
    if (waits.length === 0) return super.scheduleUpdate();
    return Promise.all(waits).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.config = this.#resolveConfig();
  }

  /**
   * Dispatches the queued events, now that what they describe is rendered. A subclass that must finish the
   * DOM first (focus, light-DOM data) does so before calling `super.updated()`.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Removed before this update ran (a framework mounting twice): the request it just started must go too.
    if (!this.isConnected) this.#abortTasks();
    const queued = this.#queuedEvents;
    this.#queuedEvents = [];
    for (const event of queued) this.dispatchEvent(event);
  }

  /**
   * Registers `task` to be aborted when the element leaves the document. With `resume`, a task cut short
   * that way runs again when the element comes back; without, it is simply dropped.
   */
  protected abortOnDisconnect<T extends AbortableTask>(task: T, { resume }: { resume: boolean }): T {
    this.#tasks.set(task, resume);
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

  /** Puts `message` in the polite live region. */
  protected announce(message: string): void {
    this.#announcement = message;
    this.requestUpdate();
  }

  /** Dispatches `event` after the next render, once the DOM it describes is there. */
  protected queueEvent(event: Event): void {
    this.#queuedEvents.push(event);
  }

  /** The polite live region, with the last announcement. */
  protected renderAnnouncement(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${this.#announcement}</p>`;
  }

  /**
   * The human message of an error in the element's language; configuration errors name the attribute. Empty
   * if the wording was never asked for (reportError asks): the element then loads it and renders again.
   */
  protected errorMessage(error: AgendaError): string {
    const text = errorText(error, this.config.lang);
    if (text !== null) return text;
    this.#wording = loadErrorTexts();
    void this.#wording?.then(() => this.requestUpdate());
    return '';
  }

  /**
   * Logs a failure, announces it and queues `agenda-error` with the message shown; aborts are not errors. On
   * a first failure this waits for the wording (and so does the next render), so the state, the announcement
   * and the event carry the message the visitor sees.
   */
  protected reportError(error: unknown): void {
    if (isAbortError(error)) return;
    const agendaError = asAgendaError(error);
    this.#wording = loadErrorTexts();
    if (this.#wording) void this.#wording.then(() => this.#report(agendaError));
    else this.#report(agendaError);
  }

  /**
   * The error state of a failure: `title`, the message (then `hint`, if any), the code, and a retry button
   * calling `onRetry` when retrying can help.
   */
  protected renderFailure(error: unknown, title: string, onRetry: () => void, hint?: string): TemplateResult {
    const agendaError = asAgendaError(error);
    const message = this.errorMessage(agendaError);
    const t = this.t;
    return renderError({
      title,
      message: hint ? `${message} ${hint}` : message,
      code: t.errorCode(agendaError.code),
      ...(agendaError.retryable ? { retryLabel: t.retry, onRetry } : {}),
    });
  }

  #report(error: AgendaError): void {
    const message = this.errorMessage(error);
    if (error instanceof ConfigError) this.log.warnOnce(message, message);
    else this.log.error(message, error);
    this.announce(message);
    this.queueEvent(errorEvent(error, message));
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

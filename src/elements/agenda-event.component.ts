import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { styleProperties } from '../ui/style-properties.js';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { EventDetail, EventSummary } from '../client/index.js';
import { getEventsClient, type EventsClient } from '../client/events-client.js';
import { ConfigError, checkInteger, headingLevelOf, missing, problemKey, type ConfigProblem } from '../config/index.js';
import { googleCalendarUrl } from '../detail/google-calendar.js';
import { icsBlob, icsFileName } from '../detail/ics.js';
import { eventJsonLd, jsonLdScript } from '../detail/json-ld.js';
import { occurrences } from '../detail/performances.js';
import { detailMessages, type DetailMessages } from '../ui/detail/messages.js';
import { detailStyles } from '../ui/detail/styles.js';
import { NEW_WINDOW_HINT, renderDetail, renderDetailSkeleton, type DetailOptions } from '../ui/detail/template.js';
import { asAgendaError, chunkError, isAbortError } from '../ui/errors.js';
import { AgendaLoadEvent } from '../ui/events.js';
import { parisToday } from '../ui/format.js';
import { stateStyles } from '../ui/states.js';
import { badgeStyles, baseStyles, themeStyles } from '../ui/styles.js';
import { AgendaElement } from './base/agenda-element.js';

/** What a load produces: the event and its sanitized description, built once per load. */
interface LoadedEvent {
  detail: EventDetail;
  description: HTMLElement | null;
}

/** Images are requested at most this wide or high (the 2x source doubles it). */
const MAX_IMAGE = 1200;
/** How long a downloaded .ics stays reachable through its object URL: enough for every browser to read it. */
const REVOKE_DELAY_MS = 10_000;
/** Marks the structured-data script this element owns in its light DOM. */
const JSON_LD_MARK = 'data-agenda-event';
const EVENT_ID = /^\d{1,15}$/;

/**
 * The full detail of one event: image, title, category, status, every performance with its times, next
 * shows, price, venue and address, organiser, artists, description (sanitized), booking, the event's page,
 * and "add to my calendar" (.ics download and Google Calendar). Opt-in schema.org structured data for search
 * engines with `seo`.
 *
 * @summary The detail of one cultural event from the Agenda Culturel API.
 * @tagname agenda-event
 *
 * @fires {AgendaLoadEvent} agenda-load - The event was rendered: `{items: [event], offset: 0, limit: 1, hasMore: false}`, `event` being the full `EventDetail`.
 * @fires {AgendaErrorEvent} agenda-error - Something went wrong and is shown: `{code, message, status?}` (`Ax007` when the event does not exist, `config` for a missing or invalid attribute).
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart detail - The loaded event (`<article>`).
 * @csspart skeleton - The loading placeholder, the size of the loaded view.
 * @csspart image - The image box.
 * @csspart thumbnail - The image box, under the listings' name for it.
 * @csspart title - The event's heading.
 * @csspart category - The category name and colour.
 * @csspart badge - Every badge.
 * @csspart badge-free - The "free" badge.
 * @csspart badge-cancelled - The "cancelled" badge.
 * @csspart badge-featured - The "featured" badge.
 * @csspart dates - Performances with their times, and the next shows.
 * @csspart date - The same as `dates`, under the listings' name for it.
 * @csspart next-shows - The list of next shows.
 * @csspart venue - Venue, address, postcode and town.
 * @csspart price - The price.
 * @csspart artists - The performers.
 * @csspart organizer - The organiser.
 * @csspart description - The description section.
 * @csspart booking - The booking section (information and links).
 * @csspart booking-link - The "book" link.
 * @csspart page-link - The link to the event's page on AgendaCulturel.fr.
 * @csspart cancelled-notice - "This event is cancelled", in place of the booking link.
 * @csspart calendar - The "add to my calendar" section.
 * @csspart calendar-ics - The .ics download button.
 * @csspart calendar-google - The Google Calendar link.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop [--agenda-font=inherit] - Font family.
 * @cssprop [--agenda-font-size=1rem] - Base font size.
 * @cssprop [--agenda-color-text=#1b1b1f] - Text colour (dark theme: #ececf1).
 * @cssprop [--agenda-color-text-muted=#55555f] - Labels and secondary text (dark: #b4b4c0).
 * @cssprop [--agenda-color-bg=transparent] - Background behind the detail: the page shows through in the light theme; `dark` paints #16161a, and `auto` its scheme's own (#ffffff when light).
 * @cssprop [--agenda-color-surface=#ffffff] - Error state background (dark: #1f1f25).
 * @cssprop [--agenda-color-border=#d7d7de] - Separators (dark: #3a3a44).
 * @cssprop [--agenda-color-accent=#a3195b] - Buttons and links (dark: #f48fb1).
 * @cssprop [--agenda-color-on-accent=#ffffff] - Text on the accent (dark: #16161a).
 * @cssprop [--agenda-color-focus=#a3195b] - Focus ring (dark: #f48fb1).
 * @cssprop [--agenda-color-skeleton=#ececf0] - Loading placeholders and the image box (dark: #2c2c34).
 * @cssprop [--agenda-color-free=#0f6b3a] - "Free" badge text (dark: #8fd9a8).
 * @cssprop [--agenda-color-free-bg=#e3f4ea] - "Free" badge background (dark: #1d3326).
 * @cssprop [--agenda-color-cancelled=#a1151b] - "Cancelled" badge, notice and errors (dark: #ffb4ab).
 * @cssprop [--agenda-color-cancelled-bg=#fde8e8] - "Cancelled" badge and notice background (dark: #3b1d1d).
 * @cssprop [--agenda-color-featured-bg=#f9e7ef] - "Featured" badge background.
 * @cssprop [--agenda-radius=0.75rem] - Corner radius.
 * @cssprop [--agenda-gap=1rem] - Space between sections.
 */
export class AgendaEvent extends AgendaElement {
  static override styles = [themeStyles, baseStyles, stateStyles, badgeStyles, detailStyles];

  static override get properties(): PropertyDeclarations {
    return {
      eventId: { attribute: 'event-id' },
      seo: { type: Boolean, reflect: true },
      imageWidth: { attribute: 'image-width', type: Number },
      imageHeight: { attribute: 'image-height', type: Number },
      headingLevel: { attribute: 'heading-level', type: Number },
      noHeading: { attribute: 'no-heading', type: Boolean },
      preview: { attribute: false },
    };
  }

  /** The event's id (`id_agenda`), a positive whole number. Required. */
  declare eventId?: string | number;

  /** Writes schema.org `Event` JSON-LD into the light DOM for search engines, in step with what is shown. */
  seo = false;

  /** Image width in CSS pixels (the resizer crops to `image-width` × `image-height`, 2x for dense screens). */
  imageWidth = 640;

  /** Image height in CSS pixels. */
  imageHeight = 360;

  /** Level of the event's title heading, 1 to 6 (default 2); section headings are one level below. */
  headingLevel = 2;

  /** Leaves the title out, for a container that shows it as its own heading (the dialog does). */
  noHeading = false;

  /** A listing's summary of the same event, shown at once while the detail loads. */
  preview: EventSummary | null = null;

  #problem: ConfigProblem | null = null;
  #id: number | null = null;
  #client: EventsClient | null = null;
  #jsonLd: HTMLScriptElement | null = null;
  /** Object URLs of .ics downloads not yet revoked. */
  readonly #objectUrls = new Map<string, ReturnType<typeof setTimeout>>();

  /** The event; a change of id, key or API aborts the request under way, and so does removal. */
  readonly #task = this.abortOnDisconnect(
    new Task(this, {
      args: () => [problemKey(this.#problem), this.config.apiKey, this.config.apiBase, this.#id] as const,
      task: async ([, apiKey, apiBase, id], { signal }) => {
        if (this.#problem) throw new ConfigError(this.#problem);
        if (id === null || apiKey === null) return initialState;
        const client = getEventsClient({ apiKey, apiBase });
        this.#client = client;
        this.announce(this.d.loading);
        return this.#load(client, id, signal);
      },
      onComplete: (loaded) => {
        this.announce(this.d.loaded(loaded.detail.title));
        this.queueEvent(new AgendaLoadEvent({ items: [loaded.detail], offset: 0, limit: 1, hasMore: false }));
      },
      onError: (error) => this.reportError(error),
    }),
    { resume: true },
  );

  /** Detail-only messages in the resolved language. */
  protected get d(): DetailMessages {
    return detailMessages(this.config.lang);
  }

  /** The event shown, once loaded (null while loading, on error, or before). */
  get event(): EventDetail | null {
    return this.#task.status === TaskStatus.COMPLETE ? (this.#task.value?.detail ?? null) : null;
  }

  /** Fetches the event again (what the retry button does). */
  retry(): Promise<void> {
    return this.#task.run();
  }

  /** After a retry: the loaded event's title, or the event itself when it shows no heading. */
  protected override retryFocusTarget(): HTMLElement | null {
    const detail = this.renderRoot.querySelector<HTMLElement>('[part="detail"]');
    return super.retryFocusTarget() ?? this.focusableByScript(detail?.querySelector<HTMLElement>('.title') ?? detail);
  }

  /** Downloads the event as an iCalendar (.ics) file, one entry per performance. */
  downloadIcs(): void {
    const detail = this.event;
    if (!detail) return;
    const url = URL.createObjectURL(icsBlob(detail));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(detail);
    link.hidden = true;
    // In the shadow root rather than the page: some engines only follow links that are in a document.
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some engines; a timer (or removal) frees the blob.
    this.#objectUrls.set(
      url,
      setTimeout(() => this.#revoke(url), REVOKE_DELAY_MS),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in a document: the structured data removed on disconnection is written again after this update.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeJsonLd();
    for (const url of [...this.#objectUrls.keys()]) this.#revoke(url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A removed attribute sets its property to null: back to the default, as if it had never been set.
    this.imageWidth ??= 640;
    this.imageHeight ??= 360;
    this.headingLevel ??= 2;
    const id = this.eventId == null ? '' : String(this.eventId).trim();
    this.#problem =
      this.config.problem ??
      (id === '' ? missing('event-id') : null) ??
      (EVENT_ID.test(id) && Number(id) > 0 ? null : { attribute: 'event-id', source: 'element', value: String(this.eventId) }) ??
      checkInteger(this, 'image-width', this.imageWidth, 16, MAX_IMAGE) ??
      checkInteger(this, 'image-height', this.imageHeight, 16, MAX_IMAGE);
    this.#id = this.#problem ? null : Number(id);
  }

  protected override render(): TemplateResult {
    const { theme, lang } = this.config;
    const busy = this.#task.status === TaskStatus.PENDING;
    const style = {
      '--_image-width': `${this.imageWidth}px`,
      '--_image-ratio': `${this.imageWidth} / ${this.imageHeight}`,
    };
    return html`<div class="root ${theme}" part="base" lang=${lang} style=${styleProperties(style)}>
      <div class="body" aria-busy=${busy ? 'true' : 'false'}>
        ${this.#task.render({
          initial: () => nothing,
          pending: () => this.#renderLoading(),
          complete: (loaded) => this.#renderLoaded(loaded),
          // An abort is only ever followed by a new run (or by removal): keep the skeleton meanwhile.
          error: (error) => (isAbortError(error) ? this.#renderLoading() : this.#renderError(error)),
        })}
      </div>
      ${this.renderAnnouncement()}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#syncJsonLd();
    // Last: `agenda-load` goes out once the structured data matches what is shown.
    super.updated(changed);
  }

  #options(): DetailOptions {
    const { lang } = this.config;
    return {
      lang,
      t: this.t,
      d: this.d,
      imageWidth: this.imageWidth,
      imageHeight: this.imageHeight,
      headingLevel: headingLevelOf(this.headingLevel, 2),
      showHeading: !this.noHeading,
      today: parisToday(),
      thumbnail: (image) => {
        try {
          return this.#client?.thumbnail(image, { width: this.imageWidth, height: this.imageHeight, crop: true }) ?? null;
        } catch {
          return null;
        }
      },
    };
  }

  #renderLoading(): TemplateResult {
    const preview = this.preview && this.#id !== null && Number(this.preview.id) === this.#id ? this.preview : null;
    return renderDetailSkeleton(this.#options(), preview);
  }

  #renderLoaded({ detail, description }: LoadedEvent): TemplateResult {
    const hasDates = occurrences(detail).length > 0;
    return renderDetail(detail, {
      ...this.#options(),
      description,
      googleCalendarUrl: hasDates ? googleCalendarUrl(detail) : null,
      ...(hasDates ? { onDownloadIcs: () => this.downloadIcs() } : {}),
    });
  }

  /** The event and its sanitized description. */
  async #load(client: EventsClient, id: number, signal: AbortSignal): Promise<LoadedEvent> {
    // The sanitizer (DOMPurify) is a chunk of its own: only pages that show a detail load it, in parallel.
    const [detail, sanitizer] = await Promise.all([client.event(id, { signal }), import('../ui/sanitize.js').catch(chunkError)]);
    const description = document.createElement('div');
    description.className = 'description';
    // The API writes in French, whatever the element's language: screen readers then read it with a French voice.
    description.lang = 'fr';
    description.append(sanitizer.sanitizeDescription(detail.descriptionHtml, NEW_WINDOW_HINT));
    return { detail, description: description.textContent?.trim() ? description : null };
  }

  #revoke(url: string): void {
    clearTimeout(this.#objectUrls.get(url));
    this.#objectUrls.delete(url);
    URL.revokeObjectURL(url);
  }

  #renderError(error: unknown): TemplateResult {
    const { code } = asAgendaError(error);
    const notFound = code === 'Ax007' || code === 'Ax006';
    return this.renderFailure(error, this.d.errorTitle, () => void this.retry(), notFound ? this.d.notFoundHint : undefined);
  }

  /** Keeps the light-DOM JSON-LD equal to the event shown: written when loaded with `seo`, removed otherwise. */
  #syncJsonLd(): void {
    const detail = this.seo && this.isConnected ? this.event : null;
    if (!detail) {
      this.#removeJsonLd();
      return;
    }
    const json = jsonLdScript(eventJsonLd(detail));
    let script = this.#jsonLd;
    if (!script || script.parentNode !== this) {
      script?.remove();
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.setAttribute(JSON_LD_MARK, '');
      this.#jsonLd = script;
      this.appendChild(script);
    }
    // textContent, never innerHTML: the data is text, and jsonLdScript escapes what could end the script.
    if (script.textContent !== json) script.textContent = json;
  }

  #removeJsonLd(): void {
    this.#jsonLd?.remove();
    this.#jsonLd = null;
  }
}

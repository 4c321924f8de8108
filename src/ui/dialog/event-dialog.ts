/**
 * `<agenda-event-dialog>`: `<agenda-event>` in an accessible modal, and `openEventDialog()`, which the
 * listing elements call when a visitor activates a card with `detail="dialog"`.
 *
 * Built on the native `<dialog>` and `showModal()`, which make the rest of the page inert and put the dialog
 * in the top layer. On top of that: focus goes to the title on opening and back to the opener on closing;
 * Tab and Shift+Tab cycle inside (engines differ once focus passes the last element); Escape, the close
 * button and a click on the backdrop close it; the page behind does not scroll.
 */
import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EventSummary, Lang, Theme } from '../../client/index.js';
import '../../elements/agenda-event.js';
import { AgendaElement } from '../../elements/base/agenda-element.js';
import type { AgendaErrorEvent, AgendaLoadEvent } from '../events.js';
import { baseStyles, themeStyles } from '../styles.js';
import { detailMessages, type DetailMessages } from '../detail/messages.js';
import { containsComposed, deepActiveElement, tabbables } from './focus.js';
import { lockScroll } from './scroll-lock.js';
import { dialogStyles } from './styles.js';

/** The public theme tokens, copied from the opener so a dialog opened from a themed listing looks the same. */
export const THEME_TOKENS = [
  '--agenda-font',
  '--agenda-font-size',
  '--agenda-radius',
  '--agenda-gap',
  '--agenda-color-text',
  '--agenda-color-text-muted',
  '--agenda-color-bg',
  '--agenda-color-surface',
  '--agenda-color-border',
  '--agenda-color-accent',
  '--agenda-color-on-accent',
  '--agenda-color-focus',
  '--agenda-color-skeleton',
  '--agenda-color-free',
  '--agenda-color-free-bg',
  '--agenda-color-cancelled',
  '--agenda-color-cancelled-bg',
  '--agenda-color-featured-bg',
  '--agenda-shadow',
] as const;

const closeIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6L6 18"/></svg>`;

/**
 * The detail of one event in a modal dialog.
 *
 * @summary `<agenda-event>` in an accessible modal dialog.
 * @tagname agenda-event-dialog
 *
 * @fires close - The dialog closed (Escape, close button, backdrop, or `close()`); does not bubble.
 * @fires {AgendaLoadEvent} agenda-load - From the `<agenda-event>` inside: the event was rendered.
 * @fires {AgendaErrorEvent} agenda-error - From the `<agenda-event>` inside: the event could not be shown.
 *
 * @csspart dialog - The `<dialog>` element.
 * @csspart header - The bar holding the title and the close button.
 * @csspart title - The dialog's heading: the event's title.
 * @csspart close - The close button.
 * @csspart body - The area under the header holding `<agenda-event>` (it scrolls with the header pinned above).
 * @csspart event - The `<agenda-event>` element (its own parts are not forwarded).
 *
 * @cssprop [--agenda-color-surface=#ffffff] - The panel's background (dark: #1f1f25); every token of `<agenda-event>` applies.
 * @cssprop [--agenda-color-border=#d7d7de] - Dialog border and header separator.
 * @cssprop [--agenda-radius=0.75rem] - Dialog corners (none on narrow screens).
 */
export class AgendaEventDialog extends AgendaElement {
  static override styles = [themeStyles, baseStyles, dialogStyles];

  static override get properties(): PropertyDeclarations {
    return {
      eventId: { attribute: 'event-id' },
      open: { type: Boolean, reflect: true },
      preview: { attribute: false },
      returnFocus: { attribute: false },
    };
  }

  /** The event to show, as for `<agenda-event event-id>`. */
  declare eventId?: string | number;

  /** Whether the dialog is shown; set it, or call `show()` / `close()`. */
  open = false;

  /** A listing's summary of the event: title and image at once, while the detail loads. */
  preview: EventSummary | null = null;

  /** Where focus goes on closing; by default the element focused when the dialog opened. */
  returnFocus: HTMLElement | null = null;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  private get heading(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.title') ?? null;
  }

  /** The loaded event's title and status, once `<agenda-event>` reports it. */
  #loaded: { id: number; title: string; cancelled: boolean } | null = null;
  #unlockScroll: (() => void) | null = null;
  #opener: HTMLElement | null = null;
  /** Where the last pointer press started, so a drag out of the panel does not count as a backdrop click. */
  #pressedOnBackdrop = false;
  /** Remove the element once closed (dialogs made by `openEventDialog`). */
  #disposable = false;
  /**
   * Keeps the sheet's scroll padding at the sticky header's height (the title may wrap), so that what focus or
   * Page Down brings into view does not land under the header.
   */
  readonly #headerSize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          const sheet = this.renderRoot?.querySelector<HTMLElement>('.sheet');
          if (entry && sheet) sheet.style.setProperty('--_header-size', `${(entry.target as HTMLElement).offsetHeight}px`);
        });

  /** Detail-only messages in the resolved language. */
  protected get d(): DetailMessages {
    return detailMessages(this.config.lang);
  }

  /** Opens the dialog; resolves once it is shown and focus is inside. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog; focus returns to the opener. */
  close(): void {
    this.open = false;
  }

  /** Marks the dialog for removal from the page once closed (used by `openEventDialog`). */
  removeOnClose(): void {
    this.#disposable = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removal closes a modal dialog without a `close` event: release the page and hand focus back anyway.
    if (this.#unlockScroll) this.#closed();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('eventId')) this.#loaded = null;
  }

  protected override render(): TemplateResult {
    const { theme, lang, apiKey, apiBase } = this.config;
    const d = this.d;
    const id = this.eventId == null ? '' : String(this.eventId).trim();
    const loaded = this.#loaded && String(this.#loaded.id) === id ? this.#loaded : null;
    const preview = this.preview && String(this.preview.id) === id ? this.preview : null;
    const title = loaded?.title ?? preview?.title ?? d.dialogTitle;
    const cancelled = loaded?.cancelled ?? preview?.cancelled ?? false;
    return html`<dialog
      class="root ${theme}"
      part="dialog"
      lang=${lang}
      aria-labelledby="title"
      @keydown=${this.#onKeydown}
      @close=${this.#onDialogClose}
      @pointerdown=${this.#onPointerDown}
      @click=${this.#onClick}
    >
      <div class="sheet">
        <div class="header" part="header">
          <h2 id="title" class="title${cancelled ? ' cancelled' : ''}" part="title" tabindex="-1">
            <span class="title-text" lang=${ifDefined(loaded || preview ? 'fr' : undefined)}>${title}</span>${cancelled ? html`<span class="visually-hidden"> (${this.t.cancelled})</span>` : nothing}
          </h2>
          <button type="button" class="button secondary close" part="close" @click=${this.close}>
            ${closeIcon}<span>${d.close}</span>
          </button>
        </div>
        <div class="body" part="body">
          ${this.open && id
            ? html`<agenda-event
                part="event"
                event-id=${id}
                api-key=${ifDefined(apiKey ?? undefined)}
                api-base=${apiBase}
                lang=${lang}
                theme=${theme}
                no-heading
                heading-level="2"
                .preview=${preview}
                @agenda-load=${this.#onLoad}
                @agenda-error=${this.#onError}
              ></agenda-event>`
            : nothing}
        </div>
      </div>
    </dialog>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('open')) {
      if (this.open) this.#showModal();
      else if (this.dialog?.open) this.dialog.close();
    }
  }

  #showModal(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open || !this.isConnected) return;
    const active = deepActiveElement();
    this.#opener = this.returnFocus ?? (active instanceof HTMLElement && active !== document.body ? active : null);
    // Measured and locked before showModal, whose focusing could otherwise scroll the page.
    this.#unlockScroll = lockScroll();
    dialog.showModal();
    this.heading?.focus();
    const header = this.renderRoot.querySelector('.header');
    if (header) this.#headerSize?.observe(header);
  }

  /** The native dialog closed (Escape, `dialog.close()`): sync `open`, release the page, return focus. */
  #onDialogClose = (event: Event): void => {
    if (event.target !== this.dialog) return;
    this.#closed();
  };

  #closed(): void {
    this.#headerSize?.disconnect();
    this.#unlockScroll?.();
    this.#unlockScroll = null;
    const opener = this.#opener;
    this.#opener = null;
    if (this.open) this.open = false;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
    if (this.#disposable && this.isConnected) this.remove();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      // Handled here rather than left to the engine: Chromium ignores a second Escape without user activation.
      event.preventDefault();
      event.stopPropagation();
      this.close();
      return;
    }
    // WebKitGTK reports Shift+Tab as key "Unidentified" (GTK's ISO_Left_Tab) with code "Tab".
    const tab = event.key === 'Tab' || (event.key === 'Unidentified' && event.code === 'Tab');
    if (!tab || event.altKey || event.ctrlKey || event.metaKey || !this.dialog) return;
    const items = tabbables(this.dialog);
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const active = deepActiveElement();
    const index = active instanceof HTMLElement ? items.indexOf(active) : -1;
    // Focus on something of the dialog's that is not in the list (Firefox makes the scrolling sheet a tab
    // stop): the engine's own next stop is inside the dialog, so wrapping here would skip its content.
    if (index === -1 && containsComposed(this.dialog, active)) return;
    const first = items[0]!;
    const last = items.at(-1)!;
    // Only the ends need help: in between, the engine's own order is right and stays inside the dialog.
    if (event.shiftKey && index <= 0) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (index === -1 || index === items.length - 1)) {
      event.preventDefault();
      first.focus();
    }
  };

  #onPointerDown = (event: PointerEvent): void => {
    this.#pressedOnBackdrop = event.target === this.dialog;
  };

  /** A click on the backdrop (the dialog element itself, outside its panel) closes it. */
  #onClick = (event: MouseEvent): void => {
    const pressed = this.#pressedOnBackdrop;
    this.#pressedOnBackdrop = false;
    if (event.target === this.dialog && pressed) this.close();
  };

  #onLoad = (event: AgendaLoadEvent): void => {
    const detail = event.detail.items[0];
    if (!detail) return;
    this.#loaded = { id: detail.id, title: detail.title, cancelled: detail.cancelled };
    this.requestUpdate();
  };

  #onError = (_event: AgendaErrorEvent): void => {
    this.#loaded = null;
    this.requestUpdate();
  };
}

/** What `openEventDialog` needs. */
export interface OpenEventDialogOptions {
  /** The event's id. */
  eventId: number | string;
  /** A listing's summary of the event, shown while the detail loads. */
  preview?: EventSummary | null;
  /** The opener's resolved configuration, so the dialog asks the same API in the same language and theme. */
  config?: { apiKey?: string | null; apiBase?: string | null; lang?: Lang | null; theme?: Theme | null };
  /** Where focus goes on closing (the card's button); by default the element focused at opening. */
  returnFocus?: HTMLElement | null;
  /** An element whose `--agenda-*` tokens the dialog copies (the listing), as it lives outside its subtree. */
  styleSource?: Element | null;
  /** Where the dialog element is added; `document.body` by default. */
  container?: Element;
}

/**
 * Opens `<agenda-event>` for one event in a modal dialog appended to the page, removed again once closed.
 * Returns the dialog element (listen to its `close` event, or call `close()`).
 */
export function openEventDialog(options: OpenEventDialogOptions): AgendaEventDialog {
  const dialog = document.createElement('agenda-event-dialog') as AgendaEventDialog;
  dialog.eventId = options.eventId;
  dialog.preview = options.preview ?? null;
  dialog.returnFocus = options.returnFocus ?? null;
  const config = options.config ?? {};
  if (config.apiKey) dialog.apiKey = config.apiKey;
  if (config.apiBase) dialog.apiBase = config.apiBase;
  if (config.lang) dialog.lang = config.lang;
  if (config.theme) dialog.theme = config.theme;
  if (options.styleSource) {
    const computed = getComputedStyle(options.styleSource);
    for (const token of THEME_TOKENS) {
      const value = computed.getPropertyValue(token).trim();
      if (value) dialog.style.setProperty(token, value);
    }
  }
  dialog.removeOnClose();
  (options.container ?? document.body).append(dialog);
  void dialog.show();
  return dialog;
}

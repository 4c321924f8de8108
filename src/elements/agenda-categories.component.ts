import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { styleProperties } from '../ui/style-properties.js';
import { Task, TaskStatus } from '@lit/task';
import { KNOWN_CATEGORIES, getClient, type Category } from '../client/index.js';
import { categoryUris } from '../client/validate.js';
import { ConfigError, notifyConfigChange, problemKey } from '../config/index.js';
import { chipColors } from '../ui/pickers/color.js';
import { isAbortError } from '../ui/errors.js';
import { AgendaCategoriesChangeEvent } from '../ui/events.js';
import { checkIcon } from '../ui/pickers/icons.js';
import { pickerMessages } from '../ui/pickers/messages.js';
import { chipStyles, compactStateStyles, labelStyles } from '../ui/pickers/styles.js';
import { renderEmpty, stateStyles } from '../ui/states.js';
import { baseStyles, themeStyles } from '../ui/styles.js';
import { AgendaElement } from './base/agenda-element.js';

/** Skeleton chips drawn while the categories load: the documented seven. */
const SKELETONS = 7;

/**
 * `concert, theatre,,` → `['concert', 'theatre']`: trimmed, blanks and repeats dropped. An array (a framework
 * binding the property) is read the same; anything else selects nothing.
 */
function parseList(value: unknown): string[] {
  return categoryUris(value) ?? [];
}

/**
 * Toggle chips for the event categories (`/category`, fetched once per page and shared), several at once.
 * Each chip shows its category's colour as a dot and its name; a selected chip is filled with the colour,
 * with black or white text (whichever contrasts more) and a check mark.
 *
 * Keyboard: the chips form a toolbar with one tab stop; Arrow keys move between chips, Home/End go to the
 * first/last, Space or Enter toggles.
 *
 * @summary Category filter chips for the Agenda Culturel widgets.
 * @tagname agenda-categories
 *
 * @fires {AgendaCategoriesChangeEvent} agenda-categories-change - The visitor changed the selection: `{categories}` (URIs; empty for none).
 * @fires {AgendaErrorEvent} agenda-error - The categories could not be loaded (or the configuration is wrong), and the element shows it: `{code, message, status?}`.
 *
 * @slot label - Replaces the visible label (the `label` attribute, "Catégories" by default).
 *
 * @csspart base - The wrapper that carries the theme.
 * @csspart label - The visible label of the group.
 * @csspart chips - The toolbar holding the chips.
 * @csspart chip - One category toggle button; a selected one also has `chip-pressed`.
 * @csspart chip-pressed - A selected chip.
 * @csspart dot - The colour dot of an unselected chip.
 * @csspart skeleton - The placeholder chips shown while loading.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop [--agenda-font=inherit] - Font family.
 * @cssprop [--agenda-font-size=1rem] - Base font size.
 * @cssprop [--agenda-color-text=#1b1b1f] - Text colour (dark theme: #ececf1).
 * @cssprop [--agenda-color-text-muted=#55555f] - Secondary text (dark: #b4b4c0).
 * @cssprop [--agenda-color-bg=transparent] - Background: the page shows through in the light theme; `dark` paints #16161a, and `auto` its scheme's own (#ffffff when light).
 * @cssprop [--agenda-color-surface=#ffffff] - Chip background (dark: #1f1f25).
 * @cssprop [--agenda-color-border=#d7d7de] - Chip border (dark: #3a3a44).
 * @cssprop [--agenda-color-accent=#a3195b] - Selected chip of a category without a valid colour (dark: #f48fb1).
 * @cssprop [--agenda-color-on-accent=#ffffff] - Text on the accent (dark: #16161a).
 * @cssprop [--agenda-color-focus=#a3195b] - Focus ring (dark: #f48fb1).
 * @cssprop [--agenda-color-skeleton=#ececf0] - Loading placeholders (dark: #2c2c34).
 * @cssprop [--agenda-color-cancelled=#a1151b] - Error state border and icon.
 * @cssprop [--agenda-radius=0.75rem] - Corner radius of the states.
 */
export class AgendaCategories extends AgendaElement {
  static override styles = [themeStyles, baseStyles, stateStyles, compactStateStyles, labelStyles, chipStyles];

  static override get properties(): PropertyDeclarations {
    return {
      value: {
        reflect: true,
        converter: { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null },
      },
      htmlFor: { attribute: 'for' },
      label: {},
      focusIndex: { state: true, attribute: false },
    };
  }

  /** Selected category URIs, comma-separated (`concert,theatre`); empty when none. Reflected to the attribute. */
  value = '';

  /** Id of an element in the same document or shadow root whose `categories` attribute follows the selection. */
  declare htmlFor?: string;

  /** Visible label of the group (default "Catégories" / "Categories"); the `label` slot overrides it. */
  declare label?: string;

  /** Index of the chip that takes the group's single tab stop. */
  private focusIndex = 0;

  /**
   * `/category`; the client caches it and shares requests under way, so every picker on a page costs one.
   * Removal aborts it.
   */
  readonly #task = this.abortOnDisconnect(
    new Task(this, {
      args: () => [problemKey(this.config.problem), this.config.apiKey, this.config.apiBase] as const,
      task: async ([, apiKey, apiBase], { signal }) => {
        if (this.config.problem) throw new ConfigError(this.config.problem);
        this.announce(pickerMessages(this.config.lang).categoriesLoading);
        return getClient({ apiKey: apiKey!, apiBase }).categories({ signal });
      },
      onComplete: (categories) => {
        this.announce(categories.length === 0 ? pickerMessages(this.config.lang).categoriesEmpty : '');
        const known = new Set(categories.map((category) => category.uri));
        // A category beyond the documented ones is known to the checks now: elements that refused it in an
        // attribute before this answer check their attributes again.
        if (categories.some(({ uri }) => !(KNOWN_CATEGORIES as readonly string[]).includes(uri))) notifyConfigChange();
        const unknown = this.selected.filter((uri) => !known.has(uri));
        // An empty list says nothing of the value: keep it rather than widen the target to every category.
        if (unknown.length > 0 && categories.length > 0) {
          this.log.warnOnce(`unknown:${unknown.join(',')}`, `unknown categories in value, ignored: ${unknown.join(', ')}`);
          // The `for` target was given them at start: it lists the known ones now, rather than refusing a
          // `categories` its page never wrote.
          this.value = this.selected.filter((uri) => known.has(uri)).join(',');
          this.#syncTarget(this.selected);
        }
      },
      onError: (error) => this.reportError(error),
    }),
    { resume: true },
  );

  /** The selected category URIs, as an array. */
  get selected(): string[] {
    return parseList(this.value);
  }

  /** Loads the categories again (what the retry button does). */
  retry(): Promise<void> {
    return this.#task.run();
  }

  /** After a retry: the chips' tab stop. */
  protected override retryFocusTarget(): HTMLElement | null {
    return super.retryFocusTarget() ?? this.renderRoot.querySelector<HTMLElement>('.chip[tabindex="0"]');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A removed attribute sets the property to null: back to "none selected".
    this.value ??= '';
    if (!this.hasUpdated) this.#startInStep();
  }

  protected override render(): TemplateResult {
    const { theme, lang } = this.config;
    const label = this.label?.trim() || pickerMessages(lang).categoriesLabel;
    const busy = this.#task.status === TaskStatus.PENDING || this.#task.status === TaskStatus.INITIAL;
    return html`<div class="root ${theme}" part="base" lang=${lang}>
      <span class="label" id="label" part="label"><slot name="label">${label}</slot></span>
      <div class="body" aria-busy=${busy ? 'true' : 'false'}>
        ${this.#task.render({
          initial: () => this.#renderSkeleton(),
          pending: () => this.#renderSkeleton(),
          complete: (categories) => this.#renderChips(categories),
          // An abort is only followed by a new run (or removal): keep the skeleton meanwhile.
          error: (error) => (isAbortError(error) ? this.#renderSkeleton() : this.#renderError(error)),
        })}
      </div>
      ${this.renderAnnouncement()}
    </div>`;
  }

  /** Starts in step with the `for` target: our own value wins; without one, show the target's categories. */
  #startInStep(): void {
    const target = this.#target();
    if (!target) return;
    if (parseList(this.value).length > 0) this.#syncTarget(this.selected);
    else if (target.getAttribute('categories')) this.value = parseList(target.getAttribute('categories')).join(',');
  }

  #renderSkeleton(): TemplateResult {
    return html`<div class="chips" part="skeleton" aria-hidden="true">
      ${Array.from({ length: SKELETONS }, () => html`<span class="skeleton"></span>`)}
    </div>`;
  }

  #renderChips(categories: Category[]): TemplateResult {
    const lang = this.config.lang;
    if (categories.length === 0) return renderEmpty(pickerMessages(lang).categoriesEmpty);
    const selected = new Set(this.selected);
    const focusIndex = Math.min(Math.max(this.focusIndex, 0), categories.length - 1);
    return html`<div class="chips" part="chips" role="toolbar" aria-labelledby="label" @keydown=${this.#onKeydown}>
      ${categories.map((category, index) => {
        const pressed = selected.has(category.uri);
        return html`<button
          type="button"
          class="chip"
          part=${pressed ? 'chip chip-pressed' : 'chip'}
          aria-pressed=${pressed ? 'true' : 'false'}
          tabindex=${index === focusIndex ? '0' : '-1'}
          data-uri=${category.uri}
          style=${styleProperties(chipColors(category.color))}
          @click=${() => this.#toggle(category.uri)}
          @focus=${() => (this.focusIndex = index)}
        >
          ${pressed ? checkIcon : html`<span class="dot" part="dot" aria-hidden="true"></span>`}<span class="name"
            >${this.t.categoryName(category.uri, category.name)}</span
          >
        </button>`;
      })}
    </div>`;
  }

  #renderError(error: unknown): TemplateResult {
    return this.renderFailure(error, pickerMessages(this.config.lang).categoriesErrorTitle, () => void this.retry());
  }

  /** Arrow keys, Home and End move the tab stop between chips (a toolbar's roving tabindex). */
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const chips = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.chip')];
    const current = chips.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = (current + 1) % chips.length;
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = (current - 1 + chips.length) % chips.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = chips.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.focusIndex = next;
    chips[next]!.focus();
  };

  #toggle(uri: string): void {
    const selected = new Set(this.selected);
    if (selected.has(uri)) selected.delete(uri);
    else selected.add(uri);
    // The API's order, whatever the clicking order, so equal selections give equal values (and cache keys).
    const categories = (this.#task.value ?? []).map((category) => category.uri).filter((item) => selected.has(item));
    this.value = categories.join(',');
    this.#syncTarget(categories);
    this.queueEvent(new AgendaCategoriesChangeEvent({ categories }));
  }

  /** The `for` element, looked up in this element's own document or shadow root. */
  #target(): Element | null {
    return this.findById(this.htmlFor);
  }

  #syncTarget(categories: string[]): void {
    const target = this.#target();
    if (!target) return;
    if (categories.length > 0) target.setAttribute('categories', categories.join(','));
    else target.removeAttribute('categories');
  }
}

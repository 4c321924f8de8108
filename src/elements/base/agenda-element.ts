/**
 * What every agenda element shares: the configuration attributes (`api-key`, `api-base`, `lang`, `theme`),
 * their resolution through `<agenda-provider>` and `configure()`, and a logger named after the tag.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Theme } from '../../client/index.js';
import { onConfigChange, resolveConfig, type ResolvedConfig } from '../../config/index.js';
import { messages, type Messages } from '../../ui/i18n.js';
import { createLogger, type Logger } from '../../ui/logger.js';

/** Base of every agenda element: configuration attributes, their resolution, messages and logger. */
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.config = resolveConfig(this, {
      apiKey: this.apiKey ?? null,
      apiBase: this.apiBase ?? null,
      lang: this.lang ?? null,
      theme: this.theme ?? null,
    });
  }
}

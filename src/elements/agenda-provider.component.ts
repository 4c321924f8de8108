import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Theme } from '../client/index.js';
import { notifyConfigChange } from '../config/index.js';

/**
 * Shared configuration for every agenda element inside it, so a page writes its key once. Elements read the
 * provider's attributes (they find it across shadow roots), after their own and before `configure()`.
 *
 * @summary Shares `api-key`, `api-base`, `lang` and `theme` with the agenda elements it contains.
 * @tagname agenda-provider
 *
 * @slot - Any content, agenda elements included, at any depth.
 */
export class AgendaProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** API key (8 letters or digits) for the elements inside. */
  @property({ attribute: 'api-key', reflect: true }) apiKey?: string;

  /** API root for the elements inside, absolute or relative to the page. */
  @property({ attribute: 'api-base', reflect: true }) apiBase?: string;

  /** Language of the elements inside (`fr` or `en`); also the subtree's HTML `lang`. */
  @property({ reflect: true }) override lang!: string;

  /** Colour scheme of the elements inside: `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme?: Theme;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Elements read the attributes (reflected above), so they stay right even before this class is defined.
    notifyConfigChange();
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

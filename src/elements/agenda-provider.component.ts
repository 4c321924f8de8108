import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
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

  static override get properties(): PropertyDeclarations {
    return {
      apiKey: { attribute: 'api-key', reflect: true },
      apiBase: { attribute: 'api-base', reflect: true },
      lang: { reflect: true },
      theme: { reflect: true },
    };
  }

  /** API key (8 letters or digits) for the elements inside. */
  declare apiKey?: string;

  /** API root for the elements inside, absolute or relative to the page. */
  declare apiBase?: string;

  /** Language of the elements inside (`fr` or `en`); also the subtree's HTML `lang`. */
  declare lang: string;

  /** Colour scheme of the elements inside: `light`, `dark` or `auto`. */
  declare theme?: Theme;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Elements read the attributes (reflected above), so they stay right even before this class is defined.
    notifyConfigChange();
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}

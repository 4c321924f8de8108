/** `<agenda-provider>`: importing this module defines the element. */
import { AgendaProvider } from './agenda-provider.component.js';
import { define } from './define.js';

export { AgendaProvider } from './agenda-provider.component.js';

define('agenda-provider', AgendaProvider);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-provider': AgendaProvider;
  }
}

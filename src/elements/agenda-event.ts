/** `<agenda-event>`: importing this module defines the element. */
import { AgendaEvent } from './agenda-event.component.js';
import { define } from './define.js';

export { AgendaEvent } from './agenda-event.component.js';

define('agenda-event', AgendaEvent);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-event': AgendaEvent;
  }
}

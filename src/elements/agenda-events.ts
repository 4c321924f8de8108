/** `<agenda-events>`: importing this module defines the element. */
import { AgendaEvents } from './agenda-events.component.js';
import { define } from './define.js';

export { AgendaEvents, type CityQuery } from './agenda-events.component.js';

define('agenda-events', AgendaEvents);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-events': AgendaEvents;
  }
}

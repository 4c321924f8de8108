/** `<agenda-geo>`: importing this module defines the element. */
import { AgendaGeo } from './agenda-geo.component.js';
import { define } from './define.js';

export { AgendaGeo, type GeoQuery, type LocateStatus } from './agenda-geo.component.js';

define('agenda-geo', AgendaGeo);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-geo': AgendaGeo;
  }
}

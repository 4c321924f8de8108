/** `<agenda-city-search>`: importing this module defines the element. */
import { AgendaCitySearch } from './agenda-city-search.component.js';
import { define } from './define.js';

export { AgendaCitySearch, type CityLocateStatus } from './agenda-city-search.component.js';
export { AgendaCityChangeEvent, type AgendaCityChangeDetail, type CityChoice } from '../ui/events.js';

define('agenda-city-search', AgendaCitySearch);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-city-search': AgendaCitySearch;
  }
}

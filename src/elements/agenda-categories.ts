/** `<agenda-categories>`: importing this module defines the element. */
import { AgendaCategories } from './agenda-categories.component.js';
import { define } from './define.js';

export { AgendaCategories } from './agenda-categories.component.js';
export {
  AgendaCategoriesChangeEvent,
  type AgendaCategoriesChangeDetail,
} from '../ui/events.js';

define('agenda-categories', AgendaCategories);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-categories': AgendaCategories;
  }
}

/**
 * The event dialog, as one lazily loaded entry: importing it defines `<agenda-event-dialog>` and the
 * `<agenda-event>` it hosts. Listing elements `await import()` it on the first `detail="dialog"` selection.
 */
import { define } from '../../elements/define.js';
import { AgendaEventDialog } from './event-dialog.js';

export { AgendaEventDialog, THEME_TOKENS, openEventDialog, type OpenEventDialogOptions } from './event-dialog.js';
export { isScrollLocked, lockScroll } from './scroll-lock.js';

define('agenda-event-dialog', AgendaEventDialog);

declare global {
  interface HTMLElementTagNameMap {
    'agenda-event-dialog': AgendaEventDialog;
  }
}

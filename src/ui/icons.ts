/**
 * The line icons of the listings' states, decorative (hidden from assistive technologies). Each is one static
 * template without bindings. Icons that only lazily loaded views use live beside them (`ui/detail/icons.ts`,
 * `ui/pickers/icons.ts`), out of the listing's critical path. The card templates (src/ui/card.ts) write the
 * calendar, pin and external drawings out themselves, so that each card clones them with its template: keep
 * those in step.
 */
import { svg } from 'lit';

/** A calendar: the placeholder of an event without a visual, and the empty state. */
export const calendarIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3" y="4.5" width="18" height="16" rx="2"/><path d="M3 9.5h18M8 2.5v4M16 2.5v4"/></svg>`;

/** A circle with an exclamation mark: errors. */
export const alertIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5M12 16.5v.01"/></svg>`;

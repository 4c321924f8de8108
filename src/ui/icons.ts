/**
 * The few line icons the templates use, decorative (hidden from assistive technologies). Each is one static
 * template without bindings. The card templates (src/ui/card.ts) write the calendar, pin and external
 * drawings out themselves, so that each card clones them with its template: keep those in step.
 */
import { svg } from 'lit';

/** A calendar: the placeholder of an event without a visual, and the empty state. */
export const calendarIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3" y="4.5" width="18" height="16" rx="2"/><path d="M3 9.5h18M8 2.5v4M16 2.5v4"/></svg>`;

/** A map pin, before the venue. */
export const pinIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z"/><circle cx="12" cy="9.5" r="2.5"/></svg>`;

/** An arrow leaving a box: links that open a new window. */
export const externalIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/></svg>`;

/** A circle with an exclamation mark: errors. */
export const alertIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5M12 16.5v.01"/></svg>`;

/** A crosshair: the visitor's position. */
export const locateIcon = svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="7"/><circle cx="12" cy="12" r="2.5"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3"/></svg>`;

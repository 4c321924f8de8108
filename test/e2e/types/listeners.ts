// Listeners on an element, the document and the window get the widgets' event classes: the events bubble and
// are composed, so a page often listens once, high up.
import type { AgendaEventMap } from 'agenda-widgets';

document.addEventListener('agenda-select', (event) => event.detail.event.id.toFixed());
window.addEventListener('agenda-error', (event) => event.detail.code.toUpperCase());
document.querySelector('agenda-events')?.addEventListener('agenda-load', (event) => event.detail.hasMore);
// @ts-expect-error the detail of agenda-error has no items
document.addEventListener('agenda-error', (event) => event.detail.items);

export const names: (keyof AgendaEventMap)[] = ['agenda-load', 'agenda-error', 'agenda-select', 'agenda-city-change', 'agenda-categories-change'];

/**
 * What a page shows when an element's code cannot load: a chunk missing from the server, the ES bundle refused
 * to the classic one for want of CORS headers, the network gone. The element is then never defined, and would
 * stay an empty box with the reason in the console only. Each of its instances in the document says so in its
 * language instead, and dispatches `agenda-error` (`code: 'network'`), as a defined element does on a failure.
 */

/** Marks an element that says its code could not load; the reservation sheet gives up its box (reserve-space.ts). */
export const UNLOADED = 'data-agenda-unloaded';

/** Every element that shows something (not the provider), for the classic bundle whose ES bundle did not load. */
export const VISIBLE_TAGS = 'agenda-events,agenda-geo,agenda-event,agenda-city-search,agenda-categories';

/** What was reported in the console already: each element of a kind asks, and once is enough. */
const reported = new Set<string>();

/**
 * Says, in each undefined `selector` element of the document (not those in shadow roots, which the loader does
 * not see either), in the language of the page around it, that its code could not load.
 */
export function showUnloaded(selector: string, error: unknown): void {
  if (!reported.has(selector)) {
    reported.add(selector);
    console.error('agenda-widgets: an element could not be loaded.', error);
  }
  for (const element of document.querySelectorAll(selector)) {
    // The provider shows nothing of its own.
    if (element.matches(':defined') || element.hasAttribute(UNLOADED) || element.localName === 'agenda-provider') continue;
    const lang = /^en\b/i.test(element.closest('[lang]')?.getAttribute('lang') ?? '') ? 'en' : 'fr';
    const message =
      lang === 'en' ? 'The events could not be loaded. Please try again later.' : 'L’agenda n’a pas pu être chargé. Réessayez plus tard.';
    const notice = document.createElement('p');
    notice.lang = lang;
    // Said as it appears, like the elements' own errors: the page was already being read.
    notice.setAttribute('role', 'alert');
    notice.textContent = message;
    element.setAttribute(UNLOADED, '');
    element.append(notice);
    const event = Object.assign(new Event('agenda-error', { bubbles: true, composed: true }), { detail: { code: 'network', message } });
    element.dispatchEvent(event);
  }
}

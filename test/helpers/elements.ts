/** Small helpers for element tests. */
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

/**
 * A town picker and the `<agenda-events id="events">` without `city` it names, on the test API, once the
 * listing has rendered: the page of a town that lets its visitors choose.
 */
export async function listingAwaitingTown(): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const page = await fixture<HTMLElement>(html`<div>
    <agenda-city-search for="events" api-base="/api" api-key="demokey1"></agenda-city-search>
    <agenda-events id="events" api-base="/api" api-key="demokey1"></agenda-events>
  </div>`);
  const listing = page.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('agenda-events')!;
  await listing.updateComplete;
  return listing;
}

/** The element's shadow root, asserted. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** `querySelector` inside the element's shadow root. */
export function $(element: Element, selector: string): HTMLElement | null {
  return shadow(element).querySelector<HTMLElement>(selector);
}

/** `querySelectorAll` inside the element's shadow root, as an array. */
export function $$(element: Element, selector: string): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>(selector)];
}

/** Waits until the shadow root contains `selector`. */
export async function until(element: Element, selector: string, message = `${selector} to appear`): Promise<HTMLElement> {
  await waitUntil(() => $(element, selector), `waited for ${message}`, { timeout: 5000 });
  return $(element, selector)!;
}

/** The text of the polite live region. */
export function announcement(element: Element): string {
  return $(element, '[role="status"]')?.textContent?.trim() ?? '';
}

/** Resolves with the next `agenda-load` of `element`. */
export function nextLoad(element: HTMLElement) {
  return oneEvent(element, 'agenda-load');
}

/** Resolves with the next `agenda-error` of `element`. */
export function nextError(element: HTMLElement) {
  return oneEvent(element, 'agenda-error');
}

/** Lets pending microtasks and a macrotask run. */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the next event of `type` anywhere in the document (events are composed and bubble). */
export function nextInDocument<K extends keyof HTMLElementEventMap>(type: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => document.addEventListener(type, resolve as EventListener, { once: true }));
}

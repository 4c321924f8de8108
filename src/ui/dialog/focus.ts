/**
 * Keyboard focus across shadow roots: what is focused, and what Tab can reach inside a container, in the
 * order of the composed (flattened) tree. The modal dialog uses them to keep Tab and Shift+Tab cycling
 * inside itself the same way in every engine (Chromium would otherwise let Tab leave for the browser's UI).
 */

/** Elements that can take focus from the keyboard unless disabled or given a negative tabindex. */
const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isTabbable(element: HTMLElement): boolean {
  if (!element.matches(FOCUSABLE) || element.tabIndex < 0) return false;
  if ((element as HTMLButtonElement).disabled || element.closest('[inert]')) return false;
  // Only a details element's first summary is its toggle.
  if (element.localName === 'summary' && element.parentElement?.querySelector(':scope > summary') !== element) return false;
  // Hidden (display: none, closed <details>, `hidden`) or invisible elements cannot be tabbed to.
  if (element.getClientRects().length === 0) return false;
  return getComputedStyle(element).visibility !== 'hidden';
}

/**
 * The tabbable elements among `elements` and their descendants, in tree order: a slot stands for the
 * elements assigned to it, a shadow host for its shadow tree (its light children only render where that
 * tree slots them).
 */
function collect(elements: Iterable<Element>, out: HTMLElement[]): HTMLElement[] {
  for (const child of elements) {
    if (child instanceof HTMLElement && isTabbable(child)) out.push(child);
    collect(child instanceof HTMLSlotElement ? child.assignedElements({ flatten: true }) : (child.shadowRoot ?? child).children, out);
  }
  return out;
}

/** The elements Tab reaches inside `container`, in order (shadow trees and slots included). */
export function tabbables(container: Element): HTMLElement[] {
  return collect(container.children, []);
}

/** True when `node` is `container` or inside it, crossing shadow roots (through their hosts). */
export function containsComposed(container: Element, node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === container) return true;
  }
  return false;
}

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

function collect(parent: Element | ShadowRoot, out: HTMLElement[]): void {
  for (const child of parent.children) {
    if (child instanceof HTMLElement && isTabbable(child)) out.push(child);
    if (child instanceof HTMLSlotElement) {
      for (const assigned of child.assignedElements({ flatten: true })) {
        if (assigned instanceof HTMLElement && isTabbable(assigned)) out.push(assigned);
        collect(assigned, out);
      }
    } else if (child.shadowRoot) {
      // A shadow host's light children only render where its shadow tree slots them.
      collect(child.shadowRoot, out);
    } else {
      collect(child, out);
    }
  }
}

/** Every element Tab can reach inside `container`, shadow roots included, in document order. */
export function tabbables(container: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  collect(container, out);
  return out;
}

/** True when `node` is `container` or inside it, crossing shadow roots (through their hosts). */
export function containsComposed(container: Element, node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === container) return true;
  }
  return false;
}

/**
 * Stops the page from scrolling behind a modal dialog: `overflow: hidden` on the root element, with the
 * scrollbar's width added to its right padding so the page does not shift sideways when the bar goes.
 * Counted, so nested or overlapping dialogs unlock only when the last one closes; the root's inline styles
 * (and the absence of a `style` attribute) are restored exactly as they were.
 */

/** The root's inline properties a lock sets. */
const PROPERTIES = ['overflow', 'padding-right'];

/** Whether the root had a `style` attribute, and each property's inline value and priority. */
interface Saved {
  hadStyle: boolean;
  properties: [name: string, value: string, priority: string][];
}

let locks = 0;
let saved: Saved | null = null;

/** True while at least one lock is held. */
export function isScrollLocked(): boolean {
  return locks > 0;
}

/** Locks the page's scrolling; call the returned function (once; later calls do nothing) to release it. */
export function lockScroll(): () => void {
  const root = document.documentElement;
  if (locks === 0) {
    const style = root.style;
    // Measured before hiding the bar: with `overflow: hidden` it is gone and the difference is 0.
    const scrollbar = Math.max(0, window.innerWidth - root.clientWidth);
    saved = {
      hadStyle: root.hasAttribute('style'),
      properties: PROPERTIES.map((name) => [name, style.getPropertyValue(name), style.getPropertyPriority(name)]),
    };
    if (scrollbar > 0) {
      const padding = Number.parseFloat(getComputedStyle(root).paddingRight) || 0;
      style.setProperty('padding-right', `${padding + scrollbar}px`, 'important');
    }
    // !important: the host page's own stylesheet must not win while a dialog is open.
    style.setProperty('overflow', 'hidden', 'important');
  }
  locks += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    locks -= 1;
    if (locks === 0) restore(root);
  };
}

function restore(root: HTMLElement): void {
  if (!saved) return;
  const { style } = root;
  for (const [name, value, priority] of saved.properties) {
    if (value) style.setProperty(name, value, priority);
    else style.removeProperty(name);
  }
  if (!saved.hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
  saved = null;
}

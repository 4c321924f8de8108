/**
 * Registers custom elements without ever throwing on a second registration: a page may load the bundle twice,
 * or beside another copy of the widgets. The first definition wins; later copies are reported once per page.
 */

/**
 * Page-wide flag shared by every copy of the widgets (a `Symbol.for` key is the same in each bundle), so a
 * second copy warns once for all its tags rather than once per tag.
 */
const WARNED = Symbol.for('agenda-widgets.duplicate-warned');

/** Defines `tag` as `constructor` unless the tag is already taken. */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  const page = globalThis as { [WARNED]?: boolean };
  if (existing !== constructor && !page[WARNED]) {
    page[WARNED] = true;
    console.warn(
      `agenda-widgets: <${tag}> and the other elements are already defined, probably by another copy of ` +
        'agenda-widgets on this page; keeping the first definitions.',
    );
  }
}

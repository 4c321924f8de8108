/**
 * Registers custom elements without ever throwing on a second registration: a page may load the bundle twice,
 * or beside another copy of the widgets. The first definition wins; a different one is reported once.
 */
const reported = new Set<string>();

/** Defines `tag` as `constructor` unless the tag is already taken. */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && !reported.has(tag)) {
    reported.add(tag);
    console.warn(`<${tag}>: already defined, probably by another copy of agenda-widgets; keeping the first definition.`);
  }
}

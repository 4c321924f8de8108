/**
 * A CSP-safe replacement for Lit's `styleMap`, for the few custom properties the templates set from data
 * (category colour, thumbnail size).
 *
 * `styleMap` writes a `style` attribute on its first render, which a page's `style-src 'self'` policy
 * blocks (the colour and the sizes would silently vanish). Setting properties through the CSSOM
 * (`style.setProperty`) is not governed by `style-src`, so this directive only ever does that.
 */
import { noChange, nothing, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** Custom properties to set: names start with `--`; an empty or undefined value removes the property. */
export type StyleProperties = Readonly<Record<`--${string}`, string | undefined>>;

class StylePropertiesDirective extends Directive {
  /** Names set on the previous render, so ones no longer given are removed. */
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProperties() belongs in a `style` attribute binding.');
    }
  }

  override render(_properties: StyleProperties): typeof nothing {
    // Nothing is written as attribute text, on the server or the client: see update().
    return nothing;
  }

  override update(part: AttributePart, [properties]: [StyleProperties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) {
      if (!(name in properties) || !properties[name as `--${string}`]) style.removeProperty(name);
    }
    this.#previous.clear();
    for (const [name, value] of Object.entries(properties)) {
      if (!name.startsWith('--') || !value) continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return noChange;
  }
}

/** Sets custom properties through `style.setProperty` only, never a `style` attribute (CSP `style-src`). */
export const styleProperties = directive(StylePropertiesDirective);

/** Sets one custom property, again only when its value changes: the cheaper form for one property per card. */
class StylePropertyDirective extends Directive {
  #value: string | null = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProperty() belongs in a `style` attribute binding.');
    }
  }

  override render(_name: `--${string}`, _value: string | null): typeof nothing {
    return nothing;
  }

  override update(part: AttributePart, [name, value]: [`--${string}`, string | null]): typeof noChange {
    if (value !== this.#value) {
      const style = (part.element as HTMLElement).style;
      if (value) style.setProperty(name, value);
      else style.removeProperty(name);
      this.#value = value;
    }
    return noChange;
  }
}

/** Sets the custom property `name` (always the same in one binding) through the CSSOM; null removes it. */
export const styleProperty = directive(StylePropertyDirective);

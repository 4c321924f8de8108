/**
 * A CSP-safe replacement for Lit's `styleMap`, for the few custom properties the templates set from data
 * (category colour, thumbnail size).
 *
 * `styleMap` writes a `style` attribute on its first render, which a page's `style-src 'self'` policy
 * blocks (the colour and the sizes would silently vanish). Setting properties through the CSSOM
 * (`style.setProperty`) is not governed by `style-src`, so this directive only ever does that.
 */
import { noChange, nothing, type AttributePart } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type PartInfo } from 'lit/directive.js';

/** Custom properties to set: names start with `--`; an empty or undefined value removes the property. */
export type StyleProperties = Readonly<Record<`--${string}`, string | undefined>>;

/**
 * One directive for both forms: a record of properties, or one name and its value (the cheaper form for
 * one property per card: no object, and nothing done while the value stays the same).
 */
type StyleResult = DirectiveResult<typeof StylePropertiesDirective>;

class StylePropertiesDirective extends Directive {
  /** The value set by the one-property form; names set on the previous render by the record form. */
  #previous: string | null | Set<string> = null;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProperties() belongs in a `style` attribute binding.');
    }
  }

  override render(_properties: StyleProperties | `--${string}`, _value?: string | null): typeof nothing {
    // Nothing is written as attribute text, on the server or the client: see update().
    return nothing;
  }

  override update(part: AttributePart, [properties, value = null]: [StyleProperties | `--${string}`, (string | null)?]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    if (typeof properties === 'string') {
      if (value !== this.#previous) {
        if (value) style.setProperty(properties, value);
        else style.removeProperty(properties);
        this.#previous = value;
      }
      return noChange;
    }
    const previous = (this.#previous ??= new Set()) as Set<string>;
    for (const name of previous) {
      if (!properties[name as `--${string}`]) style.removeProperty(name);
    }
    previous.clear();
    for (const [name, value] of Object.entries(properties)) {
      if (!name.startsWith('--') || !value) continue;
      style.setProperty(name, value);
      previous.add(name);
    }
    return noChange;
  }
}

/** Sets custom properties through `style.setProperty` only, never a `style` attribute (CSP `style-src`). */
export const styleProperties = directive(StylePropertiesDirective) as (properties: StyleProperties) => StyleResult;

/** Sets the custom property `name` (always the same in one binding) through the CSSOM; null removes it. */
export const styleProperty = styleProperties as unknown as (name: `--${string}`, value: string | null) => StyleResult;

// The reservation test of an <agenda-geo locate> at many widths, in both languages: test/reserve-space.test.ts
// (the prompt) and test/reserve-space-located.test.ts (the compact header, the position already allowed).
import { expect } from '@open-wc/testing';

/** An element once defined, with Lit's update promise. */
type Defined = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Renders an undefined `<agenda-geo locate>` of each kind (its attributes; `fallback` for content in that slot,
 * which replaces the address search) at each width, in French and English, measures the box reserved for it,
 * defines the element, and expects each to render a box of that height (within `tolerance(kind)` px) once its
 * header has its words.
 */
export async function expectGeoBoxesReserved(kinds: string[], widths: number[], tolerance: (kind: string) => number = () => 0.25): Promise<void> {
  const cases = ['fr', 'en'].flatMap((lang) => kinds.flatMap((kind) => widths.map((width) => ({ lang, kind, width }))));
  const wrapper = document.createElement('div');
  wrapper.innerHTML = cases
    .map(({ lang, kind, width }) => {
      const [attributes, content] = kind === 'fallback' ? ['', '<p slot="fallback">Voir le plan des salles.</p>'] : [kind, ''];
      return `<div style="width: ${width}px"><agenda-geo locate ${attributes} lang="${lang}" api-base="/api" api-key="demokey1">${content}</agenda-geo></div>`;
    })
    .join('');
  document.body.append(wrapper);
  try {
    const elements = [...wrapper.querySelectorAll<Defined>('agenda-geo')];
    const reserved = elements.map((element) => element.getBoundingClientRect().height);
    expect(customElements.get('agenda-geo'), 'still undefined when measured').to.equal(undefined);
    await import('../../src/elements/agenda-geo.js');
    await Promise.all(elements.map((element) => element.updateComplete));
    // The header's words (and English ones) arrive in chunks of their own.
    const header = (element: Element) => element.shadowRoot?.querySelector('[part="locate"] p')?.textContent?.trim();
    for (let tries = 0; tries < 50 && !elements.every(header); tries += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const wrong = elements
      .map((element, index) => ({ ...cases[index]!, reserved: reserved[index]!, rendered: element.getBoundingClientRect().height }))
      // Firefox lays out in sixtieths of a pixel: twelve stacked 16:9 thumbnails round to a tenth of one.
      .filter(({ kind, reserved, rendered }) => reserved < 80 || Math.abs(reserved - rendered) > tolerance(kind));
    expect(wrong, 'reserved and rendered heights').to.deep.equal([]);
  } finally {
    wrapper.remove();
  }
}

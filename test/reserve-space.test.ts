// The space src/reserve-space.ts holds for the pickers before their code arrives: the box each first renders.
// This page imports nothing else, so no element is defined before the test asks for it.
import { expect } from '@open-wc/testing';
import { reserveSpace } from '../src/reserve-space.js';

/** A picker element once defined, with Lit's update promise. */
type Picker = HTMLElement & { updateComplete: Promise<unknown> };

describe('reserveSpace, pickers', () => {
  it('reserves the box each picker first renders, at every width', async () => {
    // The API never answers: the categories stay on their skeleton, as they are when their code arrives.
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      reserveSpace();
      const widths = [240, 280, 380, 420, 440, 447, 449, 480, 685, 888, 1000];
      const kinds = ['agenda-categories', 'agenda-categories lang="en"', 'agenda-city-search', 'agenda-city-search nearby', 'agenda-city-search nearby lang="en"', 'agenda-city-search slotted'];
      const cases = kinds.flatMap((kind) => widths.map((width) => ({ kind, width })));
      const wrapper = document.createElement('div');
      wrapper.innerHTML = cases
        .map(({ kind, width }) => {
          const [tag, ...attributes] = kind.split(' ');
          // A custom label in the `label` slot: hidden until the element shows it in its own label line.
          const label = attributes.includes('slotted') ? '<span slot="label">Votre commune</span>' : '';
          return `<div style="width: ${width}px"><${tag} api-base="/api" api-key="demokey1" ${attributes.join(' ')}>${label}</${tag}></div>`;
        })
        .join('');
      document.body.append(wrapper);
      const elements = [...wrapper.querySelectorAll<Picker>('agenda-categories, agenda-city-search')];
      const reserved = elements.map((element) => element.getBoundingClientRect().height);
      expect(customElements.get('agenda-categories'), 'still undefined when measured').to.equal(undefined);
      await Promise.all([import('../src/elements/agenda-categories.js'), import('../src/elements/agenda-city-search.js')]);
      await Promise.all(elements.map((element) => element.updateComplete));
      for (const [index, element] of elements.entries()) {
        const { kind, width } = cases[index]!;
        expect(reserved[index], `${kind} at ${width}px reserves a box`).to.be.greaterThan(50);
        expect(element.getBoundingClientRect().height, `${kind} at ${width}px`).to.be.closeTo(reserved[index]!, 0.05);
      }
      wrapper.remove();
    } finally {
      window.fetch = realFetch;
    }
  });
});

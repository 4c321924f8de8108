// The space src/reserve-space.ts holds for the pickers before their code arrives: the box each first renders.
// This page imports nothing else, so no element is defined before the test asks for it.
import { expect } from '@open-wc/testing';
import { reserveSpace } from '../src/reserve-space.js';
import { expectGeoBoxesReserved } from './helpers/geo-reservation.js';

/** A picker element once defined, with Lit's update promise. */
type Picker = HTMLElement & { updateComplete: Promise<unknown> };

/** Runs `body` against an API that never answers: what has loaded stays as it was when its code arrived. */
async function withSilentApi(body: () => Promise<void>): Promise<void> {
  const realFetch = window.fetch;
  window.fetch = () => new Promise<Response>(() => {});
  try {
    await body();
  } finally {
    window.fetch = realFetch;
  }
}

describe('reserveSpace, pickers', () => {
  it('reserves the box each picker first renders, at every width', async () => {
    // The API never answers: the categories stay on their skeleton, as they are when their code arrives.
    await withSilentApi(async () => {
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
    });
  });
});

describe('reserveSpace, a listing waiting for its town', () => {
  it('reserves the message box it first renders, not cards, at every width', async () => {
    reserveSpace();
    // From 280 px: below, a browser's font may wrap the French message in four lines, and the box grows.
    const widths = [280, 320, 380, 440, 460, 480, 685, 1000];
    const langs = ['fr', 'en'];
    const cases = langs.flatMap((lang) => widths.map((width) => ({ lang, width })));
    const wrapper = document.createElement('div');
    // Each listing has its (hidden) town picker.
    wrapper.innerHTML = cases
      .map(
        ({ lang, width }, index) =>
          `<agenda-city-search hidden for="listing-${index}"></agenda-city-search><div style="width: ${width}px"><agenda-events id="listing-${index}" lang="${lang}" api-base="/api" api-key="demokey1"></agenda-events></div>`,
      )
      .join('');
    document.body.append(wrapper);
    const listings = [...wrapper.querySelectorAll<Picker>('agenda-events')];
    const reserved = listings.map((element) => element.getBoundingClientRect().height);
    expect(customElements.get('agenda-events'), 'still undefined when measured').to.equal(undefined);
    await import('../src/elements/agenda-events.js');
    await Promise.all(listings.map((element) => element.updateComplete));
    // English words arrive in a chunk of their own.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const wrong = listings
      .map((element, index) => ({ ...cases[index]!, reserved: reserved[index]!, rendered: element.getBoundingClientRect().height }))
      .filter(({ reserved, rendered }) => reserved < 80 || Math.abs(reserved - rendered) > 0.05);
    expect(wrong, 'reserved and rendered heights').to.deep.equal([]);
    wrapper.remove();
  });
});

describe('reserveSpace, a geo listing that offers to locate the visitor', () => {
  it('reserves its prompt, and the skeleton under it with a default position, at every width', async () => {
    // The API never answers: a listing with a default position stays on its skeleton, as it is when its code arrives.
    await withSilentApi(async () => {
      reserveSpace();
      // From 300 px (below, a wide font wraps the button's label); either side of the prompt's breakpoints (22, 28.5,
      // 45, 58 and 97 rem).
      const widths = [300, 351, 352, 455, 456, 719, 720, 927, 928, 1200, 1551, 1552, 1700];
      await expectGeoBoxesReserved(['', 'lat="49.894" lon="2.2957"', 'lat="49.894" lon="2.2957" layout="grid" limit="4"', 'fallback'], widths);
    });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { reserveSpace } from '../src/reserve-space.js';
import { showUnloaded, UNLOADED } from '../src/unloaded.js';

// The elements are not defined on this page: this module alone is loaded, as when their code failed to.
describe('showUnloaded', () => {
  it('says in each undefined element, in its language, that it could not load, and dispatches agenda-error', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <agenda-events id="fr"></agenda-events>
      <section lang="en-GB"><agenda-categories id="en"></agenda-categories></section>
      <agenda-provider><agenda-geo id="inner" lang="fr"></agenda-geo></agenda-provider>
    </div>`);
    const heard: { target: string; detail: unknown }[] = [];
    page.addEventListener('agenda-error', (event) => heard.push({ target: (event.target as Element).id, detail: (event as Event & { detail: unknown }).detail }));
    showUnloaded('agenda-events,agenda-categories,agenda-geo,agenda-provider', new Error('chunk'));
    const french = 'L’agenda n’a pas pu être chargé. Réessayez plus tard.';
    const english = 'The events could not be loaded. Please try again later.';
    expect(page.querySelector('#fr > p')!.textContent).to.equal(french);
    expect(page.querySelector('#en > p')!.textContent).to.equal(english);
    expect(page.querySelector('#en > p')!.getAttribute('lang')).to.equal('en');
    expect(page.querySelector('#inner > p')!.textContent).to.equal(french);
    // The provider shows nothing of its own.
    expect(page.querySelector('agenda-provider > p')).to.be.null;
    expect(heard).to.deep.equal([
      { target: 'fr', detail: { code: 'network', message: french } },
      { target: 'en', detail: { code: 'network', message: english } },
      { target: 'inner', detail: { code: 'network', message: french } },
    ]);
    expect(page.querySelector('#fr')!.hasAttribute(UNLOADED)).to.be.true;
    // Said once: a second failure (another element of the same kind appears) adds nothing to these.
    showUnloaded('agenda-events', new Error('again'));
    expect(page.querySelectorAll('#fr > p')).to.have.length(1);
    await expect(page).to.be.accessible();
  });

  it('gives up the box reserved for the element, above and below its words', async () => {
    reserveSpace();
    const page = await fixture<HTMLElement>(html`<div style="width: 600px">
      <agenda-events limit="3"></agenda-events><agenda-geo locate></agenda-geo><agenda-city-search></agenda-city-search>
    </div>`);
    const elements = [...page.children] as HTMLElement[];
    for (const element of elements) expect(element.getBoundingClientRect().height, `${element.localName} reserved`).to.be.above(40);
    showUnloaded('agenda-events,agenda-geo,agenda-city-search', new Error('chunk'));
    for (const element of elements) {
      const words = element.querySelector('p')!.getBoundingClientRect();
      // The element is its words and their margins, nothing more.
      expect(element.getBoundingClientRect().height, element.localName).to.be.below(words.height + 2 * 20);
    }
  });
});

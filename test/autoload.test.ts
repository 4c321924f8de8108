// The CDN entry's lazy registration (src/autoload.ts): a tag is defined once the page uses it, and only then.
// This page imports nothing else, so no element is defined before a test asks for it.
import { expect, waitUntil } from '@open-wc/testing';
import { autoload, loadAllElements, loadElement } from '../src/autoload.js';

const TAGS = ['agenda-events', 'agenda-geo', 'agenda-event', 'agenda-city-search', 'agenda-categories', 'agenda-provider'];

/** Resolves when `tag` is defined, or fails after `ms`. */
function definedWithin(tag: string, ms = 5000): Promise<void> {
  return Promise.race([
    customElements.whenDefined(tag).then(() => undefined),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`<${tag}> not defined within ${ms} ms`)), ms)),
  ]);
}

describe('autoload', () => {
  it('defines nothing before the page uses an element', () => {
    // Booleans, not classes: chai would walk a whole Lit class to print a failure.
    for (const tag of TAGS) expect(customElements.get(tag) === undefined, `<${tag}> undefined`).to.equal(true);
  });

  it('defines the elements already in the document, and those added later', async () => {
    const present = document.createElement('agenda-provider');
    document.body.append(present);
    // Without the idle-time loading of everything, to see that only the tags in use are loaded.
    autoload({ loadRestWhenIdle: false });
    await definedWithin('agenda-provider');

    // Added later, nested in a host element: the observer finds it.
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section><agenda-categories></agenda-categories></section>';
    document.body.append(wrapper);
    await definedWithin('agenda-categories');
    expect(customElements.get('agenda-city-search') === undefined, 'an element the page does not use stays undefined').to.equal(true);
    present.remove();
    wrapper.remove();
  });

  // autoload() ran in the test above: its sheet is in the document, and <agenda-events> is not defined yet.
  it('reserves, before the code arrives, the exact box a listing will fill (skeleton, then cards and "more")', async () => {
    expect(customElements.get('agenda-events') === undefined, '<agenda-events> undefined').to.equal(true);
    expect(customElements.get('agenda-geo') === undefined, '<agenda-geo> undefined').to.equal(true);
    const city = 'agenda-events api-base="/api" api-key="demokey1" city="2"';
    // Without `locate`, a geo listing has no header: its box is a listing's.
    const geo = 'agenda-geo api-base="/api" api-key="demokey1" lat="49.894" lon="2.2957" radius="10"';
    const cases = [
      { width: 360, element: city, attributes: 'limit="2"' },
      { width: 900, element: city, attributes: 'limit="3"' },
      { width: 1000, element: city, attributes: 'limit="5" layout="grid"' },
      { width: 700, element: city, attributes: 'limit="4" layout="compact"' },
      { width: 360, element: geo, attributes: 'limit="2"' },
      { width: 1000, element: geo, attributes: 'limit="4" layout="grid"' },
    ];
    const wrapper = document.createElement('div');
    wrapper.innerHTML = cases
      .map(({ width, element, attributes }) => `<div style="width: ${width}px"><${element} ${attributes}></${element.split(' ')[0]}></div>`)
      .join('');
    document.body.append(wrapper);
    const elements = [...wrapper.querySelectorAll('agenda-events, agenda-geo')];
    // Read at once: the elements' code is still on its way.
    const reserved = elements.map((element) => element.getBoundingClientRect().height);
    expect(customElements.get('agenda-events') === undefined, 'still undefined when measured').to.equal(true);
    await Promise.all([definedWithin('agenda-events'), definedWithin('agenda-geo')]);
    for (const [index, element] of elements.entries()) {
      await waitUntil(() => element.shadowRoot?.querySelector('[part="more"]'), `cards and "more" in case ${index}`, { timeout: 5000 });
      // Amiens (and 10 km around it) has more events than any of these limits: the box holds the cards and "more".
      // Within 0.05 px: engines round lengths to their own units (Firefox's are 1/60 px).
      const { element: tag, attributes, width } = cases[index]!;
      expect(element.getBoundingClientRect().height, `${tag.split(' ')[0]} ${attributes} at ${width}px`).to.be.closeTo(reserved[index]!, 0.05);
      expect(reserved[index]).to.be.greaterThan(100);
    }
    wrapper.remove();
  });

  it('loads one element on request, and refuses a tag it does not know', async () => {
    await loadElement('agenda-event');
    expect(customElements.get('agenda-event') !== undefined, '<agenda-event> defined').to.equal(true);
    let failure: unknown;
    await loadElement('agenda-nothing').catch((error: unknown) => (failure = error));
    expect(String(failure)).to.contain('no element <agenda-nothing>');
  });

  it('loads every element, for those in shadow roots the document observer cannot see', async () => {
    await loadAllElements();
    for (const tag of TAGS) expect(customElements.get(tag) !== undefined, `<${tag}> defined`).to.equal(true);
  });
});

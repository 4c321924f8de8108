// The CDN entry's lazy registration (src/autoload.ts): a tag is defined once the page uses it, and only then.
// This page imports nothing else, so no element is defined before a test asks for it.
import { expect } from '@open-wc/testing';
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

// A listing whose pickers' code has not arrived yet, as on a partner's page where each element is a chunk of
// its own: only <agenda-events> is defined in this file until a test imports a picker.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/agenda-events.js';
import type { AgendaEvents } from '../../src/elements/agenda-events.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, $$, announcement, listingAwaitingTown, until } from '../helpers/elements.js';

describe('a listing and its pickers not defined yet', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
    api.on(/\/json\/category$/, () =>
      Response.json({ categories: [{ cat_s: 'Concert', nomcat: 'concert' }, { cat_s: 'Théâtre', nomcat: 'theatre' }, { cat_s: 'Danse', nomcat: 'danse' }] }),
    );
  });

  afterEach(() => api.restore());

  const listingPaths = () => api.paths.filter((path) => /\/json\/\d+/.test(path));

  it('starts from the value of the <agenda-categories> that names it, and asks once when that picker arrives', async () => {
    expect(customElements.get('agenda-categories'), 'the picker is not defined yet').to.be.undefined;
    const page = await fixture<HTMLElement>(html`<div>
      <agenda-categories for="events" value="concert,theatre" api-base="/api" api-key="demokey1"></agenda-categories>
      <agenda-events id="events" api-base="/api" api-key="demokey1" city="2" limit="3"></agenda-events>
    </div>`);
    const el = page.querySelector<AgendaEvents>('agenda-events')!;
    await until(el, 'article.card');
    expect(listingPaths()).to.deep.equal(['/demokey1/json/2/concert,theatre/0,3']);
    await waitUntil(() => announcement(el) === '3 événements affichés.', 'the announcement');
    // The picker's code arrives and hands the listing the same categories: no second request.
    await import('../../src/elements/agenda-categories.js');
    await waitUntil(() => el.getAttribute('categories') === 'concert,theatre', 'the picker sets its target');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listingPaths()).to.have.length(1);
    expect($$(el, 'article.card')).to.have.length(3);
    // Once started, the picker alone writes to the listing: a value set by script only moves its chips.
    const picker = page.querySelector<HTMLElement & { value: string }>('agenda-categories')!;
    // The API's list, which "every category" means below, once the picker has it (not before, on a busy machine).
    await until(picker, '.chip', 'the picker’s chips');
    el.removeAttribute('categories');
    picker.value = 'danse';
    el.limit = 4;
    await waitUntil(() => listingPaths().length === 2, 'the request for the new limit');
    expect(listingPaths()[1], 'every category, as without a filter').to.equal('/demokey1/json/2/concert,theatre,danse/0,4');
  });

  it('waits for its town, with no error, while an <agenda-city-search> not defined yet names it', async () => {
    const el = await listingAwaitingTown();
    expect($(el, '[part="error"]')).to.be.null;
    expect($(el, '[part="empty"]')!.textContent).to.contain('Choisissez une ville');
    expect(listingPaths()).to.be.empty;
    await expect(el).to.be.accessible();
  });
});

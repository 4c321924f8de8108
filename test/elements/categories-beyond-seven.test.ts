/**
 * A listing whose `categories` names one beyond the seven documented, with no `<agenda-categories>` on the
 * page: it asks the API's `/category` list (the truth) before its first request. In a file of its own, as
 * the list a page learns is page-wide and this page must start without one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/agenda-events.js';
import type { AgendaErrorEvent } from '../../src/ui/events.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, $$, until } from '../helpers/elements.js';

/** `/category` with an eighth category, as an API that added one would answer. */
function withCircus(): Response {
  const categories = [
    { cat_s: 'Concert', nomcat: 'concert', couleur: '#c62828' },
    { cat_s: 'Cirque', nomcat: 'cirque', couleur: '#6d4c41' },
  ];
  return new Response(JSON.stringify({ categories }), { headers: { 'Content-Type': 'application/json' } });
}

describe('a listing naming a category only the API list knows', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
  });

  it('waits for /category, then lists a category it holds and shows one it does not as the attribute at fault', async () => {
    api.on(/\/category$/, withCircus);
    const release = api.hold(/\/category$/);
    const errors: AgendaErrorEvent[] = [];
    const root = await fixture<HTMLElement>(html`<div @agenda-error=${(event: AgendaErrorEvent) => errors.push(event)}>
      <agenda-events api-key="demokey1" api-base="/api" city="2" limit="3" categories="cirque"></agenda-events>
      <agenda-events api-key="demokey1" api-base="/api" city="2" limit="3" categories="concert,magie"></agenda-events>
    </div>`);
    const [circus, magic] = [...root.querySelectorAll('agenda-events')] as HTMLElement[];
    for (const listing of [circus!, magic!]) {
      await until(listing, '[part="list"][aria-hidden="true"]', 'the skeleton while the list is asked for');
      expect($$(listing, '[part="error"]')).to.have.length(0);
    }
    await expect(circus).to.be.accessible();
    expect(api.paths, 'one /category for both, and no listing yet').to.deep.equal(['/demokey1/json/category']);

    release();
    await until(circus!, 'article.card', 'the circus listing');
    const error = await until(magic!, '[part="error"]', 'the refused category');
    // The message names the attribute and lists what the API has.
    expect(error.textContent).to.match(/«\u00a0categories\u00a0»[^]*«\u00a0concert,magie\u00a0»[^]*catégories\u00a0: concert et cirque\./);
    expect(api.paths).to.deep.equal(['/demokey1/json/category', '/demokey1/json/2/cirque/0,3']);
    expect(errors.map(({ detail }) => detail.code), 'one agenda-error, for the refused one').to.deep.equal(['config']);
    expect(errors[0]!.target).to.equal(magic);
    await expect(circus).to.be.accessible();
    await expect(magic).to.be.accessible();
    expect($(circus!, '[part="error"]')).to.equal(null);
  });
});

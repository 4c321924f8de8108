import { expect } from '@open-wc/testing';
import { EventsClient, getEventsClient } from '../../src/client/events-client.js';
import { AgendaClient, getClient } from '../../src/client/index.js';
import { deferred, fakeFetch, json, rawEvent } from './helpers.js';

/** A base no other test uses, so the page-wide registry starts empty for it. */
function freshBase(): string {
  return `https://split-${Math.random().toString(36).slice(2)}.example`;
}

const page = { events: [rawEvent()] };

describe('EventsClient (the listing part of the client)', () => {
  it('has the listing endpoints (and /category, which confirms their categories), not the geo and city ones', () => {
    const client = new EventsClient({ apiKey: 'demokey1', apiBase: freshBase() });
    for (const method of ['cityEvents', 'event', 'categories', 'thumbnail', 'clearCache']) {
      expect(client).to.have.property(method).that.is.a('function');
    }
    expect(client).not.to.have.property('geoEvents');
    expect(client).not.to.have.property('searchCities');
    expect(client).not.to.have.property('categoriesUrl');
  });

  it('AgendaClient is one, with every endpoint', () => {
    const client = new AgendaClient({ apiKey: 'demokey1', apiBase: freshBase() });
    expect(client).to.be.instanceOf(EventsClient);
    const methods = ['categories', 'searchCities', 'nearbyCities', 'cityEvents', 'geoEvents', 'event', 'thumbnail', 'clearCache'];
    const urls = ['categoriesUrl', 'citySearchUrl', 'nearbyCitiesUrl', 'cityEventsUrl', 'geoEventsUrl', 'eventUrl'];
    for (const method of [...methods, ...urls]) {
      expect(client).to.have.property(method).that.is.a('function');
    }
  });

  describe('getEventsClient', () => {
    it('shares one client per resolved API base and key', () => {
      const base = freshBase();
      const a = getEventsClient({ apiKey: 'demokey1', apiBase: base });
      expect(a).to.be.instanceOf(EventsClient);
      expect(getEventsClient({ apiKey: ' demokey1', apiBase: `${base}/` })).to.equal(a);
      expect(getEventsClient({ apiKey: 'zonekey1', apiBase: base })).not.to.equal(a);
    });

    it('gives the full client when the page has one already', () => {
      const base = freshBase();
      const full = getClient({ apiKey: 'demokey1', apiBase: base });
      expect(getEventsClient({ apiKey: 'demokey1', apiBase: base })).to.equal(full);
    });
  });

  describe('getClient after getEventsClient', () => {
    it('gives a full client, then always the same one', () => {
      const base = freshBase();
      const events = getEventsClient({ apiKey: 'demokey1', apiBase: base });
      const full = getClient({ apiKey: 'demokey1', apiBase: base });
      expect(full).to.be.instanceOf(AgendaClient);
      expect(full).not.to.equal(events);
      expect(getClient({ apiKey: 'demokey1', apiBase: base })).to.equal(full);
      expect(getEventsClient({ apiKey: 'demokey1', apiBase: base })).to.equal(full);
    });

    it('keeps the first call’s options and shares requests under way', async () => {
      const base = freshBase();
      const answer = deferred<Response>();
      const fake = fakeFetch(() => answer.promise);
      const events = getEventsClient({ apiKey: 'demokey1', apiBase: base, fetch: fake.fetch });
      const first = events.cityEvents({ city: 2 });
      // No fetch of its own: the full client goes through the listing client's transport.
      const full = getClient({ apiKey: 'demokey1', apiBase: base });
      const second = full.cityEvents({ city: 2 });
      answer.resolve(json(page));
      const [a, b] = await Promise.all([first, second]);
      expect(fake.calls).to.have.length(1);
      expect(a.items.map((item) => item.id)).to.deep.equal([101]);
      expect(b).to.deep.equal(a);
    });

    it('shares the cache: clearCache on either clears it for both', async () => {
      const base = freshBase();
      const fake = fakeFetch(() => json(page));
      const events = getEventsClient({ apiKey: 'demokey1', apiBase: base, fetch: fake.fetch });
      await events.cityEvents({ city: 2 });
      const full = getClient({ apiKey: 'demokey1', apiBase: base });
      await full.cityEvents({ city: 2 });
      expect(fake.calls).to.have.length(1);
      full.clearCache();
      await events.cityEvents({ city: 2 });
      expect(fake.calls).to.have.length(2);
    });

    it('sends the full client’s own endpoints through the same fetch', async () => {
      const base = freshBase();
      const fake = fakeFetch(() => json({ categories: [] }));
      getEventsClient({ apiKey: 'demokey1', apiBase: base, fetch: fake.fetch });
      expect(await getClient({ apiKey: 'demokey1', apiBase: base }).categories()).to.deep.equal([]);
      expect(fake.calls.map((call) => call.url)).to.deep.equal([`${base}/demokey1/json/category`]);
    });
  });

  it('a client made with `new` keeps its own cache, apart from the page’s', async () => {
    const base = freshBase();
    const shared = fakeFetch(() => json(page));
    const own = fakeFetch(() => json(page));
    await getEventsClient({ apiKey: 'demokey1', apiBase: base, fetch: shared.fetch }).cityEvents({ city: 2 });
    await new AgendaClient({ apiKey: 'demokey1', apiBase: base, fetch: own.fetch }).cityEvents({ city: 2 });
    expect(shared.calls).to.have.length(1);
    expect(own.calls).to.have.length(1);
  });
});

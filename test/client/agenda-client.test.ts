import { expect } from '@open-wc/testing';
import * as api from '../../src/client/index.js';
import { AgendaClient, AgendaError, DEFAULT_API_BASE, getClient } from '../../src/client/index.js';
import { TEST_BASE, clientWith, json, rejection } from './helpers.js';

describe('AgendaClient', () => {
  it('exposes the agreed public surface', () => {
    expect(api.AgendaClient).to.be.a('function');
    expect(api.getClient).to.be.a('function');
    expect(api.AgendaError).to.be.a('function');
    expect(api.errorMessage).to.be.a('function');
    expect(api.KNOWN_CATEGORIES).to.have.length(7);
    expect(DEFAULT_API_BASE).to.equal('https://api.agendaculturel.fr');
  });

  it('resolves its API base and trims its key', () => {
    const client = new AgendaClient({ apiKey: ' demokey1 ', apiBase: '/api/' });
    expect(client.apiBase).to.equal(`${location.origin}/api`);
    expect(client.apiKey).to.equal('demokey1');
    expect(new AgendaClient({ apiKey: 'demokey1' }).apiBase).to.equal(DEFAULT_API_BASE);
  });

  it('exposes the URL of each request', () => {
    const client = new AgendaClient({ apiKey: 'demokey1', apiBase: 'https://proxy.example/agenda' });
    const root = 'https://proxy.example/agenda/demokey1/json';
    expect(client.categoriesUrl()).to.equal(`${root}/category`);
    expect(client.citySearchUrl({ query: 'ami' })).to.equal(`${root}/citylist/ami`);
    expect(client.nearbyCitiesUrl({ lat: 49.894, lon: 2.2957 })).to.equal(`${root}/geocities/49.894,2.2957`);
    expect(client.cityEventsUrl({ city: 2 })).to.equal(`${root}/2`);
    expect(client.geoEventsUrl({ restricted: true })).to.equal(`${root}/geo/`);
    expect(client.eventUrl(7)).to.equal(`${root}/event/7`);
    expect(() => client.eventUrl('x')).to.throw(AgendaError).with.property('code', 'Ax006');
  });

  it('builds thumbnails on its own API base', () => {
    const client = new AgendaClient({ apiKey: 'demokey1', apiBase: 'https://proxy.example/agenda' });
    const { src, srcset } = client.thumbnail('https://img.example/a.jpg', { width: 100, height: 50 });
    expect(src).to.equal('https://proxy.example/agenda/static/im/thumb.php?src=https%3A%2F%2Fimg.example%2Fa.jpg&w=100&h=50&zc=1');
    expect(srcset).to.equal(`${src} 1x, ${src.replace('w=100&h=50', 'w=200&h=100')} 2x`);
    expect(() => client.thumbnail('javascript:alert(1)', { width: 1, height: 1 })).to.throw(AgendaError);
  });

  it('rejects a request made with a bad key with Ax001 rather than throwing at construction', async () => {
    const { client, calls } = clientWith(undefined, { apiKey: 'nope' });
    expect(await rejection(client.categories())).to.have.property('code', 'Ax001');
    expect(calls).to.have.length(0);
  });

  it('falls back to the default for nonsensical numeric options', async () => {
    // A negative timeout or NaN retries must not turn the safety nets off.
    const { client, calls } = clientWith((_url, _init, index) => (index === 0 ? json({}, 503) : json({ categories: [] })), {
      timeoutMs: -5,
      retries: Number.NaN,
    });
    expect(await client.categories()).to.deep.equal([]);
    expect(calls).to.have.length(2);
  });

  it('accepts from then on a category that /category answered beyond the seven documented ones', async () => {
    const { client, calls } = clientWith((url) =>
      url.endsWith('/category') ? json({ categories: [{ nomcat: 'arts-numeriques', cat_s: 'Arts numériques' }] }) : json({ events: [] }),
    );
    await client.categories();
    await client.cityEvents({ city: 2, categories: ['arts-numeriques', 'concert'] });
    expect(calls.at(-1)!.url).to.equal(`${TEST_BASE}/demokey1/json/2/arts-numeriques,concert`);
    // The list has answered: a URI it does not hold is refused without a request.
    expect(await rejection(client.cityEvents({ city: 2, categories: ['arts-numerique'] })), 'a typo').to.have.property('code', 'Ax003');
    expect(calls).to.have.length(2);
    // A further page without categories fills their segment with the API's own list, not the documented seven.
    await client.cityEvents({ city: 2, offset: 15 });
    expect(calls.at(-1)!.url).to.equal(`${TEST_BASE}/demokey1/json/2/arts-numeriques/15,15`);
  });

  it('lists each category once in a URL that fills the segment, whatever /category repeats', async () => {
    const { client, calls } = clientWith((url) =>
      url.endsWith('/category')
        ? json({ categories: [{ nomcat: 'danse', cat_s: 'Danse' }, { nomcat: 'cirque', cat_s: 'Cirque' }, { nomcat: 'danse', cat_s: 'Danse' }] })
        : json({ events: [] }),
    );
    await client.categories();
    await client.cityEvents({ city: 2, offset: 15 });
    expect(calls.at(-1)!.url).to.equal(`${TEST_BASE}/demokey1/json/2/danse,cirque/15,15`);
  });

  describe('getClient', () => {
    it('shares one client per resolved API base and key', () => {
      const base = `https://shared-${Math.random().toString(36).slice(2)}.example`;
      const a = getClient({ apiKey: 'demokey1', apiBase: base });
      expect(getClient({ apiKey: 'demokey1', apiBase: `${base}/` })).to.equal(a);
      expect(getClient({ apiKey: ' demokey1', apiBase: base })).to.equal(a);
      expect(getClient({ apiKey: 'zonekey1', apiBase: base })).not.to.equal(a);
      expect(getClient({ apiKey: 'demokey1', apiBase: `${base}/v2` })).not.to.equal(a);
    });

    it('resolves a relative base before sharing', () => {
      expect(getClient({ apiKey: 'demokey1', apiBase: '/api' })).to.equal(
        getClient({ apiKey: 'demokey1', apiBase: `${location.origin}/api` }),
      );
    });

    it('shares in-flight requests between elements of a page', async () => {
      let calls = 0;
      const fetch = (() => {
        calls += 1;
        return new Promise<Response>((resolve) => setTimeout(() => resolve(json({ categories: [] })), 10));
      }) as typeof globalThis.fetch;
      const base = `https://dedup-${Math.random().toString(36).slice(2)}.example`;
      await Promise.all([getClient({ apiKey: 'demokey1', apiBase: base, fetch }).categories(), getClient({ apiKey: 'demokey1', apiBase: base }).categories()]);
      expect(calls).to.equal(1);
    });
  });
});

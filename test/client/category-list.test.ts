/**
 * A category beyond the seven documented: the client asks the API's `/category` list, the truth, before
 * refusing it. In a file of its own, as the list a page learns is page-wide and these tests need the page to
 * start without one.
 */
import { expect } from '@open-wc/testing';
import { AgendaError } from '../../src/client/index.js';
import { TEST_BASE, clientWith, json, rejection } from './helpers.js';

const CATEGORY_URL = `${TEST_BASE}/demokey1/json/category`;
const position = { lat: 49.894, lon: 2.2957 };

describe('categories only the API list confirms', () => {
  it('checks every other argument and the form of every URI before asking for the list', async () => {
    const { client, calls } = clientWith(() => json({ events: [] }));
    expect(await rejection(client.cityEvents({ city: 'x', categories: ['cirque'] }))).to.have.property('code', 'Ax004');
    expect(await rejection(client.cityEvents({ city: 2, categories: ['cirque'], limit: 500 }))).to.have.property('code', 'Ax005');
    expect(await rejection(client.geoEvents({ ...position, radiusKm: -1, categories: ['cirque'] }))).to.have.property('code', 'Ax010');
    expect(await rejection(client.nearbyCities({ ...position, maxDistanceKm: -1, categories: ['cirque'] }))).to.have.property('code', 'Ax010');
    expect(await rejection(client.cityEvents({ city: 2, categories: ['cirque', 'Rock & roll'] }))).to.have.property('code', 'Ax003');
    expect(calls).to.have.length(0);
  });

  it('reports a /category that fails as that failure, not as an unknown category', async () => {
    const { client, calls } = clientWith(() => json({}, 503), { retries: 0 });
    const failure = await rejection(client.cityEvents({ city: 2, categories: ['cirque'] }));
    expect(failure).to.be.instanceOf(AgendaError).and.to.include({ code: 'http', status: 503 });
    expect(calls.map(({ url }) => url)).to.deep.equal([CATEGORY_URL]);
  });

  it('asks /category once, then lists a category it holds and refuses one it does not', async () => {
    const { client, calls } = clientWith((url) =>
      url.endsWith('/category')
        ? json({ categories: [{ nomcat: 'concert', cat_s: 'Concert' }, { nomcat: 'cirque', cat_s: 'Cirque', couleur: '#6d4c41' }] })
        : json({ events: [] }),
    );
    await client.cityEvents({ city: 2, categories: ['cirque', 'concert'] });
    await client.geoEvents({ ...position, radiusKm: 5, categories: ['cirque'] });
    await client.nearbyCities({ ...position, categories: ['cirque'] });
    expect(calls.map(({ url }) => url.slice(TEST_BASE.length))).to.deep.equal([
      '/demokey1/json/category',
      '/demokey1/json/2/cirque,concert',
      '/demokey1/json/geo/49.894,2.2957/5/cirque',
      '/demokey1/json/geocities/49.894,2.2957/0/cirque',
    ]);
    // The list has answered: what it does not hold is refused at once.
    const refused = await rejection(client.cityEvents({ city: 2, categories: ['magie'] }));
    expect(refused).to.have.property('code', 'Ax003');
    expect(calls).to.have.length(4);
  });
});

import { expect } from '@open-wc/testing';
import { AgendaError, type AgendaClient } from '../../src/client/index.js';
import { clientWith, json, rejection } from './helpers.js';

/** Runs `call` on a client whose fetch must never be reached, and checks the rejection's code. */
async function expectRefused(code: string, call: (client: AgendaClient) => Promise<unknown>, options = {}): Promise<void> {
  const { client, calls } = clientWith(undefined, options);
  const error = await rejection(call(client));
  expect(error, String(error)).to.be.instanceOf(AgendaError);
  expect((error as AgendaError).code).to.equal(code);
  expect((error as AgendaError).retryable).to.equal(false);
  expect((error as AgendaError).detail).to.be.a('string').and.not.empty;
  expect(calls, 'no request is made').to.have.length(0);
}

const position = { lat: 49.894, lon: 2.2957 };

describe('client argument checks', () => {
  it('Ax001: the key must be exactly 8 letters or digits', async () => {
    for (const apiKey of ['short', 'demokey12', 'demo-key', 'démokey1', '', 'demokey!']) {
      await expectRefused('Ax001', (client) => client.categories(), { apiKey });
      await expectRefused('Ax001', (client) => client.cityEvents({ city: 2 }), { apiKey });
    }
  });

  it('Ax003: categories must look like URIs', async () => {
    // Well-formed ones beyond the seven documented are for the API's list to judge (category-list.test.ts).
    for (const categories of [['Concert'], ['concert;theatre'], ['arts du spectacle'], ['concert', 'théâtre']]) {
      await expectRefused('Ax003', (client) => client.cityEvents({ city: 2, categories }));
      await expectRefused('Ax003', (client) => client.geoEvents({ ...position, radiusKm: 5, categories }));
      await expectRefused('Ax003', (client) => client.geoEvents({ restricted: true, categories }));
      await expectRefused('Ax003', (client) => client.nearbyCities({ ...position, categories }));
    }
  });

  it('Ax004: the city id must be a positive integer', async () => {
    for (const city of [0, -1, 1.5, 'abc', '2a', '', NaN, Number.MAX_SAFE_INTEGER + 2]) {
      await expectRefused('Ax004', (client) => client.cityEvents({ city }));
    }
  });

  it('Ax005: offset must be an integer ≥ 0 and limit an integer from 1 to 100', async () => {
    const bad: { offset?: unknown; limit?: unknown }[] = [
      { offset: -1 },
      { offset: 1.5 },
      { offset: 'x' },
      { limit: 0 },
      { limit: 101 },
      { limit: 2.5 },
      { offset: 0, limit: -3 },
    ];
    for (const paging of bad) {
      await expectRefused('Ax005', (client) => client.cityEvents({ city: 2, ...(paging as object) }));
      await expectRefused('Ax005', (client) => client.geoEvents({ ...position, radiusKm: 5, ...(paging as object) }));
      await expectRefused('Ax005', (client) => client.nearbyCities({ ...position, ...(paging as object) }));
    }
  });

  it('Ax006: the event id must be a positive integer', async () => {
    for (const id of [0, -4, 'abc', '12abc', 3.2, '']) {
      await expectRefused('Ax006', (client) => client.event(id as number));
    }
  });

  it('Ax009: latitude and longitude must be finite and in range', async () => {
    const bad = [
      { lat: 91, lon: 2 },
      { lat: -90.5, lon: 2 },
      { lat: 49, lon: 181 },
      { lat: 49, lon: -180.01 },
      { lat: NaN, lon: 2 },
      { lat: 49, lon: Infinity },
      { lat: '49,89', lon: 2 },
      { lat: 'abc', lon: 2 },
      { lat: undefined, lon: 2 },
    ];
    for (const coordinates of bad) {
      await expectRefused('Ax009', (client) => client.geoEvents({ ...(coordinates as object), radiusKm: 5 }));
      await expectRefused('Ax009', (client) => client.nearbyCities(coordinates as never));
    }
  });

  it('Ax010: the distance must be a positive finite decimal', async () => {
    for (const radiusKm of [0, -1, 'x', Infinity, undefined, '1,5', 1e-9]) {
      await expectRefused('Ax010', (client) => client.geoEvents({ ...position, radiusKm: radiusKm as number }));
    }
    await expectRefused('Ax010', (client) => client.nearbyCities({ ...position, maxDistanceKm: -2 }));
  });

  it('Ax013: excluded city ids must be positive integers', async () => {
    for (const exclude of [[0], ['a'], [1.5], [1, -2]]) {
      await expectRefused('Ax013', (client) => client.searchCities({ query: 'ami', exclude }));
      await expectRefused('Ax013', (client) => client.nearbyCities({ ...position, exclude }));
    }
  });

  it('checks arguments in URL order, the key first', async () => {
    await expectRefused('Ax001', (client) => client.cityEvents({ city: 'x', categories: ['nope'] }), { apiKey: 'bad' });
    await expectRefused('Ax004', (client) => client.cityEvents({ city: 'x', categories: ['nope'] }));
  });

  it('accepts numeric strings with spaces where a number is expected', async () => {
    const { client, calls } = clientWith(() => json({ events: [] }));
    await client.cityEvents({ city: ' 2 ', offset: '0' as never, limit: ' 5 ' as never });
    await client.geoEvents({ lat: ' 49.894 ', lon: '2.2957', radiusKm: ' 2.5 ' });
    expect(calls.map((call) => call.url)).to.deep.equal([
      'https://api.test/demokey1/json/2/concert,theatre,festival,jeune-public,danse,arts-du-spectacle,exposition/0,5',
      'https://api.test/demokey1/json/geo/49.894,2.2957/2.5',
    ]);
  });

  it('makes no request for an empty city search', async () => {
    const { client, calls } = clientWith();
    expect(await client.searchCities({ query: '  ' })).to.deep.equal([]);
    expect(calls).to.have.length(0);
  });

  it('refuses a non-http API base at construction', () => {
    expect(() => clientWith(undefined, { apiBase: 'ftp://x.example' })).to.throw(AgendaError).with.property('code', 'config');
  });
});

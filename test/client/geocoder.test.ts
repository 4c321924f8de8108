/**
 * The geocoder (API Adresse's `/search/`): against the reference server's copy at `/api`, and tolerance,
 * errors, abort, de-duplication and cache through an injected fetch.
 */
import { expect } from '@open-wc/testing';
import { AgendaError, DEFAULT_GEOCODER_BASE, Geocoder, getGeocoder, type Place } from '../../src/client/index.js';
import { normalizeGeocoderQuery } from '../../src/client/geocoder.js';
import { deferred, delay, fakeFetch, json, rejection, text, type Handler } from './helpers.js';

const TEST_BASE = 'https://geo.test';

/** A geocoder over a fake fetch, with fast retries and no cache unless asked. */
function geocoderWith(handler?: Handler, options: ConstructorParameters<typeof Geocoder>[0] = {}) {
  const fake = fakeFetch(handler);
  const geocoder = new Geocoder({ base: TEST_BASE, fetch: fake.fetch, retryDelayMs: 1, cacheSize: 0, ...options });
  return { geocoder, calls: fake.calls };
}

/** A feature as API Adresse writes it, with overrides of its properties. */
function feature(coordinates: unknown = [2.295753, 49.894067], properties: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      label: '12 Rue de la République 80000 Amiens',
      score: 0.97,
      id: '80021_7470_00012',
      type: 'housenumber',
      name: '12 Rue de la République',
      postcode: '80000',
      citycode: '80021',
      x: 648_500,
      y: 6_977_500,
      city: 'Amiens',
      context: '80, Somme, Hauts-de-France',
      importance: 0.7,
      ...properties,
    },
  };
}

const collection = (features: unknown[]) => ({ type: 'FeatureCollection', version: 'draft', features, attribution: 'BAN', licence: 'ETALAB-2.0' });

function expectAbort(error: unknown): void {
  expect(error, String(error)).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
}

async function agendaError(promise: Promise<unknown>): Promise<AgendaError> {
  const error = await rejection(promise);
  expect(error, String(error)).to.be.instanceOf(AgendaError);
  return error as AgendaError;
}

describe('geocoder', () => {
  describe('against the reference server at /api', () => {
    it('finds Amiens with its position, postcode, INSEE code and context', async () => {
      const places = await new Geocoder({ base: '/api' }).search('amiens');
      const amiens = places[0]!;
      expect(amiens.label).to.equal('Amiens');
      expect(amiens.city).to.equal('Amiens');
      expect(amiens.postcode).to.equal('80000');
      expect(amiens.citycode).to.equal('80021');
      expect(amiens.context).to.equal('80, Somme, Hauts-de-France');
      expect(amiens.lat).to.be.closeTo(49.9, 0.05);
      expect(amiens.lon).to.be.closeTo(2.3, 0.05);
    });

    it('finds the town named in an address', async () => {
      const places = await new Geocoder({ base: '/api' }).search('12 rue de la République, 80000 Amiens');
      expect(places[0]!.label).to.equal('Amiens');
    });

    it('makes no request for a query shorter than 3 characters', async () => {
      let requests = 0;
      const counting = ((input: RequestInfo | URL, init?: RequestInit) => {
        requests += 1;
        return fetch(input, init);
      }) as typeof fetch;
      const geocoder = new Geocoder({ base: '/api', fetch: counting });
      for (const query of ['', '  ', 'am', ' am ', '--a', '\u00a0é\u00a0']) {
        expect(await geocoder.search(query), JSON.stringify(query)).to.deep.equal([]);
      }
      expect(requests).to.equal(0);
      expect(await geocoder.search('  ami  ')).to.not.be.empty;
      expect(requests).to.equal(1);
    });

    it('honours limit: default 5, smaller, clamped to 20', async () => {
      const geocoder = new Geocoder({ base: '/api' });
      expect(await geocoder.search('sai')).to.have.length(5);
      expect(await geocoder.search('sai', { limit: 2 })).to.have.length(2);
      expect(await geocoder.search('sai', { limit: 500 })).to.have.length(20);
      expect(geocoder.searchUrl('sai', { limit: 500 })).to.match(/limit=20$/);
    });

    it('filters by type', async () => {
      const geocoder = new Geocoder({ base: '/api' });
      expect((await geocoder.search('amiens', { type: 'municipality' }))[0]!.label).to.equal('Amiens');
      expect(await geocoder.search('amiens', { type: 'street' })).to.deep.equal([]);
    });
  });

  describe('requests', () => {
    it('defaults to API Adresse and builds a canonical URL', () => {
      expect(DEFAULT_GEOCODER_BASE).to.equal('https://api-adresse.data.gouv.fr');
      const geocoder = new Geocoder();
      expect(geocoder.base).to.equal('https://api-adresse.data.gouv.fr');
      expect(geocoder.searchUrl('  12 rue de la  Paix, Paris ')).to.equal(
        'https://api-adresse.data.gouv.fr/search/?q=12+rue+de+la+Paix%2C+Paris&limit=5',
      );
      expect(geocoder.searchUrl('amiens', { limit: 3, type: 'municipality' })).to.equal(
        'https://api-adresse.data.gouv.fr/search/?q=amiens&limit=3&type=municipality',
      );
      expect(geocoder.searchUrl('am')).to.equal(null);
      expect(new Geocoder({ base: 'https://geo.test/proxy/' }).searchUrl('amiens')).to.equal('https://geo.test/proxy/search/?q=amiens&limit=5');
    });

    it('trims the query, drops leading punctuation and cuts it to 200 characters', () => {
      expect(normalizeGeocoderQuery('  Amiens \n')).to.equal('Amiens');
      expect(normalizeGeocoderQuery("'« Amiens »")).to.equal('Amiens »');
      expect(normalizeGeocoderQuery('ab')).to.equal(null);
      expect(normalizeGeocoderQuery(42 as unknown as string)).to.equal(null);
      expect([...normalizeGeocoderQuery('é'.repeat(300))!]).to.have.length(200);
    });

    it('refuses a limit that is not a positive integer with a config error', async () => {
      const { geocoder, calls } = geocoderWith();
      for (const limit of [0, -1, 2.5, Number.NaN]) {
        expect((await agendaError(geocoder.search('amiens', { limit }))).code).to.equal('config');
      }
      expect(calls).to.have.length(0);
    });

    it('refuses a base that is not http(s)', () => {
      expect(() => new Geocoder({ base: 'javascript:alert(1)' })).to.throw(AgendaError);
    });

    it('shares one geocoder per base', () => {
      expect(getGeocoder()).to.equal(getGeocoder(DEFAULT_GEOCODER_BASE));
      expect(getGeocoder('/api')).to.equal(getGeocoder(`${location.origin}/api/`));
      expect(getGeocoder('/api')).to.not.equal(getGeocoder());
    });
  });

  describe('tolerant parsing', () => {
    it('reads a well-formed feature', async () => {
      const { geocoder, calls } = geocoderWith(() => json(collection([feature()])));
      const places = await geocoder.search('12 rue de la république amiens');
      expect(calls[0]!.url).to.equal(`${TEST_BASE}/search/?q=12+rue+de+la+r%C3%A9publique+amiens&limit=5`);
      expect(places).to.deep.equal([
        {
          label: '12 Rue de la République 80000 Amiens',
          lat: 49.894067,
          lon: 2.295753,
          city: 'Amiens',
          postcode: '80000',
          citycode: '80021',
          context: '80, Somme, Hauts-de-France',
        } satisfies Place,
      ]);
    });

    it('drops features without a valid Point, accepts coordinates as strings', async () => {
      const features = [
        feature(['2.3', '49.9'], { label: 'strings' }),
        feature([2.3, 95], { label: 'latitude out of range' }),
        feature([200, 49.9], { label: 'longitude out of range' }),
        feature(['x', '49.9'], { label: 'not a number' }),
        feature([2.3], { label: 'one coordinate' }),
        feature(null, { label: 'no coordinates' }),
        { ...feature(), geometry: { type: 'LineString', coordinates: [2.3, 49.9] } },
        { type: 'Feature', properties: { label: 'no geometry' } },
        null,
        'feature',
        feature([2.3, 49.9], { label: 'numbers' }),
      ];
      const { geocoder } = geocoderWith(() => json(collection(features)));
      const places = await geocoder.search('amiens', { limit: 20 });
      expect(places.map((place) => place.label)).to.deep.equal(['strings', 'numbers']);
      expect(places[0]!.lat).to.equal(49.9);
      expect(places[0]!.lon).to.equal(2.3);
    });

    it('falls back to name or city for the label, and tolerates missing or numeric properties', async () => {
      const features = [
        feature(undefined, { label: '', name: 'Amiens', type: 'municipality', city: undefined }),
        feature(undefined, { label: undefined, name: undefined, city: 'Abbeville' }),
        feature(undefined, { label: '  ', name: null, city: '' }),
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2.3, 49.9] } },
        feature(undefined, { label: 'Rue', postcode: 80120, citycode: 80688, context: null, city: 12 }),
      ];
      const { geocoder } = geocoderWith(() => json(collection(features)));
      const places = await geocoder.search('amiens', { limit: 20 });
      expect(places.map((place) => [place.label, place.city])).to.deep.equal([
        ['Amiens', 'Amiens'],
        ['Abbeville', 'Abbeville'],
        ['Rue', '12'],
      ]);
      expect(places[2]).to.include({ postcode: '80120', citycode: '80688', context: '' });
    });

    it('keeps at most limit places even when the service sends more', async () => {
      const { geocoder } = geocoderWith(() => json(collection(Array.from({ length: 8 }, () => feature()))));
      expect(await geocoder.search('amiens', { limit: 3 })).to.have.length(3);
    });

    it('answers [] for an empty collection, and a parse error for a body that is not one', async () => {
      expect(await geocoderWith(() => json(collection([]))).geocoder.search('zzzz')).to.deep.equal([]);
      for (const body of [{}, { features: 'none' }, [], null]) {
        const { geocoder } = geocoderWith(() => json(body));
        expect((await agendaError(geocoder.search('amiens'))).code, JSON.stringify(body)).to.equal('parse');
      }
      const { geocoder } = geocoderWith(() => text('<html>maintenance</html>'));
      expect((await agendaError(geocoder.search('amiens'))).code).to.equal('parse');
    });
  });

  describe('errors', () => {
    it('turns an HTTP error into AgendaError("http") with its status, retrying only transient ones', async () => {
      const bad = geocoderWith(() => json({ code: 400, message: 'q must contain between 3 and 200 chars' }, 400));
      const error = await agendaError(bad.geocoder.search('amiens'));
      expect(error.code).to.equal('http');
      expect(error.status).to.equal(400);
      expect(bad.calls).to.have.length(1);

      const busy = geocoderWith((_url, _init, index) => (index === 0 ? json({}, 503) : json(collection([feature()]))));
      expect(await busy.geocoder.search('amiens')).to.have.length(1);
      expect(busy.calls).to.have.length(2);

      const down = geocoderWith(() => json({}, 502), { retries: 0 });
      const downError = await agendaError(down.geocoder.search('amiens'));
      expect([downError.code, downError.status]).to.deep.equal(['http', 502]);
    });

    it('reports network failures and timeouts like the client', async () => {
      const offline = geocoderWith(() => Promise.reject(new TypeError('Failed to fetch')), { retries: 0 });
      expect((await agendaError(offline.geocoder.search('amiens'))).code).to.equal('network');
      const slow = geocoderWith(() => new Promise<Response>(() => {}), { retries: 0, timeoutMs: 30 });
      expect((await agendaError(slow.geocoder.search('amiens'))).code).to.equal('timeout');
    });
  });

  describe('abort, de-duplication, cache', () => {
    it('rejects with AbortError when the caller aborts, before or during the request', async () => {
      const { geocoder, calls } = geocoderWith(() => new Promise<Response>(() => {}), { retries: 3 });
      const controller = new AbortController();
      const pending = geocoder.search('amiens', { signal: controller.signal });
      await delay(10);
      controller.abort();
      expectAbort(await rejection(pending));
      expect(calls).to.have.length(1);
      expect(calls[0]!.init!.signal!.aborted).to.equal(true);
      expectAbort(await rejection(geocoder.search('amiens', { signal: AbortSignal.abort() })));
      expect(calls).to.have.length(1);
    });

    it('shares one request between identical concurrent searches and caches the answer', async () => {
      const answer = deferred<Response>();
      const { geocoder, calls } = geocoderWith((_url, _init, index) => (index === 0 ? answer.promise : json(collection([]))), {
        cacheSize: 10,
      });
      const first = geocoder.search('amiens');
      const second = geocoder.search(' amiens ');
      await delay(5);
      answer.resolve(json(collection([feature()])));
      const [a, b] = await Promise.all([first, second]);
      expect(a).to.deep.equal(b);
      expect(a).to.not.equal(b);
      expect(calls).to.have.length(1);
      expect(await geocoder.search('amiens')).to.deep.equal(a);
      expect(calls).to.have.length(1);
      geocoder.clearCache();
      expect(await geocoder.search('amiens')).to.deep.equal([]);
      expect(calls).to.have.length(2);
    });
  });
});

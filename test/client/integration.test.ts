/**
 * The client against the reference server mounted at `/api` by the test runner (docs/wire-format.md):
 * keys `demokey1` (full access), `zonekey1` (restricted to a zone around Amiens, city 2), `offkey01` (disabled).
 */
import { expect } from '@open-wc/testing';
import { AgendaClient, AgendaError, KNOWN_CATEGORIES, type EventSummary } from '../../src/client/index.js';
import { rejection } from './helpers.js';

const AMIENS = { id: 2, lat: 49.894, lon: 2.2957 };

function client(apiKey = 'demokey1'): AgendaClient {
  return new AgendaClient({ apiKey, apiBase: '/api', onDropped: (record, reason) => {
    throw new Error(`the reference server sent an unusable record (${reason}): ${JSON.stringify(record)}`);
  } });
}

async function apiError(promise: Promise<unknown>): Promise<AgendaError> {
  const error = await rejection(promise);
  expect(error, String(error)).to.be.instanceOf(AgendaError);
  return error as AgendaError;
}

function expectWellFormed(event: EventSummary): void {
  expect(event.id).to.be.a('number').above(0);
  expect(event.title).to.be.a('string').and.not.empty;
  expect(KNOWN_CATEGORIES as readonly string[]).to.include(event.category.uri);
  expect(event.category.color).to.match(/^#[0-9a-f]{6}$/);
  expect(event.nextDate).to.match(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
}

describe('client against the reference server', () => {
  it('lists the seven categories', async () => {
    const categories = await client().categories();
    expect(categories.map((category) => category.uri)).to.have.members([...KNOWN_CATEGORIES]);
    for (const category of categories) {
      expect(category.name).to.be.a('string').and.not.empty;
      expect(category.color).to.match(/^#[0-9a-f]{6}$/);
    }
  });

  it('lists the upcoming events of Amiens', async () => {
    const page = await client().cityEvents({ city: AMIENS.id });
    expect(page).to.include({ offset: 0, limit: 15, dropped: 0 });
    expect(page.items).to.have.length.within(1, 15);
    page.items.forEach(expectWellFormed);
  });

  it('pages through a listing', async () => {
    const api = client();
    const first = await api.cityEvents({ city: AMIENS.id, offset: 0, limit: 5 });
    const second = await api.cityEvents({ city: AMIENS.id, offset: 5, limit: 5 });
    expect(first.items).to.have.length(5);
    expect(first.hasMore).to.equal(true);
    expect(second).to.include({ offset: 5, limit: 5 });
    // An event can come back at several dates, so a listing row is an (id, date) pair.
    const rows = (page: typeof first) => page.items.map((event) => `${event.id}@${event.nextDate}`);
    expect(rows(second).filter((row) => rows(first).includes(row))).to.deep.equal([]);
  });

  it('filters a listing by category', async () => {
    const page = await client().cityEvents({ city: AMIENS.id, categories: ['concert', 'theatre'], limit: 30 });
    for (const event of page.items) expect(['concert', 'theatre']).to.include(event.category.uri);
  });

  it('reads the detail of a listed event', async () => {
    const api = client();
    const [listed] = (await api.cityEvents({ city: AMIENS.id, limit: 1 })).items;
    const detail = await api.event(listed!.id);
    expect(detail).to.include({ id: listed!.id, title: listed!.title, cityId: AMIENS.id });
    expect(detail.performances).to.be.an('array').that.is.not.empty;
    for (const performance of detail.performances) {
      expect(performance.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
      for (const time of performance.times) expect(time).to.match(/^\d{2}:\d{2}$/);
    }
    if (detail.pageUrl !== null) expect(detail.pageUrl).to.match(/^https?:\/\//);
  });

  it('lists events around a position, within the radius', async () => {
    const page = await client().geoEvents({ lat: AMIENS.lat, lon: AMIENS.lon, radiusKm: 10 });
    expect(page.items).to.not.be.empty;
    for (const event of page.items) {
      expectWellFormed(event);
      expect(event.distanceKm).to.be.a('number').at.most(10.01);
      expect(event.cityId).to.be.a('number');
    }
  });

  it('lists the events of a zone-restricted key with the bare geo/, and refuses it to other keys', async () => {
    const page = await client('zonekey1').geoEvents({ restricted: true, limit: 5 });
    expect(page.items).to.not.be.empty;
    page.items.forEach(expectWellFormed);
    expect((await apiError(client().geoEvents({ restricted: true }))).code).to.equal('Ax017');
  });

  it('completes city names', async () => {
    const cities = await client().searchCities({ query: 'ami' });
    expect(cities.length).to.be.within(1, 10);
    expect(cities.find((city) => city.id === AMIENS.id)).to.include({ name: 'Amiens' });
    const excluded = await client().searchCities({ query: 'ami', exclude: [AMIENS.id] });
    expect(excluded.map((city) => city.id)).not.to.include(AMIENS.id);
    expect(await client().searchCities({ query: 'zzzzqqq' })).to.deep.equal([]);
  });

  it('lists the nearest cities, nearest first', async () => {
    const cities = await client().nearbyCities({ lat: AMIENS.lat, lon: AMIENS.lon });
    expect(cities.length).to.be.within(1, 10);
    expect(cities[0]!.id).to.equal(AMIENS.id);
    const distances = cities.map((city) => city.distanceKm);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    for (const city of cities) expect(city.eventCount).to.be.above(0);
  });

  it('pages and filters nearest cities (skipped geocities segments get neutral values)', async () => {
    const api = client();
    const all = await api.nearbyCities({ lat: AMIENS.lat, lon: AMIENS.lon, limit: 4 });
    const second = await api.nearbyCities({ lat: AMIENS.lat, lon: AMIENS.lon, offset: 2, limit: 2 });
    expect(second.map((city) => city.id)).to.deep.equal(all.slice(2, 4).map((city) => city.id));
    const near = await api.nearbyCities({ lat: AMIENS.lat, lon: AMIENS.lon, maxDistanceKm: 5 });
    for (const city of near) expect(city.distanceKm).to.be.at.most(5);
    const concerts = await api.nearbyCities({ lat: AMIENS.lat, lon: AMIENS.lon, categories: ['concert'], exclude: [AMIENS.id] });
    expect(concerts.map((city) => city.id)).not.to.include(AMIENS.id);
  });

  it('resizes an event image through thumb.php', async () => {
    const api = client();
    const event = (await api.cityEvents({ city: AMIENS.id, limit: 15 })).items.find((item) => item.image);
    expect(event, 'an event with an image').to.exist;
    const { src } = api.thumbnail(event!.image!, { width: 80, height: 60 });
    const response = await fetch(src);
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.match(/^image\//);
  });

  it('reports the server’s own error codes', async () => {
    expect((await apiError(client('zzzzzzzz').categories())).code).to.equal('Ax001');
    expect((await apiError(client('offkey01').categories())).code).to.equal('Ax019');
    expect((await apiError(client().cityEvents({ city: 999_999_999 }))).code).to.equal('Ax004');
    expect((await apiError(client().event(999_999_999))).code).to.equal('Ax007');
  });
});

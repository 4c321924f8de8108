import { expect } from '@open-wc/testing';
import { googleCalendarUrl } from '../../src/detail/google-calendar.js';
import { makeDetail } from './fixture.js';

/** Instants, as Date, from a UTC ISO string. */
const at = (iso: string): Date => new Date(iso);

function params(url: string): URLSearchParams {
  const parsed = new URL(url);
  expect(parsed.origin).to.equal('https://calendar.google.com');
  expect(parsed.pathname).to.equal('/calendar/render');
  return parsed.searchParams;
}

describe('googleCalendarUrl', () => {
  it('builds a TEMPLATE link for the next performance', () => {
    const query = params(googleCalendarUrl(makeDetail(), undefined, { now: at('2026-11-22T06:00:00Z') }));
    expect(query.get('action')).to.equal('TEMPLATE');
    expect(query.get('text')).to.equal('Concert de Noël');
    expect(query.get('dates')).to.equal('20261218T203000/20261218T223000');
    expect(query.get('ctz')).to.equal('Europe/Paris');
    expect(query.get('location')).to.equal('Maison de la Culture, 2 place Léon Gontier, 80000 Amiens');
    expect(query.get('details')).to.equal(
      'Un concert de fin d’année.\n\nRéservations au 03 22 00 00 00\n\nhttps://billetterie.example.fr/noel\n\n' +
        'https://www.agendaculturel.fr/concert/amiens/concert-de-noel.html',
    );
  });

  it('does not repeat the postcode and town the street address already holds', () => {
    const detail = makeDetail({ venueAddress: '28 rue Gambetta, 80000 Amiens' });
    const query = params(googleCalendarUrl(detail, undefined, { now: at('2026-11-22T06:00:00Z') }));
    expect(query.get('location')).to.equal('Maison de la Culture, 28 rue Gambetta, 80000 Amiens');
  });

  it('encodes reserved characters so they survive the round trip', () => {
    const title = 'Rock & Roll #1 ? a=b+c / 100% 😀';
    const query = params(googleCalendarUrl(makeDetail({ title }), undefined, { now: at('2026-11-22T06:00:00Z') }));
    expect(query.get('text')).to.equal(title);
  });

  it('moves to the next show once one has started, in Paris time', () => {
    // 13:00 in Paris (UTC+1): the 15:00 show on the 19th is next.
    const noon = params(googleCalendarUrl(makeDetail(), undefined, { now: at('2026-12-19T12:00:00Z') }));
    expect(noon.get('dates')).to.equal('20261219T150000/20261219T170000');
    // 15:30 in Paris: the 15:00 show has started, the 20:30 one is next.
    const afternoon = params(googleCalendarUrl(makeDetail(), undefined, { now: at('2026-12-19T14:30:00Z') }));
    expect(afternoon.get('dates')).to.equal('20261219T203000/20261219T223000');
  });

  it('uses the last performance when all are past', () => {
    const query = params(googleCalendarUrl(makeDetail(), undefined, { now: at('2027-06-01T00:00:00Z') }));
    expect(query.get('dates')).to.equal('20261219T203000/20261219T223000');
  });

  it('uses a given performance at its earliest time', () => {
    const query = params(googleCalendarUrl(makeDetail(), { date: '2026-12-19', times: ['20:30', '15:00'] }));
    expect(query.get('dates')).to.equal('20261219T150000/20261219T170000');
  });

  it('writes a day without time as an all-day entry ending the next day', () => {
    const query = params(googleCalendarUrl(makeDetail(), { date: '2026-12-31', times: [] }));
    expect(query.get('dates')).to.equal('20261231/20270101');
  });

  it('rolls a late show over midnight', () => {
    const query = params(googleCalendarUrl(makeDetail(), { date: '2026-12-31', times: ['23:30'] }));
    expect(query.get('dates')).to.equal('20261231T233000/20270101T013000');
  });

  it('falls back to the start and end dates as an all-day span', () => {
    const detail = makeDetail({ performances: [], startDate: '2026-12-18', endDate: '2026-12-24', defaultTimes: [] });
    const query = params(googleCalendarUrl(detail, undefined, { now: at('2026-11-22T06:00:00Z') }));
    expect(query.get('dates')).to.equal('20261218/20261225');
  });

  it('leaves dates out when no date is known', () => {
    const detail = makeDetail({ performances: [], startDate: null, endDate: null });
    expect(params(googleCalendarUrl(detail)).has('dates')).to.be.false;
  });

  it('keeps unsafe URLs out of the details and caps their length', () => {
    const detail = makeDetail({
      pageUrl: 'javascript:alert(1)',
      bookingUrl: 'vbscript:x',
      bookingInfo: '',
      excerpt: 'mot '.repeat(1000),
    });
    const details = params(googleCalendarUrl(detail, undefined, { now: at('2026-11-22T06:00:00Z') })).get('details')!;
    expect(details).to.not.contain('javascript:');
    expect(details).to.not.contain('vbscript:');
    expect([...details].length).to.be.at.most(1500);
    expect(details.endsWith('mot…')).to.be.true;
  });

  it('omits empty details and location', () => {
    const detail = makeDetail({
      excerpt: '',
      bookingInfo: '',
      bookingUrl: null,
      pageUrl: null,
      venue: '',
      venueAddress: '',
      postcode: '',
      cityName: undefined,
    });
    const query = params(googleCalendarUrl(detail, undefined, { now: at('2026-11-22T06:00:00Z') }));
    expect(query.has('details')).to.be.false;
    expect(query.has('location')).to.be.false;
  });
});

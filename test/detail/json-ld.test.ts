import { expect } from '@open-wc/testing';
import { eventJsonLd, jsonLdScript } from '../../src/detail/json-ld.js';
import { makeDetail } from './fixture.js';

describe('eventJsonLd', () => {
  it('describes the event field by field', () => {
    expect(eventJsonLd(makeDetail())).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Concert de Noël',
      startDate: '2026-12-18T20:30:00+01:00',
      endDate: '2026-12-19',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Maison de la Culture',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '2 place Léon Gontier',
          postalCode: '80000',
          addressLocality: 'Amiens',
          addressCountry: 'FR',
        },
      },
      image: ['https://images.example.fr/noel.jpg'],
      description: 'Un concert de fin d’année.',
      offers: {
        '@type': 'AggregateOffer',
        lowPrice: 10,
        highPrice: 12,
        priceCurrency: 'EUR',
        url: 'https://billetterie.example.fr/noel',
        availability: 'https://schema.org/InStock',
      },
      performer: [
        { '@type': 'PerformingGroup', name: 'Orchestre de Picardie' },
        { '@type': 'PerformingGroup', name: 'Jeanne Martin' },
      ],
      organizer: { '@type': 'Organization', name: 'Ville d’Amiens' },
      url: 'https://www.agendaculturel.fr/concert/amiens/concert-de-noel.html',
    });
  });

  it('marks a cancelled event and claims no availability', () => {
    const data = eventJsonLd(makeDetail({ cancelled: true }));
    expect(data.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(data.offers).to.not.have.property('availability');
  });

  it('uses the Paris offset of the day: +01:00 in winter, +02:00 in summer', () => {
    const start = (date: string, time: string): unknown =>
      eventJsonLd(makeDetail({ performances: [{ date, times: [time] }] })).startDate;
    expect(start('2027-01-15', '20:00')).to.equal('2027-01-15T20:00:00+01:00');
    expect(start('2026-07-14', '22:30')).to.equal('2026-07-14T22:30:00+02:00');
    // Around the switches of 2026 (29 March, 25 October).
    expect(start('2026-03-29', '01:30')).to.equal('2026-03-29T01:30:00+01:00');
    expect(start('2026-03-29', '03:30')).to.equal('2026-03-29T03:30:00+02:00');
    expect(start('2026-03-28', '23:59')).to.equal('2026-03-28T23:59:00+01:00');
    expect(start('2026-10-24', '23:00')).to.equal('2026-10-24T23:00:00+02:00');
    expect(start('2026-10-25', '04:00')).to.equal('2026-10-25T04:00:00+01:00');
    expect(start('2026-10-25', '00:00')).to.equal('2026-10-25T00:00:00+02:00');
  });

  it('uses plain dates when no time is known, and no end for a single day', () => {
    const allDay = eventJsonLd(makeDetail({ performances: [{ date: '2026-12-18', times: [] }] }));
    expect(allDay.startDate).to.equal('2026-12-18');
    expect(allDay).to.not.have.property('endDate');
    const span = eventJsonLd(makeDetail({ performances: [], startDate: '2026-12-18', endDate: '2026-12-24' }));
    expect(span.startDate).to.equal('2026-12-18');
    expect(span.endDate).to.equal('2026-12-24');
    const none = eventJsonLd(makeDetail({ performances: [], startDate: null, endDate: null }));
    expect(none).to.not.have.property('startDate');
  });

  it('describes a free event', () => {
    const data = eventJsonLd(makeDetail({ free: true, price: null, priceText: '' }));
    expect(data.isAccessibleForFree).to.equal(true);
    expect(data.offers).to.deep.equal({
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url: 'https://billetterie.example.fr/noel',
      availability: 'https://schema.org/InStock',
    });
  });

  it('describes a single price as an Offer', () => {
    const data = eventJsonLd(makeDetail({ price: { min: 15, max: 15 }, priceText: '15.00' }));
    expect(data).to.not.have.property('isAccessibleForFree');
    expect(data.offers).to.deep.include({ '@type': 'Offer', price: 15, priceCurrency: 'EUR' });
  });

  it('keeps only the booking link when the price is unknown, and no offer without either', () => {
    const unknown = eventJsonLd(makeDetail({ price: null, priceText: 'Prix libre' }));
    expect(unknown.offers).to.deep.equal({
      '@type': 'Offer',
      url: 'https://billetterie.example.fr/noel',
      availability: 'https://schema.org/InStock',
    });
    const zero = eventJsonLd(makeDetail({ price: { min: 0, max: 0 }, priceText: '0.00' }));
    expect(zero.offers).to.not.have.property('price');
    expect(eventJsonLd(makeDetail({ price: null, bookingUrl: null }))).to.not.have.property('offers');
  });

  it('drops URLs that are not http(s)', () => {
    const data = eventJsonLd(
      makeDetail({ image: 'javascript:alert(1)', pageUrl: 'JavaScript:alert(1)', bookingUrl: 'data:text/html,x' }),
    );
    expect(data).to.not.have.property('image');
    expect(data).to.not.have.property('url');
    expect(data.offers).to.not.have.property('url');
    expect(JSON.stringify(data)).to.not.match(/javascript|data:/i);
  });

  it('leaves out unknown venue, performers and organizer', () => {
    const data = eventJsonLd(
      makeDetail({ venue: '', venueAddress: '', postcode: '', cityName: undefined, artists: [], organizer: ' ' }),
    );
    expect(data).to.not.have.property('location');
    expect(data).to.not.have.property('performer');
    expect(data).to.not.have.property('organizer');
  });
});

describe('jsonLdScript', () => {
  const hostile = makeDetail({
    title: '</script><script>window.__xss = 1</script><!-- & \u2028\u2029 >',
    excerpt: '</SCRIPT ><img src=x onerror="window.__xss = 1">',
  });

  it('round-trips through JSON.parse', () => {
    const data = eventJsonLd(hostile);
    expect(JSON.parse(jsonLdScript(data))).to.deep.equal(data);
  });

  it('contains no <, >, &, U+2028 or U+2029', () => {
    expect(jsonLdScript(eventJsonLd(hostile))).to.not.match(/[<>&\u2028\u2029]/);
  });

  it('cannot break out of a script element even when parsed as HTML', async () => {
    const json = jsonLdScript(eventJsonLd(hostile));
    const doc = new DOMParser().parseFromString(
      `<!doctype html><body><script type="application/ld+json">${json}</script><p id="after">ok</p></body>`,
      'text/html',
    );
    const scripts = doc.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.textContent).to.equal(json);
    expect(doc.querySelector('img')).to.equal(null);
    expect(JSON.parse(scripts[0]!.textContent!)).to.deep.equal(eventJsonLd(hostile));
  });

  it('works written as textContent into the page', () => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = jsonLdScript(eventJsonLd(hostile));
    document.body.append(script);
    expect(JSON.parse(script.textContent)).to.deep.equal(eventJsonLd(hostile));
    script.remove();
  });
});

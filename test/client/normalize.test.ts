import { expect } from '@open-wc/testing';
import { AgendaError, type EventDetail } from '../../src/client/index.js';
import { toLocalDateTime } from '../../src/client/dates.js';
import { toTime } from '../../src/client/times.js';
import { toArtists, toBoolean, toColor } from '../../src/client/normalize.js';
import { toPerformances, toPrice } from '../../src/client/normalize-detail.js';
import { excerpt, htmlToText } from '../../src/client/text.js';
import { httpUrl } from '../../src/client/validate.js';
import { clientWith, json, rawEvent, rejection } from './helpers.js';

/** The page a listing answer `body` becomes. */
async function pageOf(body: unknown, query = {}) {
  const dropped: [unknown, string][] = [];
  const { client } = clientWith(() => json(body), { onDropped: (record, reason) => dropped.push([record, reason]) });
  const page = await client.cityEvents({ city: 2, ...query });
  return { page, dropped };
}

/** The detail an event answer `body` becomes. */
async function detailOf(body: unknown): Promise<EventDetail> {
  const { client } = clientWith(() => json(body));
  return client.event(101);
}

describe('client normalisation', () => {
  describe('envelopes', () => {
    const records = [rawEvent({ id_agenda: '1' }), rawEvent({ id_agenda: '2' })];
    const variants: [string, unknown][] = [
      ['bare array', records],
      ['events', { events: records }],
      ['data', { data: records }],
      ['results', { results: records }],
      ['items with siblings', { total: 2, items: records }],
      ['unknown key', { whatever: records }],
      ['unknown key after a list of strings', { total: '2', filtres: ['concert'], resultats: records }],
      ['keyed by id', { 1: records[0], 2: records[1] }],
      ['keyed by id under events', { events: { 1: records[0], 2: records[1] } }],
      ['nested wrapper', { response: { events: records } }],
      ['a known key of strings before the list', { categories: ['concert'], data: records }],
      ['a wrapper with a title of its own', { title: 'Agenda d’Amiens', evts: records }],
      ['a wrapper naming its town', { ville: 'Amiens', liste: records }],
      ['its own list after another', { categories: [{ nomcat: 'concert', cat_s: 'Concert' }], evenements: records }],
      ['keyed by id, records without their id', { events: { 1: { ...records[0], id_agenda: undefined }, 2: { ...records[1], id_agenda: undefined } } }],
    ];
    for (const [name, body] of variants) {
      it(`reads a listing as ${name}`, async () => {
        const { page } = await pageOf(body);
        expect(page.items.map((event) => event.id)).to.deep.equal([1, 2]);
      });
    }

    it('reads null and empty lists as empty', async () => {
      const { client } = clientWith((url) => json(url.includes('citylist') ? { cities: null } : { cities: null }));
      expect(await client.searchCities({ query: 'zzz' })).to.deep.equal([]);
      expect(await client.nearbyCities({ lat: 49, lon: 2 })).to.deep.equal([]);
      expect((await pageOf({ events: [] })).page.items).to.deep.equal([]);
      expect((await pageOf({})).page.items).to.deep.equal([]);
    });

    it('reads a lone record with artists as a list of one', async () => {
      const { page } = await pageOf(rawEvent({ id_agenda: '7', artistes: [{ nom: 'A' }, { nom: 'B' }] }));
      expect(page.items.map((event) => event.id)).to.deep.equal([7]);
      const other = await pageOf({ id: '5', titre: 'X', date_debut: '2026-12-01', tarifs: [{ prix: '10' }] });
      expect(other.page.items.map((event) => event.id)).to.deep.equal([5]);
    });

    it('reads a detail bare, wrapped, or as a one-element list', async () => {
      const wrappers = [
        { event: rawEvent() },
        { data: rawEvent() },
        [rawEvent()],
        { data: [rawEvent()] },
        { title: 'Détail', event: rawEvent() },
        { status: 'ok', events: [rawEvent()] },
        { status: 'ok', results: rawEvent() },
        { statut: 'ok', total: 1, fiche: rawEvent() },
      ];
      for (const body of [rawEvent(), ...wrappers]) {
        expect((await detailOf(body)).id, JSON.stringify(body).slice(0, 40)).to.equal(101);
      }
    });

    it('rejects with parse when a detail is not an object', async () => {
      for (const body of ['just text', 42, null, [rawEvent(), rawEvent()], true]) {
        const error = await rejection(detailOf(body));
        expect(error, JSON.stringify(body)).to.be.instanceOf(AgendaError).with.property('code', 'parse');
      }
    });

    it('rejects with parse when a listing is not a list', async () => {
      const { client } = clientWith(() => json('nope'));
      expect(await rejection(client.cityEvents({ city: 2 }))).to.have.property('code', 'parse');
    });
  });

  describe('listing records', () => {
    it('maps every documented field, converting strings', async () => {
      const { page } = await pageOf({
        events: [
          rawEvent({
            gratuit: '1',
            sponsored: 'true',
            etat: 'annule',
            distance: '3.4',
            id_ville: '2',
            ville: 'Amiens',
            date_debut: '2026-12-01 20:30:00',
            nextdate: '03/12/2026',
          }),
        ],
      });
      const [event] = page.items;
      expect(event).to.deep.include({
        id: 101,
        title: 'Quatuor Ébène',
        descriptionHtml: '<p>Un concert</p>',
        excerpt: 'Un concert',
        free: true,
        featured: true,
        cancelled: true,
        bookingUrl: 'https://billetterie.example/101',
        image: 'https://img.example/101.jpg',
        startDate: '2026-12-01T20:30',
        endDate: '2026-12-01',
        nextDate: '2026-12-03',
        venue: 'Maison de la Culture',
        artists: ['Pierre Colombet', 'Gabriel Le Magadure'],
        artistCount: 2,
        distanceKm: 3.4,
        cityId: 2,
        cityName: 'Amiens',
      });
      expect(event!.category).to.deep.equal({ uri: 'concert', name: 'Concert', color: '#e63946' });
    });

    it('takes numbers and booleans as numbers, strings or booleans', async () => {
      const { page } = await pageOf([rawEvent({ id_agenda: 7, gratuit: true, sponsored: 0, nb_artistes: 5, distance: 12.5 })]);
      expect(page.items[0]).to.deep.include({ id: 7, free: true, featured: false, artistCount: 5, distanceKm: 12.5 });
    });

    it('reads "free" in words, and a booking address typed without its scheme', async () => {
      const words = ['Gratuit', 'gratuite', 'Entrée libre', 'free', 'Prix libre', 'Payant', 'www.billetterie.fr/concert?id=3', 'billetterie', 'www.', 'javascript:alert(1)'];
      const { page } = await pageOf(words.map((word, index) => rawEvent({ id_agenda: String(index + 1), gratuit: word, url_resa: word })));
      expect(page.items.map((event) => event.free)).to.deep.equal([true, true, true, true, false, false, false, false, false, false]);
      expect(page.items.map((event) => event.bookingUrl).filter(Boolean)).to.deep.equal(['https://www.billetterie.fr/concert?id=3']);
    });

    it('reads the documentation’s misspelt category URI art-du-spectacle as arts-du-spectacle', async () => {
      const { page } = await pageOf([rawEvent({ cat_url: 'art-du-spectacle', cat_nom: 'Arts du spectacle' })]);
      expect(page.items[0]!.category.uri).to.equal('arts-du-spectacle');
    });

    it('survives missing optional fields', async () => {
      const { page } = await pageOf([{ id_agenda: '9', titre: 'Minimal' }]);
      expect(page.items[0]).to.deep.equal({
        id: 9,
        title: 'Minimal',
        descriptionHtml: '',
        excerpt: '',
        free: false,
        bookingUrl: null,
        image: null,
        category: { uri: '', name: '', color: null },
        startDate: null,
        endDate: null,
        nextDate: null,
        cancelled: false,
        venue: '',
        featured: false,
        artists: [],
        artistCount: 0,
      });
    });

    it('drops records without id or title, reports and counts them, keeps the rest', async () => {
      const records = [
        rawEvent({ id_agenda: '1' }),
        rawEvent({ id_agenda: undefined }),
        rawEvent({ id_agenda: '3', titre: '  ' }),
        'not a record',
        null,
        rawEvent({ id_agenda: 'abc' }),
        rawEvent({ id_agenda: '6' }),
      ];
      const { page, dropped } = await pageOf(records, { limit: 7 });
      expect(page.items.map((event) => event.id)).to.deep.equal([1, 6]);
      expect(page.dropped).to.equal(5);
      expect(dropped.map(([, reason]) => reason)).to.deep.equal([
        'missing id',
        'missing title',
        'not an object',
        'not an object',
        'missing id',
      ]);
      // The reporter gets the record itself (as parsed from JSON), for logging.
      expect(dropped[0]![0]).to.deep.equal(JSON.parse(JSON.stringify(records[1])));
      // Seven records came back for a limit of 7: the next page may hold more, drops notwithstanding.
      expect(page.hasMore).to.equal(true);
    });

    it('sets hasMore from the raw count against the limit', async () => {
      expect((await pageOf([rawEvent(), rawEvent()], { limit: 2 })).page).to.include({ hasMore: true, offset: 0, limit: 2 });
      expect((await pageOf([rawEvent()], { offset: 4, limit: 2 })).page).to.include({ hasMore: false, offset: 4, limit: 2 });
      expect((await pageOf([rawEvent()])).page).to.include({ hasMore: false, offset: 0, limit: 15 });
    });

    it('keeps only http(s) URLs', async () => {
      const { page } = await pageOf([
        rawEvent({ url_resa: 'javascript:alert(1)', visuel: 'img/a.jpg' }),
        rawEvent({ url_resa: ' JaVaScRiPt:alert(1)', visuel: 'javascript:alert(1)' }),
        rawEvent({ url_resa: 'java\nscript:alert(1)', visuel: 'data:image/png;base64,AAAA' }),
        rawEvent({ url_resa: 'javascript&#58;alert(1)', visuel: 'ftp://files.example/a.jpg' }),
        rawEvent({ url_resa: '/reserver', visuel: '/\tjavascript:alert(1)' }),
      ]);
      expect(page.items).to.have.length(5);
      for (const event of page.items) {
        expect(event.bookingUrl).to.equal(null);
        expect(event.image === null || event.image.startsWith('https://api.test/'), String(event.image)).to.equal(true);
      }
    });

    it('resolves an image given as a path ("chemin absolu") against the API, in listings and details', async () => {
      const { page } = await pageOf([rawEvent({ visuel: '/static/im/visuels/12.jpg' }), rawEvent({ visuel: '//static.example/a.jpg' })]);
      expect(page.items.map((event) => event.image)).to.deep.equal(['https://api.test/static/im/visuels/12.jpg', 'https://static.example/a.jpg']);
      expect((await detailOf({ event: rawEvent({ visuel: '/static/im/visuels/12.jpg' }) })).image).to.equal('https://api.test/static/im/visuels/12.jpg');
    });

    it('reads artists in every shape', async () => {
      expect(toArtists('A, B ,, C')).to.deep.equal(['A', 'B', 'C']);
      expect(toArtists(['A', ' B '])).to.deep.equal(['A', 'B']);
      expect(toArtists([{ nom: 'A' }, { name: 'B' }, { artiste: 'C' }, {}])).to.deep.equal(['A', 'B', 'C']);
      expect(toArtists(null)).to.deep.equal([]);
      expect(toArtists(undefined)).to.deep.equal([]);
      expect(toArtists('')).to.deep.equal([]);
      const { page } = await pageOf([rawEvent({ artistes: null, nb_artistes: '0' })]);
      expect(page.items[0]).to.deep.include({ artists: [], artistCount: 0 });
    });

    it('decodes entities in titles and venues', async () => {
      const { page } = await pageOf([rawEvent({ titre: 'Rock &amp; Folk &#8211; l&rsquo;été', lieu: 'Caf&eacute; <b>Concert</b>' })]);
      expect(page.items[0]).to.deep.include({ title: 'Rock & Folk – l’été', venue: 'Café Concert' });
    });
  });

  describe('cities and categories', () => {
    it('reads citylist, geocities and category records with string numbers', async () => {
      const { client } = clientWith((url) => {
        if (url.endsWith('/category')) {
          return json({ categories: [{ cat_s: 'Concert', nomcat: 'concert', couleur: 'E63946' }, { cat_s: 'Sans URI' }] });
        }
        if (url.includes('/citylist/')) return json({ cities: [{ id: '2', ville: 'Amiens', dep: 'Somme' }, { ville: 'No id' }] });
        return json({ cities: [{ id: '2', ville: 'Amiens', dep: 'Somme', nb_events: '42', distance: '1.25' }] });
      });
      expect(await client.categories()).to.deep.equal([{ uri: 'concert', name: 'Concert', color: '#e63946' }]);
      expect(await client.searchCities({ query: 'ami' })).to.deep.equal([{ id: 2, name: 'Amiens', department: 'Somme' }]);
      expect(await client.nearbyCities({ lat: 49.89, lon: 2.29 })).to.deep.equal([
        { id: 2, name: 'Amiens', department: 'Somme', eventCount: 42, distanceKm: 1.25 },
      ]);
    });

    it('reads categories keyed by URI and cities keyed by id, their own list before any other', async () => {
      const { client } = clientWith((url) => {
        if (url.endsWith('/category')) return json({ categories: { concert: { cat_s: 'Concert', couleur: '#e63946' }, danse: { cat_s: 'Danse' } } });
        return json({ total: 1, categories: [{ nomcat: 'concert' }], villes: { 2: { ville: 'Amiens', dep: 'Somme' } } });
      });
      expect(await client.categories()).to.deep.equal([
        { uri: 'concert', name: 'Concert', color: '#e63946' },
        { uri: 'danse', name: 'Danse', color: null },
      ]);
      expect(await client.searchCities({ query: 'ami' })).to.deep.equal([{ id: 2, name: 'Amiens', department: 'Somme' }]);
    });

    it('never takes a position, or a key beside a record’s own id, for its id', async () => {
      const { client } = clientWith(() =>
        json({ cities: { 0: { id_ville: 2, ville: 'Amiens' }, 3: { id_ville: 80, ville: 'Abbeville' } }, villes: { 0: { ville: 'Sans id' } } }),
      );
      expect((await client.searchCities({ query: 'a' })).map((city) => city.id)).to.deep.equal([2, 80]);
      const positions = clientWith(() => json({ villes: { 0: { ville: 'Sans id' }, 1: { ville: 'Autre' } } }));
      expect(await positions.client.searchCities({ query: 'b' })).to.deep.equal([]);
    });
  });

  describe('values', () => {
    it('validates colours as hex and normalises them', () => {
      expect(toColor('#E63946')).to.equal('#e63946');
      expect(toColor('e63946')).to.equal('#e63946');
      expect(toColor('#AbC')).to.equal('#aabbcc');
      expect(toColor('abc')).to.equal('#aabbcc');
      for (const bad of ['red', '#12345', '#1234567', 'url(x)', '#ggg', '', null, -1, 1.5, 1_000_000, '#fff;background:red']) {
        expect(toColor(bad), String(bad)).to.equal(null);
      }
      // Digits only, sent as a number by a back end that converts numeric strings (leading zeros lost).
      expect(toColor(990000)).to.equal('#990000');
      expect(toColor(9900)).to.equal('#009900');
    });

    it('reads dates in every accepted form', () => {
      expect(toLocalDateTime('2026-12-01')).to.equal('2026-12-01');
      expect(toLocalDateTime('2026-12-01 20:30')).to.equal('2026-12-01T20:30');
      expect(toLocalDateTime('2026-12-01 20:30:00')).to.equal('2026-12-01T20:30');
      expect(toLocalDateTime('2026-12-01T20:30:15')).to.equal('2026-12-01T20:30');
      expect(toLocalDateTime('01/12/2026')).to.equal('2026-12-01');
      expect(toLocalDateTime('1/2/2026 9:05')).to.equal('2026-02-01T09:05');
      expect(toLocalDateTime('01/12/2026 20h30')).to.equal('2026-12-01T20:30');
      // A zone converts to the Paris wall clock (UTC+1 in winter, UTC+2 in summer).
      expect(toLocalDateTime('2026-12-01T19:30:00Z')).to.equal('2026-12-01T20:30');
      expect(toLocalDateTime('2026-07-01T18:30:00Z')).to.equal('2026-07-01T20:30');
      expect(toLocalDateTime('2026-12-01T20:30:00+01:00')).to.equal('2026-12-01T20:30');
      expect(toLocalDateTime('2026-12-31T23:30:00-01:00')).to.equal('2027-01-01T01:30');
      expect(toLocalDateTime('2026-12-10T20:30:00+01')).to.equal('2026-12-10T20:30');
      expect(toLocalDateTime('2026-12-10T19:30:00+0000')).to.equal('2026-12-10T20:30');
      // PHP pads date-only columns with midnight.
      expect(toLocalDateTime('2026-12-01 00:00:00')).to.equal('2026-12-01');
      for (const bad of ['0000-00-00', '2026-02-30', '2026-13-01', '32/01/2026', 'demain', '', null, 20261201, '2026-12-01 25:00']) {
        expect(toLocalDateTime(bad), String(bad)).to.equal(null);
      }
    });

    it('reads times in every accepted form', () => {
      expect(toTime('20:30:00')).to.equal('20:30');
      expect(toTime('20h30')).to.equal('20:30');
      expect(toTime('20:30')).to.equal('20:30');
      expect(toTime('9h05')).to.equal('09:05');
      expect(toTime('20h')).to.equal('20:00');
      for (const bad of ['00:00:00', '', '25:00', '20:75', 'soir', null, '20']) {
        expect(toTime(bad), String(bad)).to.equal(null);
      }
    });

    it('reads prices', () => {
      expect(toPrice('15.00')).to.deep.equal({ min: 15, max: 15 });
      expect(toPrice('10.00 à 12.00')).to.deep.equal({ min: 10, max: 12 });
      expect(toPrice('10,00 - 12,00')).to.deep.equal({ min: 10, max: 12 });
      expect(toPrice('de 8,50 € à 5 €')).to.deep.equal({ min: 5, max: 8.5 });
      expect(toPrice(12)).to.deep.equal({ min: 12, max: 12 });
      expect(toPrice('8 € / 5 €')).to.deep.equal({ min: 5, max: 8 });
      expect(toPrice('12 euros')).to.deep.equal({ min: 12, max: 12 });
      // Zero is an amount (the view says nothing of it: a back end's "not filled in").
      expect(toPrice('0.00')).to.deep.equal({ min: 0, max: 0 });
      expect(toPrice('Gratuit')).to.equal(null);
      // Words beside the amounts say more than a range: the view shows them as written.
      expect(toPrice('12.00 (tarif réduit 8.00, moins de 18 ans)')).to.equal(null);
      expect(toPrice('De 5 à 10 €, gratuit -12 ans')).to.equal(null);
      expect(toPrice(null)).to.equal(null);
    });

    it('reads flags', () => {
      for (const yes of [true, 1, '1', 'true', 'TRUE', 'oui', ' yes ']) expect(toBoolean(yes), String(yes)).to.equal(true);
      for (const no of [false, 0, '0', 'false', 'non', '', null, undefined, {}]) expect(toBoolean(no), String(no)).to.equal(false);
    });

    it('keeps only absolute http(s) URLs', () => {
      expect(httpUrl('https://example.com/a b')).to.equal('https://example.com/a%20b');
      expect(httpUrl(' http://example.com ')).to.equal('http://example.com/');
      for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', '\tjavascript:alert(1)', 'java\tscript:alert(1)', 'jav&#x61;script:alert(1)', '&#104;ttps://x.example', '//evil.example', '/a', 'mailto:a@b.c', 'data:text/html,x', 'vbscript:x', '', null]) {
        expect(httpUrl(bad), String(bad)).to.equal(null);
      }
    });
  });

  describe('excerpt', () => {
    it('strips tags, drops script and style, decodes entities, collapses whitespace', () => {
      const html = '<p>Le  <b>Quatuor</b>&nbsp;joue<br>Schubert&#160;&amp; Ravel &#x2014; &eacute;t&#233;</p>\n<script>alert(1)</script><style>p{}</style><!-- note --><p>Fin &lt;b&gt;</p>';
      expect(htmlToText(html)).to.equal('Le Quatuor joue\u00a0· Schubert & Ravel — été\u00a0· Fin <b>');
    });

    it('collapses the whitespace of text without markup or entities, and leaves the rest of it as written', () => {
      expect(htmlToText('  Salle\tdes  fêtes\n\n(Amiens) 3 > 2 ; « 100 % » ')).to.equal('Salle des fêtes (Amiens) 3 > 2 ; « 100 % »');
      expect(htmlToText('Salle\u0000 des fêtes')).to.equal('Salle des fêtes');
      expect(htmlToText('Bob &amp; Alice')).to.equal('Bob & Alice');
    });

    it('separates list items, paragraphs and lines with a middle dot, inline tags with nothing', () => {
      expect(
        htmlToText('<ul><li>Visite libre</li><li>Tout public, accès PMR</li>\n<li>Bar et petite restauration</li></ul>'),
      ).to.equal('Visite libre\u00a0· Tout public, accès PMR\u00a0· Bar et petite restauration');
      expect(htmlToText('<p>Durée : 1h15</p><p>Tout public</p>')).to.equal('Durée : 1h15\u00a0· Tout public');
      expect(htmlToText('Durée : 1h15<br>Tout public<br/>Gratuit')).to.equal('Durée : 1h15\u00a0· Tout public\u00a0· Gratuit');
      expect(htmlToText('<h3>Tarifs</h3><table><tr><td>Plein</td><td>10 €</td></tr></table>')).to.equal('Tarifs\u00a0· Plein\u00a0· 10 €');
      expect(htmlToText('<div><div>Un</div></div><blockquote>Deux</blockquote><hr><section>Trois</section>')).to.equal(
        'Un\u00a0· Deux\u00a0· Trois',
      );
      // Inline elements are part of the words: no separator, and no space the markup did not have.
      expect(htmlToText('Un <b>grand</b> <em>moment</em> au <a href="/x">Cirque</a><span>!</span>')).to.equal(
        'Un grand moment au Cirque!',
      );
      expect(htmlToText('<i>Le</i><b>Quatuor</b>')).to.equal('LeQuatuor');
    });

    it('adds no separator where punctuation already separates, nor at either end, nor twice', () => {
      expect(htmlToText('<p>Une soirée.</p><p>Tout public</p>')).to.equal('Une soirée. Tout public');
      const ends = ['.', '!', '?', '…', ':', ';', ',', ' ·', ' •', ' –', ' —', ' -', ' :', ' ;', ' !'];
      for (const end of ends) {
        expect(htmlToText(`<p>Au programme${end}</p><p>Concert</p>`), end).to.equal(`Au programme${end} Concert`);
        expect(htmlToText(`Au programme${end}<br>\n<br>Concert`), end).to.equal(`Au programme${end} Concert`);
      }
      expect(htmlToText('<p>Au programme&hellip;</p><p>Concert</p>')).to.equal('Au programme… Concert');
      expect(htmlToText('<p>Au programme&nbsp;:</p><ul><li>Concert</li></ul>')).to.equal('Au programme : Concert');
      // A closing quote or bracket after the punctuation still closes it.
      expect(htmlToText('<p>Il a dit « oui ! »</p><p>Après</p>')).to.equal('Il a dit « oui ! » Après');
      expect(htmlToText('<p>(gratuit)</p><p>Après</p>')).to.equal('(gratuit)\u00a0· Après');
      // A line that opens as a list item or with punctuation needs no dot before it.
      expect(htmlToText('Au programme<br>- un concert<br>• un atelier')).to.equal('Au programme - un concert • un atelier');
      // Ends and runs of boundaries, with or without spaces between them: one separator, never at an end.
      expect(htmlToText('<p></p><br><p> Texte </p><br/><div></div>')).to.equal('Texte');
      expect(htmlToText('a<br> <br>\n<br>\t<p></p>b')).to.equal('a\u00a0· b');
      expect(htmlToText('<p><br></p>')).to.equal('');
      // A boundary hidden content leaves beside it is still one.
      expect(htmlToText('<p>a</p><script>x</script><p>b</p>')).to.equal('a\u00a0· b');
      // NUL is not text (a browser drops it), and it cannot pass for a boundary.
      expect(htmlToText('x\u0000y<br>z\u0000')).to.equal('xy\u00a0· z');
      expect(htmlToText('&#0;<br>&#0;')).to.equal('\ufffd\u00a0· \ufffd');
    });

    it('keeps text that only looks like a tag, and unknown entities', () => {
      expect(htmlToText('I <3 jazz &unknown; 5 < 6')).to.equal('I <3 jazz &unknown; 5 < 6');
      expect(htmlToText('&#0;&#x110000;&#xD800;')).to.equal('\ufffd\ufffd\ufffd');
      // Names an object inherits are not entities; nor is an accent on a letter HTML gives no entity for.
      expect(htmlToText('&constructor; &toString; &xuml; &Ycedil;')).to.equal('&constructor; &toString; &xuml; &Ycedil;');
    });

    it('decodes the accented letters HTML names, in both cases', () => {
      expect(htmlToText('&Eacute;t&eacute; &agrave; &Icirc;le &Ccedil;a &ntilde; &Otilde; &Yuml; &yacute; &ouml;')).to.equal(
        'Été à Île Ça ñ Õ Ÿ ý ö',
      );
      expect(htmlToText('&OElig;uvre &laquo;&nbsp;x&nbsp;&raquo; &hellip;')).to.equal('Œuvre « x » …');
    });

    it('caps at about 300 characters on a word boundary with an ellipsis', () => {
      const long = `<p>${'mot '.repeat(200)}</p>`;
      const text = excerpt(long);
      expect(text.length).to.be.at.most(300);
      expect(text.endsWith('mot…')).to.equal(true);
      expect(excerpt('<p>court</p>')).to.equal('court');
      const oneWord = excerpt('x'.repeat(400));
      expect(oneWord.length).to.equal(300);
      expect(oneWord.endsWith('…')).to.equal(true);
    });

    it('spaces a megabyte of boundaries, spaces and NULs in linear time', () => {
      // Each unit repeated to 1 MB; a pattern that backtracked over a run of spaces or boundaries took minutes.
      for (const unit of ['<br>', ' <br> ', ' ', '\u0000', ' \u0000', 'a<br>', 'a.<br> ', '<p>'.padEnd(40, ' '), '<br>&nbsp;']) {
        const html = unit.repeat(Math.ceil(1_048_576 / unit.length));
        const started = performance.now();
        const text = htmlToText(html);
        expect(performance.now() - started, JSON.stringify(unit)).to.be.below(2000);
        expect(text.startsWith('·') || text.endsWith('·'), JSON.stringify(unit)).to.equal(false);
        expect(text, JSON.stringify(unit)).not.to.contain('· ·');
      }
    });

    it('strips a megabyte of unclosed comments and hidden elements in linear time, in any field', () => {
      // A title or venue is not cut to an excerpt's length first: a closer looked for from every opener took
      // seconds on a few hundred kilobytes.
      for (const unit of ['<!--', '<!-- --', '<script>', '<STYLE media=x>', '<script></scrip', '<!--<script>', 'a<!--b-->c<iframe>']) {
        const html = unit.repeat(Math.ceil(1_048_576 / unit.length));
        const started = performance.now();
        htmlToText(html);
        expect(performance.now() - started, JSON.stringify(unit)).to.be.below(2000);
      }
    });

    it('reads a hostile booking address or price in linear time', async () => {
      // Patterns where two parts could take the same characters took seconds on 200 KB (quadratic).
      const started = performance.now();
      const { page } = await pageOf([rawEvent({ id_agenda: '1', url_resa: `www.${'a.aa?'.repeat(40_000)} z` })]);
      expect(page.items[0]!.bookingUrl).to.equal(null);
      expect(toPrice(`1${' '.repeat(40_000)}x`)).to.equal(null);
      expect(performance.now() - started).to.be.below(2000);
    });

    it('drops closed comments and hidden elements, and leaves an unclosed one as text', () => {
      expect(htmlToText('a<!-- x -->b<!---->c')).to.equal('abc');
      expect(htmlToText('a<script type="x">1 < 2</script >b<TEMPLATE><p>t</p></template>c')).to.equal('a b c');
      expect(htmlToText('<!-- <script> -->x</script>y')).to.equal('xy');
      expect(htmlToText('Titre <!-- en cours')).to.equal('Titre <!-- en cours');
      // An unclosed one does not let a later closed one through.
      expect(htmlToText('Titre <!-- en cours <script>evil()</script> fin')).to.equal('Titre <!-- en cours fin');
      expect(htmlToText('a<style>x<script>y</script>b')).to.equal('ax b');
      expect(htmlToText('a<script>b</style>c')).to.equal('abc');
    });

    it('reads a card’s description with its items apart, and never ends on a separator', () => {
      expect(excerpt('<ul><li>Visite libre</li><li>Tout public, accès PMR</li><li>Bar et petite restauration</li></ul>')).to.equal(
        'Visite libre\u00a0· Tout public, accès PMR\u00a0· Bar et petite restauration',
      );
      const items = `<ul>${'<li>Atelier</li>'.repeat(60)}</ul>`;
      for (const max of [20, 21, 22, 23, 24, 300]) {
        const text = excerpt(items, max);
        expect(text.length, String(max)).to.be.at.most(max);
        expect(text, String(max)).to.match(/^Atelier(\u00a0· Atelier)*…$/);
      }
    });
  });

  describe('event detail', () => {
    const detail = rawEvent({
      tarifmin: '10.00 à 12.00',
      dep: '80',
      id_ville: '2',
      villes_ville: 'Amiens',
      villes_cp: '80000',
      lieux_lieu: 'Cirque Jules Verne',
      lieux_adresse: 'Place Longueville',
      arrondissement: '',
      inforesa: 'Billets au guichet',
      url: 'https://www.agendaculturel.fr/concert/amiens/101',
      weight: '3.5',
      org_name: 'Ville d&#39;Amiens',
      heure1: '20:30:00',
      heure2: '00:00:00',
      heure3: null,
      date_debut: '2026-12-01',
      date_fin: '2026-12-03',
      artistes: [{ nom: 'A' }, { name: 'B' }],
      nb_artistes: '2',
      next_shows: ['mardi 1er décembre', 'mercredi 2 décembre'],
      dates_inter: [
        { date: '2026-12-03', heures: ['15:00', '20:30:00'] },
        { date: '2026-12-01', heures: [] },
      ],
    });
    delete detail.lieu;

    it('maps the detail fields', async () => {
      const event = await detailOf({ event: detail });
      expect(event).to.deep.include({
        price: { min: 10, max: 12 },
        priceText: '10.00 à 12.00',
        department: '80',
        arrondissement: null,
        defaultTimes: ['20:30'],
        nextShows: ['mardi 1er décembre', 'mercredi 2 décembre'],
        bookingInfo: 'Billets au guichet',
        pageUrl: 'https://www.agendaculturel.fr/concert/amiens/101',
        weight: 3.5,
        venue: 'Cirque Jules Verne',
        venueAddress: 'Place Longueville',
        postcode: '80000',
        organizer: "Ville d'Amiens",
        cityId: 2,
        cityName: 'Amiens',
        artists: ['A', 'B'],
      });
      // dates_inter is the truth when present; a day without its own times takes the defaults.
      expect(event.performances).to.deep.equal([
        { date: '2026-12-01', times: ['20:30'] },
        { date: '2026-12-03', times: ['15:00', '20:30'] },
      ]);
    });

    it('keeps the line breaks of the booking details, as text', async () => {
      const lines = async (inforesa: string) => (await detailOf({ ...detail, inforesa })).bookingInfo;
      expect(await lines('Réservation au 03 22 00 00 00\r\nou sur place<br/>Tarif  réduit &amp; groupes')).to.equal(
        'Réservation au 03 22 00 00 00\nou sur place\nTarif réduit & groupes',
      );
      expect(await lines('<p>Billets au guichet</p>\n\n<p><b>Groupes</b> : sur demande</p><script>x</script>')).to.equal(
        'Billets au guichet\nGroupes : sur demande',
      );
      expect(await lines('<ul><li>Sur place</li><li>En ligne</li></ul>')).to.equal('Sur place\u00a0· En ligne');
      expect(await lines('a\ue000b')).to.equal('ab');
    });

    it('gives no price for a free event', async () => {
      expect((await detailOf({ ...detail, gratuit: '1', tarifmin: '0.00' })).price).to.equal(null);
    });

    it('reads dates_inter variants', () => {
      expect(
        toPerformances(
          [
            { date: '02/12/2026', heure1: '18h', heure2: '21h00' },
            { date: '2026-12-04', horaires: '14:00, 16:00' },
            '2026-12-05',
            '2026-12-06 11:00',
            { date: 'garbage' },
            42,
          ],
          ['20:30'],
          '2026-12-01',
          '2026-12-31',
        ),
      ).to.deep.equal([
        { date: '2026-12-02', times: ['18:00', '21:00'] },
        { date: '2026-12-04', times: ['14:00', '16:00'] },
        { date: '2026-12-05', times: ['20:30'] },
        { date: '2026-12-06', times: ['11:00'] },
      ]);
      // A PHP associative array keyed by day; a day without its own times takes the default ones.
      expect(toPerformances({ '2026-12-10': ['15:00'], '2026-12-12': [] }, ['20:30'], '2026-12-10', '2026-12-12')).to.deep.equal([
        { date: '2026-12-10', times: ['15:00'] },
        { date: '2026-12-12', times: ['20:30'] },
      ]);
      expect(toPerformances({ '2026-12-10': { horaires: '14:00;17:00' } }, ['20:30'], null, null)).to.deep.equal([
        { date: '2026-12-10', times: ['14:00', '17:00'] },
      ]);
      // A singular key names the day's own time.
      expect(toPerformances([{ date: '2026-12-10', heure: '15:00:00' }], ['20:30'], null, null)).to.deep.equal([
        { date: '2026-12-10', times: ['15:00'] },
      ]);
    });

    it('builds performances from the start and end dates without dates_inter', async () => {
      const event = await detailOf({ ...detail, dates_inter: null });
      expect(event.performances).to.deep.equal([
        { date: '2026-12-01', times: ['20:30'] },
        { date: '2026-12-02', times: ['20:30'] },
        { date: '2026-12-03', times: ['20:30'] },
      ]);
      expect(toPerformances(undefined, [], '2026-12-01T19:00', null)).to.deep.equal([{ date: '2026-12-01', times: ['19:00'] }]);
      expect(toPerformances([], [], null, null)).to.deep.equal([]);
      // A year at most; a longer run has none, and its start and end dates speak for it.
      expect(toPerformances(undefined, [], '2026-01-01', '2027-01-01')).to.have.length(366);
      expect(toPerformances(undefined, [], '2026-01-01', '2027-01-02')).to.deep.equal([]);
    });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/agenda-event.js';
import { AgendaEvent } from '../../src/elements/agenda-event.js';
import type { EventSummary } from '../../src/client/index.js';
import { FakeApi, apiError } from '../helpers/fake-api.js';
import { $, $$, announcement, nextInDocument, tick, until } from '../helpers/elements.js';
import { detailMessages } from '../../src/ui/detail/messages.js';

/** A crafted `event/{id}` record in the wire format, far enough ahead to stay upcoming and stable. */
function rawDetail(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id_agenda: '4242',
    titre: 'Concert de Noël',
    url_resa: 'https://billetterie.example.fr/noel',
    date_debut: '2030-12-20',
    date_fin: '2030-12-21',
    description: '<p>Un <strong>concert</strong> de fin d’année.</p>',
    visuel: 'https://images.example.fr/noel.jpg',
    tarifmin: '10.00 à 12.00',
    dep: '80',
    id_ville: '2',
    etat: 'ok',
    heure1: '20:30:00',
    heure2: null,
    heure3: null,
    heure4: null,
    heure5: null,
    inforesa: 'Réservations au 03 22 00 00 00',
    gratuit: '0',
    arrondissement: null,
    url: 'https://www.agendaculturel.fr/concert/amiens/concert-de-noel.html',
    weight: '12',
    lieux_lieu: 'Maison de la Culture',
    lieux_adresse: '2 place Léon Gontier',
    cat_url: 'concert',
    couleur: '#cc0033',
    cat_nom: 'Concert',
    villes_ville: 'Amiens',
    villes_cp: '80000',
    org_name: 'Ville d’Amiens',
    sponsored: '0',
    artistes: [{ nom: 'Orchestre de Picardie' }, { nom: 'Jeanne Martin' }],
    nb_artistes: '3',
    dates_inter: [
      { date: '2030-12-20', heures: ['20:30'] },
      { date: '2030-12-21', heures: ['15:00', '20:30'] },
    ],
    next_shows: ['vendredi 20 décembre 2030 à 20h30', 'samedi 21 décembre 2030 à 15h00'],
    ...overrides,
  };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

/** Serves `record` as the detail of every event id. */
function serve(api: FakeApi, record: (id: string) => Record<string, unknown>): void {
  api.on(/\/json\/event\/\d+$/, (path) => {
    const id = path.split('/').at(-1)!;
    return json({ event: { ...record(id), id_agenda: id } });
  });
}

/** The element's light-DOM structured data scripts. */
function jsonLdScripts(el: Element): HTMLScriptElement[] {
  return [...el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]')];
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A listing's summary of event 4242, as a dialog passes it while the detail loads. */
const PREVIEW: EventSummary = {
  id: 4242,
  title: 'Aperçu',
  descriptionHtml: '',
  excerpt: '',
  free: false,
  bookingUrl: null,
  image: 'https://images.example.fr/noel.jpg',
  category: { uri: 'concert', name: 'Concert', color: '#cc0033' },
  startDate: '2030-12-20',
  endDate: '2030-12-21',
  nextDate: '2030-12-20T20:30',
  cancelled: false,
  venue: 'Maison de la Culture',
  featured: false,
  artists: [],
  artistCount: 0,
};

describe('<agenda-event>', function () {
  // Three browsers run at once, and axe on a whole detail view takes a second or more in WebKit.
  this.timeout(20000);

  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
  });

  it('is defined', () => {
    expect(customElements.get('agenda-event')).to.equal(AgendaEvent);
    expect(document.createElement('agenda-event')).to.be.instanceOf(AgendaEvent);
  });

  describe('loading', () => {
    it('shows a skeleton with the image box at its final size, busy and announced, and is accessible', async () => {
      serve(api, () => rawDetail());
      const release = api.hold();
      const el = await fixture<AgendaEvent>(
        html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" style="width: 800px"></agenda-event>`,
      );
      expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton).to.exist;
      const box = skeleton.querySelector('.image')!.getBoundingClientRect();
      await waitUntil(() => announcement(el) === 'Chargement de l’événement…', 'the loading announcement');
      await expect(el).to.be.accessible();
      release();
      await until(el, '[part="detail"]');
      // The listings' part names work on the event view too.
      expect($(el, '[part~="thumbnail"]')).to.exist.and.to.equal($(el, '[part~="image"]'));
      expect($(el, '[part~="date"]')).to.exist.and.to.equal($(el, '[part~="dates"]'));
      const image = $(el, '[part~="image"]')!.getBoundingClientRect();
      expect(Math.round(image.width)).to.equal(Math.round(box.width));
      expect(Math.round(image.height)).to.equal(Math.round(box.height));
      expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('shows the listing summary it was given at once, while the detail loads', async () => {
      serve(api, () => rawDetail());
      const release = api.hold();
      const el = await fixture<AgendaEvent>(
        html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" .preview=${PREVIEW}></agenda-event>`,
      );
      expect(text($(el, '[part="skeleton"] [part="title"]'))).to.equal('Aperçu');
      await expect(el).to.be.accessible();
      release();
      await until(el, '[part="detail"]');
      expect(text($(el, '[part="title"]'))).to.equal('Concert de Noël');
    });

    it('leaves the image box out of the loading view when the summary it was given has no image', async () => {
      serve(api, () => rawDetail({ visuel: '' }));
      const release = api.hold();
      const preview: EventSummary = { ...PREVIEW, image: null };
      const el = await fixture<AgendaEvent>(
        html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" .preview=${preview}></agenda-event>`,
      );
      // The summary takes the whole width in both views, so the text does not move across when the detail arrives.
      const fullWidth = (view: string) =>
        $(el, `${view} .summary`)!.getBoundingClientRect().width / $(el, `${view} .top`)!.getBoundingClientRect().width;
      expect($$(el, '[part="skeleton"] .image')).to.have.length(0);
      expect(fullWidth('[part="skeleton"]')).to.be.closeTo(1, 0.01);
      release();
      await until(el, '[part="detail"]');
      expect($$(el, '[part="detail"] .image')).to.have.length(0);
      expect(fullWidth('[part="detail"]')).to.be.closeTo(1, 0.01);
      await expect(el).to.be.accessible();
    });

    it('aborts its request when removed, and starts again when put back', async () => {
      serve(api, () => rawDetail());
      const release = api.hold();
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      const parent = el.parentElement!;
      el.remove();
      expect(api.requests[0]!.aborted).to.be.true;
      release();
      parent.append(el);
      await until(el, '[part="detail"]');
      expect(api.requests).to.have.length(2);
    });
  });

  describe('loaded', () => {
    it('renders every field of the event and dispatches agenda-load', async () => {
      serve(api, () => rawDetail());
      const loaded = nextInDocument('agenda-load');
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      const event = await loaded;
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.deep.include({ offset: 0, limit: 1, hasMore: false });
      expect(event.detail.items).to.have.length(1);
      expect(event.detail.items[0]!.title).to.equal('Concert de Noël');
      expect(el.event!.id).to.equal(4242);
      expect(api.paths).to.deep.equal(['/demokey1/json/event/4242']);
      await until(el, '[part="detail"]');

      const img = $(el, '[part~="image"] img') as HTMLImageElement;
      expect(img.getAttribute('width')).to.equal('640');
      expect(img.getAttribute('height')).to.equal('360');
      expect(img.getAttribute('src')).to.match(/\/api\/static\/im\/thumb\.php\?.*w=640.*h=360/);
      expect(img.getAttribute('src')).to.contain(encodeURIComponent('https://images.example.fr/noel.jpg'));
      expect(img.getAttribute('srcset')).to.match(/ 1x, .*w=1280.*h=720.* 2x$/);
      expect(img.alt).to.equal('Visuel de « Concert de Noël »');

      const title = $(el, 'h2[part="title"]')!;
      expect(text(title)).to.equal('Concert de Noël');
      expect(text($(el, '[part="category"]'))).to.equal('Concert');
      expect($(el, '[part="detail"]')!.style.getPropertyValue('--_category')).to.equal('#cc0033');
      expect($(el, '[part~="badge-cancelled"]')).to.be.null;

      const dates = $(el, '[part~="dates"]')!;
      const days = [...dates.querySelectorAll('.performances > li')];
      expect(days).to.have.length(2);
      const times = (li: Element) => [...li.querySelectorAll('time')].map((time) => [time.getAttribute('datetime'), text(time)]);
      expect(times(days[0]!)).to.deep.equal([
        ['2030-12-20', 'Vendredi 20 décembre 2030'],
        ['2030-12-20T20:30+01:00', '20:30'],
      ]);
      expect(times(days[1]!)).to.deep.equal([
        ['2030-12-21', 'Samedi 21 décembre 2030'],
        ['2030-12-21T15:00+01:00', '15:00'],
        ['2030-12-21T20:30+01:00', '20:30'],
      ]);
      expect($$(el, '[part="next-shows"]'), 'the API’s own wording of the same dates is not repeated').to.have.length(0);

      expect(text($(el, '[part="price"] dd'))).to.equal('10–12 €');
      expect(text($(el, '[part="price"] dt'))).to.equal('Tarif');
      const venue = $(el, '[part="venue"]')!;
      expect(text(venue.querySelector('.venue-name'))).to.equal('Maison de la Culture');
      expect(text(venue.querySelector('.address'))).to.equal('2 place Léon Gontier');
      expect(text(venue.querySelector('.town'))).to.equal('80000 Amiens');
      expect(text($(el, '[part="organizer"] dd'))).to.equal('Ville d’Amiens');
      expect(text($(el, '[part="artists"] dd'))).to.equal('Orchestre de Picardie, Jeanne Martin et 1 autre');

      const description = $(el, '[part="description"] .description')!;
      expect(description.innerHTML).to.contain('<strong>concert</strong>');
      expect(text($(el, '[part="description"] h3'))).to.equal('Présentation');

      const booking = $(el, '[part="booking"]')!;
      expect(text(booking.querySelector('.booking-info'))).to.equal('Réservations au 03 22 00 00 00');
      const book = booking.querySelector<HTMLAnchorElement>('[part="booking-link"]')!;
      expect(book.href).to.equal('https://billetterie.example.fr/noel');
      expect(book.target).to.equal('_blank');
      expect(book.rel.split(' ')).to.include('noopener');
      expect(text(book)).to.equal('Réserver « Concert de Noël » (nouvelle fenêtre)');
      const page = booking.querySelector<HTMLAnchorElement>('[part="page-link"]')!;
      expect(page.href).to.equal('https://www.agendaculturel.fr/concert/amiens/concert-de-noel.html');
      expect(page.target).to.equal('_blank');
      expect(page.rel.split(' ')).to.include('noopener');
      expect(text(page)).to.contain('(nouvelle fenêtre)');

      const google = $(el, '[part="calendar-google"]') as HTMLAnchorElement;
      const url = new URL(google.href);
      expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
      expect(url.searchParams.get('text')).to.equal('Concert de Noël');
      expect(url.searchParams.get('ctz')).to.equal('Europe/Paris');
      expect(google.target).to.equal('_blank');
      expect(google.rel.split(' ')).to.include('noopener');
      expect(text(google)).to.contain('(nouvelle fenêtre)');
      expect(text($(el, '[part="calendar-ics"]'))).to.equal('Télécharger (.ics)');

      expect(announcement(el)).to.equal('Événement affiché : Concert de Noël.');
      await expect(el).to.be.accessible();
    });

    it('speaks English with lang="en"', async () => {
      serve(api, () => rawDetail());
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" lang="en"></agenda-event>`);
      await until(el, '[part="detail"]');
      expect(text($(el, '[part="price"] dt'))).to.equal('Price');
      expect(text($(el, '[part="price"] dd'))).to.equal('€10–12');
      expect(text($(el, '[part~="dates"] .performances time'))).to.equal('Friday 20 December 2030');
      expect(text($(el, '[part="artists"] dd'))).to.match(/^Orchestre de Picardie, Jeanne Martin,? and 1 more$/);
      expect(text($(el, '[part="booking-link"]'))).to.equal('Book “Concert de Noël” (opens in a new window)');
      expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
      // The API's own French text is marked as such, for screen readers' voices (WCAG 3.1.2).
      expect($(el, '[part="title"] .title-text')!.getAttribute('lang')).to.equal('fr');
      expect($(el, '.description')!.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('marks a cancelled event in words and strikes its title, without booking or calendar', async () => {
      serve(api, () => rawDetail({ etat: 'annule' }));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      await until(el, '[part="detail"]');
      const badge = $(el, '[part~="badge-cancelled"]')!;
      expect(text(badge)).to.equal('Annulé');
      const title = $(el, '[part="title"]')!;
      expect(title.classList.contains('cancelled')).to.be.true;
      expect(getComputedStyle(title.querySelector('.title-text')!).textDecorationLine).to.contain('line-through');
      expect(text(title.querySelector('.visually-hidden'))).to.equal('(Annulé)');
      expect(text($(el, '[part="cancelled-notice"]'))).to.equal('Cet événement est annulé.');
      expect($(el, '[part="booking-link"]')).to.be.null;
      expect($(el, '[part="calendar"]')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('lists the API’s next shows, marked French, when it sent no performances', async () => {
      // Without dates of its own: the API's words are all there is to say when.
      serve(api, () => rawDetail({ dates_inter: [], date_debut: '', date_fin: '', heure1: null }));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" lang="en"></agenda-event>`);
      await until(el, '[part="detail"]');
      expect($$(el, '[part~="dates"] .performances li')).to.have.length(0);
      const nextShows = $(el, '[part="next-shows"]')!;
      expect(nextShows.getAttribute('lang')).to.equal('fr');
      expect([...nextShows.querySelectorAll('li')].map(text)).to.deep.equal([
        'vendredi 20 décembre 2030 à 20h30',
        'samedi 21 décembre 2030 à 15h00',
      ]);
      await expect(el).to.be.accessible();
    });

    it('shows a free event as free, and leaves out what the API did not send', async () => {
      serve(api, () =>
        rawDetail({
          gratuit: '1',
          tarifmin: '',
          url_resa: '',
          inforesa: '',
          url: '',
          visuel: '',
          artistes: null,
          nb_artistes: '0',
          org_name: '',
          next_shows: [],
          description: '',
        }),
      );
      // The widgets are transparent: a dark theme sits on a dark page.
      const page = await fixture<HTMLElement>(
        html`<div style="background: #16161a; padding: 1rem">
          <agenda-event api-base="/api" api-key="demokey1" event-id="4242" theme="dark"></agenda-event>
        </div>`,
      );
      const el = page.querySelector('agenda-event')!;
      await until(el, '[part="detail"]');
      expect(text($(el, '[part~="badge-free"]'))).to.equal('Gratuit');
      expect(text($(el, '[part="price"] dd'))).to.equal('Gratuit');
      for (const part of ['image', 'artists', 'organizer', 'next-shows', 'description', 'booking']) {
        expect($(el, `[part~="${part}"]`), part).to.be.null;
      }
      expect($(el, '[part="calendar"]')).to.exist;
      await expect(page).to.be.accessible();
    });

    it('folds a long run of performances after the first five', async () => {
      // Every other day: consecutive days with the same times would read as one range (test/ui/detail-dates.test.ts).
      const dates = Array.from({ length: 8 }, (_, i) => ({ date: `2030-12-${String(10 + 2 * i)}`, heures: ['20:00'] }));
      serve(api, () => rawDetail({ dates_inter: dates, date_debut: '2030-12-10', date_fin: '2030-12-24' }));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      await until(el, '[part="detail"]');
      expect($$(el, '[part~="dates"] > dd > .performances > li')).to.have.length(5);
      const more = $(el, '[part~="dates"] details')!;
      expect(text(more.querySelector('summary'))).to.equal('3 autres dates');
      expect(more.querySelectorAll('li')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('shows a daily run as one range, "Du … au …", with no more dates', async () => {
      const dates = Array.from({ length: 20 }, (_, i) => ({ date: `2030-12-${String(1 + i).padStart(2, '0')}`, heures: ['10:00'] }));
      serve(api, () => rawDetail({ dates_inter: dates, date_debut: '2030-12-01', date_fin: '2030-12-20' }));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      await until(el, '[part="detail"]');
      const days = $$(el, '[part~="dates"] .performances > li');
      expect(days.map(text)).to.deep.equal(['Du dim. 1 déc. au ven. 20 déc. 2030 10:00']);
      expect([...days[0]!.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2030-12-01',
        '2030-12-20',
        '10:00',
      ]);
      expect($$(el, '[part~="dates"] details')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows a run of over a year without dates_inter up to its end date, with its daily time', async () => {
      // Began a year and a half ago, ends in 2031: a year of days counted from the start would end it in the past.
      serve(api, () => rawDetail({ dates_inter: [], next_shows: [], date_debut: '2025-06-01', date_fin: '2031-06-30', heure1: '10:00:00' }));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      await until(el, '[part="detail"]');
      const dates = $(el, '[part~="dates"] dd')!;
      expect(text(dates)).to.equal('Du dim. 1 juin 2025 au lun. 30 juin 2031 10:00');
      expect([...dates.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2025-06-01',
        '2031-06-30',
        '10:00',
      ]);
      // The calendar link spans the whole run, as one all-day event.
      const google = new URL(($(el, '[part="calendar-google"]') as HTMLAnchorElement).href);
      expect(google.searchParams.get('dates')).to.equal('20250601/20310701');
      await expect(el).to.be.accessible();
    });

    it('uses heading-level for the title and one level below for sections, and no-heading leaves the title out', async () => {
      serve(api, () => rawDetail());
      const el = await fixture<AgendaEvent>(
        html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" heading-level="3"></agenda-event>`,
      );
      await until(el, '[part="detail"]');
      expect($(el, 'h3[part="title"]')).to.exist;
      expect($$(el, 'h4.section-title').length).to.be.greaterThan(0);
      el.noHeading = true;
      await el.updateComplete;
      expect($(el, '[part="title"]')).to.be.null;
    });

    it('loads a real event from the reference API', async () => {
      api.restore();
      const raw = await (await fetch('/api/demokey1/json/event/2001')).json();
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="2001"></agenda-event>`);
      await until(el, '[part="detail"]');
      expect(text($(el, '[part="title"] .title-text'))).to.equal(raw.event.titre);
      expect(text($(el, '[part="venue"] .venue-name'))).to.equal(raw.event.lieux_lieu);
      expect(($(el, '[part~="image"] img') as HTMLImageElement).src).to.contain('/api/static/im/thumb.php');
      expect($$(el, '[part~="dates"] time').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('sanitizing', () => {
    afterEach(() => {
      delete (window as unknown as Record<string, unknown>).__agendaTrap;
    });

    it('paints its own background in the dark and auto schemes, with a margin, so its text reads on any page', async () => {
      serve(api, () => rawDetail());
      const backgroundOf = async (markup: ReturnType<typeof html>) => {
        const page = await fixture<HTMLElement>(markup);
        const el = page.querySelector('agenda-event')!;
        await until(el, '[part="detail"]');
        return getComputedStyle($(el, '[part="base"]')!).backgroundColor;
      };
      // On a white page, as the light scheme expects.
      expect(await backgroundOf(html`<div><agenda-event api-base="/api" api-key="demokey1" event-id="1" theme="dark"></agenda-event></div>`)).to.equal(
        'rgb(22, 22, 26)',
      );
      expect(await backgroundOf(html`<div><agenda-event api-base="/api" api-key="demokey1" event-id="1" theme="light"></agenda-event></div>`)).to.equal(
        'rgba(0, 0, 0, 0)',
      );
      // With a margin of it around the text, not the text against the painted box's edges; none in the light theme.
      const dark = await fixture<HTMLElement>(html`<div><agenda-event api-base="/api" api-key="demokey1" event-id="1" theme="dark"></agenda-event></div>`);
      const darkEvent = dark.querySelector('agenda-event')!;
      await until(darkEvent, '[part="detail"]');
      const base = $(darkEvent, '[part="base"]')!.getBoundingClientRect();
      const detail = $(darkEvent, '[part="detail"]')!.getBoundingClientRect();
      expect([detail.left - base.left, detail.top - base.top, base.right - detail.right].map(Math.round)).to.deep.equal([20, 20, 20]);
      const light = await fixture<HTMLElement>(html`<div><agenda-event api-base="/api" api-key="demokey1" event-id="1" theme="light"></agenda-event></div>`);
      await until(light.querySelector('agenda-event')!, '[part="detail"]');
      expect(getComputedStyle($(light.querySelector('agenda-event')!, '[part="base"]')!).paddingLeft).to.equal('0px');
      // The page's own background token wins, transparent included.
      expect(
        await backgroundOf(
          html`<div style="--agenda-color-bg: transparent"><agenda-event api-base="/api" api-key="demokey1" event-id="1" theme="dark"></agenda-event></div>`,
        ),
      ).to.equal('rgba(0, 0, 0, 0)');
      const auto = await backgroundOf(html`<div><agenda-event api-base="/api" api-key="demokey1" event-id="1" theme="auto"></agenda-event></div>`);
      expect(auto).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(22, 22, 26)' : 'rgb(255, 255, 255)');
    });

    it('names the arrondissement the API gives, in the element’s language', async () => {
      serve(api, (id) => rawDetail({ villes_ville: 'Paris', villes_cp: id === '11' ? '75011' : '75001', arrondissement: id === '11' ? '11' : '1' }));
      const eleventh = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="11"></agenda-event>`);
      await until(eleventh, '[part="venue"]');
      expect(text($(eleventh, '[part="venue"] .district'))).to.equal('11e arrondissement');
      const first = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="1" lang="en"></agenda-event>`);
      await until(first, '[part="venue"] .district');
      expect(text($(first, '[part="venue"] .district'))).to.equal('1st arrondissement');
      const d = detailMessages('en');
      expect(['2', '3', '11', '12', '13', '21', '22'].map((n) => d.district(n))).to.deep.equal(
        ['2nd', '3rd', '11th', '12th', '13th', '21st', '22nd'].map((n) => `${n} arrondissement`),
      );
      expect(detailMessages('fr').district('1')).to.equal('1er arrondissement');
      expect(detailMessages('fr').district('01')).to.equal('1er arrondissement');
      expect(d.district('02')).to.equal('2nd arrondissement');
      expect(detailMessages('fr').district('2')).to.equal('2e arrondissement');
    });

    it('marks the API’s own price words as French in an English view, not an amount it formats', async () => {
      serve(api, (id) => rawDetail({ gratuit: '0', tarifmin: id === '7' ? 'Participation libre' : '10.00' }));
      const words = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="7" lang="en"></agenda-event>`);
      await until(words, '[part="price"]');
      expect(text($(words, '[part="price"] dd'))).to.equal('Participation libre');
      expect($(words, '[part="price"] dd')!.getAttribute('lang')).to.equal('fr');
      const amount = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="8" lang="en"></agenda-event>`);
      await until(amount, '[part="price"]');
      expect(text($(amount, '[part="price"] dd'))).to.equal('€10');
      expect($(amount, '[part="price"] dd')!.hasAttribute('lang')).to.be.false;
    });

    it('shows no arrondissement where the API gives none (0)', async () => {
      serve(api, () => rawDetail({ arrondissement: '0' }));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="5"></agenda-event>`);
      await until(el, '[part="venue"]');
      expect($(el, '[part="venue"] .district')).to.be.null;
    });

    it('breaks a venue, organizer or artist name of one long word rather than widening the page', async () => {
      const word = 'Salle'.repeat(60);
      serve(api, () => rawDetail({ lieux_lieu: word, org_name: word, artistes: [{ nom: word }], lieux_adresse: word }));
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <agenda-event api-base="/api" api-key="demokey1" event-id="4243"></agenda-event>
      </div>`);
      const el = wrapper.querySelector('agenda-event')!;
      await until(el, '[part="venue"]');
      for (const part of ['venue', 'organizer', 'artists']) {
        const box = $(el, `[part="${part}"]`)!;
        expect(box.scrollWidth, `${part} does not overflow`).to.be.at.most(box.clientWidth + 1);
      }
      expect(el.scrollWidth, 'the element does not overflow').to.be.at.most(320 + 1);
    });

    it('renders a hostile description without scripts, handlers or javascript: links', async () => {
      const hostile = [
        '<p>Texte <em>sûr</em>.</p>',
        '<script>window.__agendaTrap = "script"</script>',
        '<img src="x" onerror="window.__agendaTrap = \'img\'">',
        '<a href="javascript:window.__agendaTrap=\'link\'">piège</a>',
        '<a href=" JaVaScRiPt:window.__agendaTrap=1">piège 2</a>',
        '<a href="https://ok.example/page" onclick="window.__agendaTrap = \'click\'">bon lien</a>',
        '<iframe src="javascript:window.__agendaTrap=\'frame\'"></iframe>',
        '<svg><script>window.__agendaTrap = "svg"</script></svg>',
        '<div onmouseover="window.__agendaTrap = 1" style="position:fixed;inset:0">survol</div>',
        '<form action="javascript:1"><button>envoyer</button></form>',
      ].join('');
      serve(api, () => rawDetail({ description: hostile, titre: '<img src=x onerror="window.__agendaTrap=\'title\'">Titre' }));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      const description = await until(el, '[part="description"] .description');
      await tick(100);
      expect((window as unknown as Record<string, unknown>).__agendaTrap).to.be.undefined;
      expect(description.querySelectorAll('script, img, iframe, svg, form, button, style, div')).to.have.length(0);
      for (const node of shadow(el).querySelectorAll('*')) {
        for (const attribute of node.attributes) expect(attribute.name, `${node.localName}[${attribute.name}]`).not.to.match(/^on/i);
      }
      const links = [...description.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([null, null, 'https://ok.example/page']);
      expect(links[2]!.rel).to.equal('noopener noreferrer nofollow');
      expect(links[2]!.target).to.equal('_blank');
      // The new window is said, in the element's language, by the words the link names as its description.
      const hint = shadow(el).getElementById(links[2]!.getAttribute('aria-describedby')!);
      expect(hint?.hidden).to.equal(true);
      expect(text(hint)).to.equal('nouvelle fenêtre');
      expect(text(description)).to.contain('Texte sûr.');
      expect(text(description)).to.contain('survol');
      // A title is text: stray markup never becomes elements.
      expect(text($(el, '[part="title"] .title-text'))).to.equal('Titre');
      expect($(el, '[part="title"] img')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('never links a javascript: booking or page URL', async () => {
      serve(api, () => rawDetail({ url_resa: 'javascript:alert(1)', url: 'javascript:alert(2)' }));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      await until(el, '[part="detail"]');
      expect($(el, '[part="booking-link"]')).to.be.null;
      expect($(el, '[part="page-link"]')).to.be.null;
      for (const link of $$(el, 'a[href]')) expect(link.getAttribute('href')).to.match(/^https:/);
    });
  });

  describe('structured data (seo)', () => {
    it('writes schema.org Event JSON-LD into the light DOM, field by field', async () => {
      serve(api, () => rawDetail());
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" seo></agenda-event>`);
      await until(el, '[part="detail"]');
      const scripts = jsonLdScripts(el);
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('Event');
      expect(data.name).to.equal('Concert de Noël');
      expect(data.startDate).to.equal('2030-12-20T20:30:00+01:00');
      expect(data.endDate).to.equal('2030-12-21');
      expect(data.eventStatus).to.equal('https://schema.org/EventScheduled');
      expect(data.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
      expect(data.location).to.deep.equal({
        '@type': 'Place',
        name: 'Maison de la Culture',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '2 place Léon Gontier',
          postalCode: '80000',
          addressLocality: 'Amiens',
          addressCountry: 'FR',
        },
      });
      expect(data.image).to.deep.equal(['https://images.example.fr/noel.jpg']);
      expect(data.description).to.equal('Un concert de fin d’année.');
      expect(data.offers).to.deep.equal({
        '@type': 'AggregateOffer',
        lowPrice: 10,
        highPrice: 12,
        priceCurrency: 'EUR',
        url: 'https://billetterie.example.fr/noel',
        availability: 'https://schema.org/InStock',
      });
      expect(data.performer).to.deep.equal([
        { '@type': 'PerformingGroup', name: 'Orchestre de Picardie' },
        { '@type': 'PerformingGroup', name: 'Jeanne Martin' },
      ]);
      expect(data.organizer).to.deep.equal({ '@type': 'Organization', name: 'Ville d’Amiens' });
      expect(data.url).to.equal('https://www.agendaculturel.fr/concert/amiens/concert-de-noel.html');
    });

    it('keeps the JSON-LD in step: replaced on each load, removed while loading, on error, without seo and on removal', async () => {
      serve(api, (id) => rawDetail({ titre: `Événement ${id}` }));
      api.on(/\/event\/9999$/, () => apiError('Ax007', 404));
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" seo></agenda-event>`);
      await waitUntil(() => jsonLdScripts(el).length === 1, 'JSON-LD written', { timeout: 5000 });
      expect(JSON.parse(jsonLdScripts(el)[0]!.textContent!).name).to.equal('Événement 4242');

      const release = api.hold();
      el.eventId = '4243';
      await el.updateComplete;
      expect(jsonLdScripts(el), 'removed while the next event loads').to.have.length(0);
      release();
      await waitUntil(() => jsonLdScripts(el).length === 1, 'JSON-LD rewritten', { timeout: 5000 });
      expect(JSON.parse(jsonLdScripts(el)[0]!.textContent!).name).to.equal('Événement 4243');

      el.seo = false;
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(0);
      el.seo = true;
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(1);

      const parent = el.parentElement!;
      el.remove();
      expect(jsonLdScripts(el)).to.have.length(0);
      parent.append(el);
      await el.updateComplete;
      expect(jsonLdScripts(el)).to.have.length(1);

      el.eventId = '9999';
      await until(el, '[part="error"]');
      expect(jsonLdScripts(el)).to.have.length(0);
    });

    it('writes nothing without seo, and escapes a title that tries to close the script', async () => {
      // Entities, so the title survives the client's tag stripping as the text `</script><script>…`.
      serve(api, () => rawDetail({ titre: 'Fin &lt;/script&gt;&lt;script&gt;window.__agendaTrap = 1&lt;/script&gt;' }));
      const plain = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      await until(plain, '[part="detail"]');
      expect(jsonLdScripts(plain)).to.have.length(0);
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" seo></agenda-event>`);
      await waitUntil(() => jsonLdScripts(el).length === 1, 'JSON-LD written', { timeout: 5000 });
      const script = jsonLdScripts(el)[0]!;
      expect(script.textContent).not.to.contain('</script');
      expect(JSON.parse(script.textContent!).name).to.equal('Fin </script><script>window.__agendaTrap = 1</script>');
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect((window as unknown as Record<string, unknown>).__agendaTrap).to.be.undefined;
    });
  });

  describe('add to calendar', () => {
    let created: Blob[];
    let revoked: string[];
    let urls: string[];
    const originalCreate = URL.createObjectURL;
    const originalRevoke = URL.revokeObjectURL;
    let downloads: HTMLAnchorElement[];
    const stopDownload = (event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
        downloads.push(target);
        event.preventDefault();
      }
    };

    beforeEach(() => {
      created = [];
      revoked = [];
      urls = [];
      downloads = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        created.push(blob as Blob);
        const url = originalCreate.call(URL, blob);
        urls.push(url);
        return url;
      };
      URL.revokeObjectURL = (url: string) => {
        revoked.push(url);
        originalRevoke.call(URL, url);
      };
      // Capture at the window: the test reads the file instead of letting the browser save it.
      window.addEventListener('click', stopDownload, true);
    });

    afterEach(() => {
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
      window.removeEventListener('click', stopDownload, true);
    });

    it('downloads an .ics with one VEVENT per performance, then revokes its URL', async () => {
      serve(api, () => rawDetail());
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242"></agenda-event>`);
      const button = await until(el, '[part="calendar-ics"]');
      expect(button.localName).to.equal('button');
      button.click();
      expect(created).to.have.length(1);
      expect(created[0]!.type).to.equal('text/calendar;charset=utf-8');
      expect(downloads).to.have.length(1);
      expect(downloads[0]!.download).to.equal('concert-de-noel.ics');
      expect(downloads[0]!.href).to.equal(urls[0]);
      expect(downloads[0]!.isConnected, 'the temporary link is gone').to.be.false;
      const ics = await created[0]!.text();
      expect(ics.match(/^BEGIN:VEVENT\r$/gm)).to.have.length(3);
      expect(ics).to.contain('DTSTART;TZID=Europe/Paris:20301220T203000');
      expect(ics).to.contain('DTSTART;TZID=Europe/Paris:20301221T150000');
      expect(ics).to.contain('SUMMARY:Concert de Noël');
      expect(revoked).to.be.empty;
      el.remove();
      expect(revoked).to.deep.equal([urls[0]]);
    });
  });

  describe('errors', () => {
    it('says an unknown event (Ax007) was not found, without retry, and dispatches agenda-error', async () => {
      api.on(/\/event\/\d+$/, () => apiError('Ax007', 404));
      const failed = nextInDocument('agenda-error');
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="999999"></agenda-event>`);
      const event = await failed;
      expect(event.detail.code).to.equal('Ax007');
      expect(event.detail.status).to.equal(404);
      const error = await until(el, '[part="error"]');
      expect(text(error)).to.contain('L’événement n’a pas pu être affiché.');
      expect(text(error)).to.contain('Cet événement est introuvable.');
      expect(text(error)).to.contain('Il a peut-être été retiré de l’agenda');
      expect(text(error)).to.contain('Code : Ax007');
      expect($(el, '[part="retry"]')).to.be.null;
      expect(announcement(el)).to.equal(event.detail.message);
      await expect(el).to.be.accessible();
    });

    it('says so for an unknown event on the reference API too', async () => {
      api.restore();
      const failed = nextInDocument('agenda-error');
      await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="2999"></agenda-event>`);
      expect((await failed).detail.code).to.equal('Ax007');
    });

    it('offers a retry for transient failures, which loads the event', async () => {
      let failures = 0;
      api.on(/\/event\/\d+$/, () => {
        failures++;
        return apiError('Ax011', 500);
      });
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" lang="en"></agenda-event>`);
      const retry = await until(el, '[part="retry"]');
      expect(text($(el, '[part="error"]'))).to.contain('The event could not be shown.');
      expect(text(retry)).to.equal('Try again');
      expect(failures).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      api.overrides.length = 0;
      serve(api, () => rawDetail());
      retry.focus();
      retry.click();
      await until(el, '[part="detail"]');
      await el.updateComplete;
      // The button went with its state: focus is on the event's title, not lost to the page.
      expect(el.shadowRoot!.activeElement === $(el, '[part="detail"] .title'), 'focus on the title').to.equal(true);
      await expect(el).to.be.accessible();
    });

    for (const [attribute, markup] of [
      ['event-id', html`<agenda-event api-base="/api" api-key="demokey1"></agenda-event>`],
      ['event-id', html`<agenda-event api-base="/api" api-key="demokey1" event-id="abc"></agenda-event>`],
      ['event-id', html`<agenda-event api-base="/api" api-key="demokey1" event-id="-3"></agenda-event>`],
      ['event-id', html`<agenda-event api-base="/api" api-key="demokey1" event-id="0"></agenda-event>`],
      ['api-key', html`<agenda-event api-base="/api" event-id="4242"></agenda-event>`],
      ['api-key', html`<agenda-event api-base="/api" api-key="nope" event-id="4242"></agenda-event>`],
      ['image-width', html`<agenda-event api-base="/api" api-key="demokey1" event-id="4242" image-width="5000"></agenda-event>`],
    ] as const) {
      it(`reports an invalid or missing ${attribute} as a config error naming it, without any request`, async () => {
        const failed = nextInDocument('agenda-error');
        const el = await fixture<AgendaEvent>(markup);
        const event = await failed;
        expect(event.detail.code).to.equal('config');
        expect(event.detail.message).to.contain(`«\u00a0${attribute}\u00a0»`);
        expect(text($(el, '[part="error"]')), 'spaces normalised').to.contain(`« ${attribute} »`);
        expect(api.requests).to.be.empty;
        await expect(el).to.be.accessible();
      });
    }

    it('names what a valid event-id looks like, and recovers once it is fixed', async () => {
      serve(api, () => rawDetail());
      const el = await fixture<AgendaEvent>(html`<agenda-event api-base="/api" api-key="demokey1" event-id="x"></agenda-event>`);
      const error = await until(el, '[part="error"]');
      expect(text(error)).to.contain('un identifiant d’événement (nombre entier positif)');
      el.setAttribute('event-id', '4242');
      await until(el, '[part="detail"]');
    });
  });
});

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

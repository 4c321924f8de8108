import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { AgendaEvents } from '../../src/index.js';
import { FakeApi, apiError, parisDay, rawEvent } from '../helpers/fake-api.js';
import { $, $$, announcement, listingAwaitingTown, nextError, nextInDocument, tick, until } from '../helpers/elements.js';

describe('<agenda-events>', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
  });

  it('is defined', () => {
    expect(customElements.get('agenda-events')).to.equal(AgendaEvents);
    expect(document.createElement('agenda-events')).to.be.instanceOf(AgendaEvents);
  });

  describe('loading', () => {
    it('shows skeleton cards of the final layout, busy and announced, and is accessible', async () => {
      const release = api.hold();
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="4"></agenda-events>`);
      expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '.skeleton')).to.have.length(4);
      expect($(el, 'ul')!.getAttribute('aria-hidden')).to.equal('true');
      // The live region is in the page empty first, then says it: screen readers ignore a region born full.
      expect(announcement(el)).to.equal('');
      await waitUntil(() => announcement(el) === 'Chargement des événements…', 'the loading announcement');
      await expect(el).to.be.accessible();
      release();
      await until(el, 'article.card');
      expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('keeps the skeleton exactly as tall as the cards that replace it, in every layout and width', async () => {
      // Events as different as they come: a long title, excerpt, venue and artists, then almost nothing.
      const long = 'Une soirée exceptionnelle au théâtre municipal avec une distribution internationale '.repeat(4);
      api.on(/\/json\/\d+\//, () =>
        Response.json({
          events: [
            { ...rawEvent(1), titre: long, description: `<p>${long}</p>`, lieu: long, artistes: 'A, B, C, D, E', nb_artistes: '12' },
            { id_agenda: '9', titre: 'Court', cat_nom: 'Danse', cat_url: 'danse', nextdate: parisDay(3) },
            rawEvent(2),
            rawEvent(6),
          ],
        }),
      );
      let city = 100;
      for (const layout of ['list', 'grid', 'compact'] as const) {
        for (const width of [320, 700, 1100]) {
          const release = api.hold();
          // A city of its own each time: the client's cache would otherwise answer before the skeleton shows.
          const el = await fixture<AgendaEvents>(
            html`<agenda-events api-base="/api" api-key="demokey1" city=${(city += 1)} limit="4" layout=${layout} style="width: ${width}px"></agenda-events>`,
          );
          await until(el, '.skeleton');
          const where = `${layout} at ${width}px`;
          const skeleton = el.getBoundingClientRect().height;
          const skeletonCard = $(el, '.skeleton')!.getBoundingClientRect().height;
          release();
          await until(el, 'article.card');
          const heights = $$(el, 'article.card').map((card) => card.getBoundingClientRect().height);
          // Within 0.05 px: engines round lengths to their own units (Firefox's are 1/60 px).
          expect(Math.max(...heights) - Math.min(...heights), `${where}: cards of one height`).to.be.below(0.05);
          expect(heights[0], `${where}: card and skeleton card`).to.be.closeTo(skeletonCard, 0.05);
          // The page under the listing does not move: four cards, then the "more" button, as the skeleton drew them.
          expect(el.getBoundingClientRect().height, `${where}: listing`).to.be.closeTo(skeleton, 0.05);
        }
      }
    });
  });

  describe('loaded', () => {
    it('requests the city and renders one card per event, then dispatches agenda-load', async () => {
      let cardsWhenLoaded = -1;
      const count = (event: Event) => {
        cardsWhenLoaded = (event.target as Element).shadowRoot!.querySelectorAll('article.card').length;
      };
      document.addEventListener('agenda-load', count, { once: true });
      const loaded = nextInDocument('agenda-load');
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2"></agenda-events>`);
      const event = await loaded;
      expect(api.paths).to.have.length(1);
      // The API's default page (0,15) is left out: no reading of the segments can mistake it.
      expect(api.paths[0]).to.equal('/demokey1/json/2');
      expect(event).to.be.instanceOf(Event);
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.include({ offset: 0, limit: 15, hasMore: true });
      expect(event.detail.items).to.have.length(15);
      // Dispatched once the cards are in the DOM, so a listener can measure or focus them.
      expect(cardsWhenLoaded).to.equal(15);
      expect($$(el, 'ul[part="list"] > li > article[part~="card"]')).to.have.length(15);
      expect(announcement(el)).to.equal('15 événements affichés.');
      await expect(el).to.be.accessible();
    });

    it('renders every field of a card', async () => {
      api.total = 8;
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2"></agenda-events>`);
      await until(el, 'article.card');
      const cards = $$(el, 'article.card');
      const first = cards[0]!;
      expect(first.querySelector('h3[part="title"] button')!.textContent!.trim()).to.equal('Événement 1');
      expect(first.querySelector('[part="category"]')!.textContent!.trim()).to.equal('Concert');
      expect(first.style.getPropertyValue('--_category')).to.equal('#c62828');
      const img = first.querySelector<HTMLImageElement>('[part="thumbnail"] img')!;
      expect(img.getAttribute('width')).to.equal('320');
      expect(img.getAttribute('height')).to.equal('180');
      expect(img.getAttribute('src')).to.match(/^http[^ ]*\/api\/static\/im\/thumb\.php\?.*w=320.*h=180/);
      expect(img.getAttribute('srcset')).to.match(/ 1x, .*w=640.*h=360.* 2x$/);
      expect(img.alt).to.equal('Visuel de « Événement 1 »');
      expect(img.getAttribute('loading')).to.equal('eager');
      expect(cards[5]!.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
      const time = first.querySelector('[part="date"] .next time')!;
      expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T20:30[+-]\d{2}:\d{2}$/);
      expect(time.textContent).to.match(/20:30$/);
      expect(first.querySelector('[part="venue"]')!.textContent).to.contain('Salle 1');
      expect(first.querySelector('[part="excerpt"]')!.textContent!.trim()).to.equal(
        'Une soirée & des surprises pour l’événement 1.',
      );
      const booking = first.querySelector<HTMLAnchorElement>('a[part="booking"]')!;
      expect(booking.href).to.equal('https://billetterie.example/e/1000');
      expect(booking.rel).to.equal('noopener');
      expect(booking.textContent).to.contain('nouvelle fenêtre');
      // Second event: free, several days, artists.
      const second = cards[1]!;
      expect(second.querySelector('[part~="badge-free"]')!.textContent).to.equal('Gratuit');
      // Its next date, then how long it runs.
      expect(second.querySelector('[part="date"] .range')!.textContent).to.match(/^jusqu’au \d{1,2} \S+/);
      expect(second.querySelector('[part="artists"]')!.textContent!.trim()).to.equal('Avec Alice, Bob, Chloé et 2 autres');
      // Third: featured.
      expect(cards[2]!.classList.contains('featured')).to.be.true;
      expect(cards[2]!.querySelector('[part~="badge-featured"]')!.textContent).to.equal('À la une');
      // Seventh: cancelled, said in the heading for screen readers and shown as a badge.
      const cancelled = cards[6]!;
      expect(cancelled.querySelector('h3 .visually-hidden')!.textContent).to.equal(' (Annulé)');
      expect(cancelled.querySelector('[part~="badge-cancelled"]')!.textContent).to.equal('Annulé');
      expect(cancelled.querySelector('a[part="booking"]')).to.be.null;
    });

    it('drops unsafe colours and links from the API', async () => {
      api.on(/\/json\/2(\/|$)/, () =>
        new Response(
          JSON.stringify({
            events: [
              {
                id_agenda: '7',
                titre: 'Piège',
                couleur: 'red;background:url(//evil)',
                cat_nom: 'Concert',
                cat_url: 'concert',
                url_resa: 'javascript:alert(1)',
                visuel: 'javascript:alert(1)',
                nextdate: '2030-01-01',
                lieu: 'Ici',
              },
            ],
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
      );
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2"></agenda-events>`);
      const card = await until(el, 'article.card');
      expect(card.getAttribute('style') ?? '').not.to.contain('evil');
      expect(card.querySelector('a')).to.be.null;
      expect(card.querySelector('img')).to.be.null;
      expect(card.querySelector('[part="thumbnail"] .placeholder')).to.exist;
    });

    it('puts its cards’ titles at the level heading-level gives, so the page’s outline has no gap', async () => {
      const page = await fixture<HTMLElement>(html`<main>
        <h1>Agenda de la ville</h1>
        <agenda-events api-base="/api" api-key="demokey1" city="2" limit="2" heading-level="2"></agenda-events>
      </main>`);
      const el = page.querySelector<AgendaEvents>('agenda-events')!;
      await until(el, 'article.card');
      expect($$(el, '[part="title"]').map((title) => title.getAttribute('aria-level'))).to.deep.equal(['2', '2']);
      await expect(page).to.be.accessible();
      el.headingLevel = 3;
      await el.updateComplete;
      expect($(el, '[part="title"]')!.hasAttribute('aria-level'), 'the h3 is level 3 by itself').to.be.false;
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect($(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('6');
    });

    it('passes categories, limit and offset to the API', async () => {
      const el = await fixture<AgendaEvents>(
        html`<agenda-events api-base="/api" api-key="demokey1" city="2" categories="concert, theatre" limit="5" offset="10"></agenda-events>`,
      );
      await until(el, 'article.card');
      expect(api.paths).to.deep.equal(['/demokey1/json/2/concert,theatre/10,5']);
      expect($$(el, 'article.card')).to.have.length(5);
    });

    it('reads the documentation’s misspelt art-du-spectacle as arts-du-spectacle', async () => {
      const el = await fixture<AgendaEvents>(
        html`<agenda-events api-base="/api" api-key="demokey1" city="2" categories="concert,art-du-spectacle"></agenda-events>`,
      );
      await until(el, 'article.card');
      expect(api.paths).to.deep.equal(['/demokey1/json/2/concert,arts-du-spectacle']);
    });

    it('lays cards out as list, grid or compact, and resizes thumbnails', async () => {
      const el = await fixture<AgendaEvents>(
        html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="3" layout="grid" thumb-width="200" thumb-height="150"></agenda-events>`,
      );
      await until(el, 'article.card');
      expect($(el, 'ul')!.classList.contains('layout-grid')).to.be.true;
      expect($(el, 'img')!.getAttribute('width')).to.equal('200');
      expect($(el, 'img')!.getAttribute('src')).to.match(/w=200.*h=150/);
      el.layout = 'compact';
      await el.updateComplete;
      expect($(el, 'ul')!.classList.contains('layout-compact')).to.be.true;
      expect($(el, '[part="thumbnail"]')).to.be.null;
      expect($(el, '[part="excerpt"]')).to.be.null;
      expect(api.requests).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('fits a 280 px column without overflowing, in every layout', async () => {
      for (const layout of ['list', 'grid', 'compact'] as const) {
        const el = await fixture<AgendaEvents>(
          html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="4" layout=${layout} style="width: 280px"></agenda-events>`,
        );
        await until(el, 'article.card');
        for (const card of $$(el, 'article.card')) {
          expect(card.scrollWidth, `${layout} card`).to.be.at.most(card.clientWidth + 1);
          expect(card.getBoundingClientRect().width, `${layout} card`).to.be.at.most(280);
        }
      }
    });
  });

  describe('empty', () => {
    it('shows a friendly message when the API answers Ax015, and still dispatches agenda-load', async () => {
      const loaded = nextInDocument('agenda-load');
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="3" categories="danse"></agenda-events>`);
      const event = await loaded;
      expect(event.detail).to.deep.equal({ items: [], offset: 0, limit: 15, hasMore: false });
      const empty = await until(el, '[part="empty"]');
      expect(empty.textContent).to.contain('Aucun événement à venir pour le moment.');
      expect(empty.textContent).to.contain('Essayez avec d’autres catégories.');
      expect($(el, '[part="more"]')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('errors', () => {
    it('shows the API error with its code, no retry when it cannot help, and dispatches agenda-error', async () => {
      const failed = nextInDocument('agenda-error');
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="offkey01" city="2"></agenda-events>`);
      const event = await failed;
      expect(event.detail).to.deep.equal({
        code: 'Ax019',
        message: 'Cette clé d’API a été désactivée par Agenda Culturel.',
        status: 403,
      });
      const error = await until(el, '[part="error"]');
      expect(error.textContent).to.contain('Code\u00a0: Ax019');
      expect($(el, '[part="retry"]')).to.be.null;
      expect(announcement(el)).to.equal(event.detail.message);
      await expect(el).to.be.accessible();
    });

    it('offers a retry for transient failures, which loads the events', async () => {
      let failures = 0;
      api.on(/\/json\/2(\/|$)/, () => {
        failures++;
        return apiError('Ax011', 500);
      });
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" lang="en"></agenda-events>`);
      const retry = await until(el, '[part="retry"]');
      expect($(el, '[part="error"]')!.textContent).to.contain('The events service hit an internal error.');
      expect(retry.textContent!.trim()).to.equal('Try again');
      await expect(el).to.be.accessible();
      expect(failures).to.be.greaterThan(0);
      // Its state goes with the button: focus follows the outcome, a new failure's button, then the first card.
      const failed = nextError(el);
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await failed;
      await el.updateComplete;
      const again = $(el, '[part="retry"]')!;
      expect(again).to.not.equal(retry);
      expect(el.shadowRoot!.activeElement === again, 'focus on the new retry button').to.equal(true);
      api.overrides.length = 0;
      await sendKeys({ press: 'Enter' });
      await until(el, 'article.card');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === $(el, '.activate'), 'focus on the first card').to.equal(true);
    });

    it('leaves focus where the visitor took it while the retry loads, from inside another shadow root too', async () => {
      api.on(/\/json\/2(\/|$)/, () => apiError('Ax011', 500));
      const root = await fixture<HTMLElement>(html`<div><input aria-label="Recherche du site" /><div></div></div>`);
      const shadow = root.querySelector('div')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<agenda-events api-base="/api" api-key="demokey1" city="2" limit="2"></agenda-events>';
      const el = shadow.querySelector('agenda-events')!;
      const retry = await until(el, '[part="retry"]', 'the retry button');
      api.overrides.length = 0;
      const release = api.hold();
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const field = root.querySelector('input')!;
      field.focus();
      release();
      await until(el, 'article.card');
      await el.updateComplete;
      expect(document.activeElement === field, 'focus stays in the page’s field').to.equal(true);
    });

    it('reports a missing city as a config error naming it, without any request', async () => {
      const failed = nextInDocument('agenda-error');
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1"></agenda-events>`);
      const event = await failed;
      expect(event.detail.code).to.equal('config');
      expect(event.detail.message).to.contain('«\u00a0city\u00a0»');
      expect($(el, '[part="error"]')!.textContent).to.contain('«\u00a0city\u00a0» est obligatoire');
      expect(api.requests).to.be.empty;
      await expect(el).to.be.accessible();
    });

    it('waits quietly for its town when a town picker names it in for, then lists the town picked', async () => {
      const errors: Event[] = [];
      const collect = (event: Event) => errors.push(event);
      document.addEventListener('agenda-error', collect);
      try {
        const el = (await listingAwaitingTown()) as AgendaEvents;
        await tick(50);
        expect($(el, '[part="error"]')).to.be.null;
        expect($(el, '[part="empty"]')!.textContent).to.contain('Choisissez une ville pour voir ses événements.');
        expect(errors, 'no agenda-error').to.be.empty;
        expect(api.paths.filter((path) => path.includes('/json/')), 'no listing request').to.be.empty;
        await expect(el).to.be.accessible();
        // What the picker does on a pick.
        el.setAttribute('city', '2');
        await until(el, 'article.card');
        expect(api.paths.at(-1)).to.equal('/demokey1/json/2');
        el.removeAttribute('city');
        await until(el, '[part="empty"]');
        expect(errors, 'still no agenda-error').to.be.empty;
      } finally {
        document.removeEventListener('agenda-error', collect);
      }
    });

    it('still reports a missing city when the only town picker names another element', async () => {
      const failed = nextInDocument('agenda-error');
      const page = await fixture<HTMLElement>(html`<div>
        <agenda-city-search for="elsewhere" api-base="/api" api-key="demokey1"></agenda-city-search>
        <agenda-events id="events" api-base="/api" api-key="demokey1"></agenda-events>
      </div>`);
      expect((await failed).detail.code).to.equal('config');
      expect($(page.querySelector('agenda-events')!, '[part="error"]')).to.exist;
    });

    for (const [attribute, markup] of [
      ['api-key', html`<agenda-events api-base="/api" api-key="nope" city="2"></agenda-events>`],
      ['api-key', html`<agenda-events api-base="/api" city="2"></agenda-events>`],
      ['api-base', html`<agenda-events api-base="javascript:alert(1)" api-key="demokey1" city="2"></agenda-events>`],
      ['city', html`<agenda-events api-base="/api" api-key="demokey1" city="amiens"></agenda-events>`],
      ['categories', html`<agenda-events api-base="/api" api-key="demokey1" city="2" categories="Jazz"></agenda-events>`],
      ['limit', html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="500"></agenda-events>`],
      ['offset', html`<agenda-events api-base="/api" api-key="demokey1" city="2" offset="-1"></agenda-events>`],
      ['layout', html`<agenda-events api-base="/api" api-key="demokey1" city="2" layout="table"></agenda-events>`],
      ['detail', html`<agenda-events api-base="/api" api-key="demokey1" city="2" detail="popup"></agenda-events>`],
      ['theme', html`<agenda-events api-base="/api" api-key="demokey1" city="2" theme="pink"></agenda-events>`],
      ['thumb-width', html`<agenda-events api-base="/api" api-key="demokey1" city="2" thumb-width="0"></agenda-events>`],
    ] as const) {
      it(`reports an invalid or missing ${attribute} as a config error`, async () => {
        const failed = nextInDocument('agenda-error');
        const el = await fixture<AgendaEvents>(markup);
        const event = await failed;
        expect(event.detail.code).to.equal('config');
        expect(event.detail.message).to.contain(`«\u00a0${attribute}\u00a0»`);
        expect(api.requests).to.be.empty;
        expect($(el, '[part="error"]')).to.exist;
      });
    }

    it('repeats only the start of a very long wrong value, and keeps the message inside the element', async () => {
      const long = 'x'.repeat(5000);
      const failed = nextInDocument('agenda-error');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px">
        <agenda-events api-base="/api" api-key="demokey1" city=${long}></agenda-events>
      </div>`);
      const event = await failed;
      expect(event.detail.message.length).to.be.below(300);
      expect(event.detail.message).to.contain(`«\u00a0${'x'.repeat(79)}…\u00a0»`);
      const error = await until(wrapper.querySelector('agenda-events')!, '[part="error"]');
      expect(error.scrollWidth, 'no horizontal overflow').to.be.at.most(error.clientWidth + 1);
    });

    it('takes categories as an array from a framework binding the property, and any other type as a config error', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="5"></agenda-events>`);
      await until(el, 'article.card');
      el.categories = ['concert', ' theatre', 'concert'];
      await waitUntil(() => api.paths.at(-1) === '/demokey1/json/2/concert,theatre/0,5', 'the array is requested');
      const failed = nextInDocument('agenda-error');
      (el as unknown as { categories: unknown }).categories = { concert: true };
      const event = await failed;
      expect(event.detail.code).to.equal('config');
      expect(event.detail.message).to.contain('«\u00a0categories\u00a0»');
      await until(el, '[part="error"]');
      el.categories = ['danse'];
      await until(el, 'article.card');
      expect(api.paths.at(-1)).to.equal('/demokey1/json/2/danse/0,5');
    });

    it('recovers once the attribute is fixed', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="x"></agenda-events>`);
      await until(el, '[part="error"]');
      el.setAttribute('city', '2');
      await until(el, 'article.card');
    });
  });

  describe('paging', () => {
    it('keeps focus in the listing when a further page of unusable records ends it', async () => {
      api.on(/\/0,3$/, () => new Response(JSON.stringify({ events: [{}, {}, {}] })));
      api.on(/\/3,3$/, () => new Response(JSON.stringify({ events: [{}] })));
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="3"></agenda-events>`);
      const more = await until(el, '[part="more"]');
      more.focus();
      const loaded = nextInDocument('agenda-load');
      more.click();
      expect((await loaded).detail).to.include({ hasMore: false });
      await el.updateComplete;
      await tick();
      expect($(el, '[part="more"]')).to.be.null;
      const focused = el.shadowRoot!.activeElement;
      expect(focused !== null && focused.getAttribute('part') === 'empty', 'the empty state has focus').to.equal(true);
      expect(announcement(el)).to.equal('Tous les événements sont affichés.');
    });

    it('offers the next page under the empty state when a full page held no usable event', async () => {
      // Three records, none with an id: the page was full, so the API has more.
      api.on(/\/json\/2\/[a-z,-]+\/0,3$/, () => new Response(JSON.stringify({ events: [{}, { titre: 'Sans id' }, null] })));
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...data: unknown[]) => warnings.push(data);
      const loaded = nextInDocument('agenda-load');
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="3"></agenda-events>`);
      try {
        expect((await loaded).detail).to.include({ hasMore: true });
      } finally {
        console.warn = warn;
      }
      // The integrator learns why: the console names the dropped records.
      expect(warnings.map((data) => data.join(' '))).to.include('<agenda-events>: 3 record(s) of the page at offset 0 could not be used (not an object, or no id or title) and are not shown.');
      await el.updateComplete;
      expect($(el, '[part="empty"]')!.textContent!.trim()).to.equal('Les événements de cette page n’ont pas pu être affichés.');
      expect(announcement(el)).to.equal('Les événements de cette page n’ont pas pu être affichés.');
      await expect(el).to.be.accessible();
      const more = $(el, '[part="more"]')!;
      const next = nextInDocument('agenda-load');
      more.click();
      expect((await next).detail.items).to.have.length(3);
      await el.updateComplete;
      expect($$(el, 'article.card')).to.have.length(3);
      expect($(el, '[part="empty"]')).to.be.null;
      expect(api.paths.at(-1)).to.match(/\/3,3$/);
    });

    it('appends the next page, moves focus to the first new card, and hides "more" after a short page', async () => {
      api.total = 12;
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="5"></agenda-events>`);
      const more = await until(el, '[part="more"]');
      expect(more.textContent!.trim()).to.equal('Plus d’événements');

      let loaded = nextInDocument('agenda-load');
      more.click();
      expect((await loaded).detail).to.include({ offset: 5, limit: 5, hasMore: true });
      await el.updateComplete;
      expect($$(el, 'article.card')).to.have.length(10);
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Événement 6');
      expect(announcement(el)).to.equal('5 événements de plus.');

      loaded = nextInDocument('agenda-load');
      $(el, '[part="more"]')!.click();
      const last = await loaded;
      expect(last.detail.items).to.have.length(2);
      expect(last.detail.hasMore).to.be.false;
      await el.updateComplete;
      expect($$(el, 'article.card')).to.have.length(12);
      expect($(el, '[part="more"]')).to.be.null;
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Événement 11');
      expect(api.paths.map((path) => path.split('/').at(-1))).to.deep.equal(['0,5', '5,5', '10,5']);
      await expect(el).to.be.accessible();
    });

    it('appends a long page across frames, then focuses, announces and dispatches agenda-load once all cards are in', async () => {
      api.total = 60;
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="25"></agenda-events>`);
      const more = await until(el, '[part="more"]');
      const counts: number[] = [];
      const busy: string[] = [];
      let watching = true;
      const watch = () => {
        counts.push($$(el, 'article.card').length);
        busy.push($(el, '.body')!.getAttribute('aria-busy')!);
        if (watching) requestAnimationFrame(watch);
      };
      let cardsAtLoad = -1;
      let announcedAtLoad = '';
      el.addEventListener('agenda-load', () => ((cardsAtLoad = $$(el, 'article.card').length), (announcedAtLoad = announcement(el))), { once: true });
      const loaded = nextInDocument('agenda-load');
      requestAnimationFrame(watch);
      more.click();
      const event = await loaded;
      watching = false;
      expect(event.detail).to.include({ offset: 25, limit: 25, hasMore: true });
      expect(cardsAtLoad, 'cards when agenda-load is dispatched').to.equal(50);
      expect(announcedAtLoad).to.equal('25 événements de plus.');
      // Some frames saw part of the page: it was appended in runs, busy meanwhile.
      const partial = counts.filter((count) => count > 25 && count < 50);
      expect(partial.length, `cards seen per frame: ${counts.join(', ')}`).to.be.greaterThan(0);
      expect(busy[counts.indexOf(partial[0]!)]).to.equal('true');
      await el.updateComplete;
      expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('false');
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Événement 26');
      expect(more.getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('does not list again the events of a page the server repeats (an offset ignored), and ends the list', async () => {
      // Every page is the first one.
      api.on(/\/json\/2\/[a-z,-]+\/\d+,5$/, () => new Response(JSON.stringify({ events: Array.from({ length: 5 }, (_, index) => rawEvent(index)) })));
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...data: unknown[]) => warnings.push(data.join(' '));
      try {
        const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="5"></agenda-events>`);
        const more = await until(el, '[part="more"]');
        const loaded = nextInDocument('agenda-load');
        more.click();
        expect((await loaded).detail).to.include({ offset: 5, hasMore: false });
        await el.updateComplete;
        expect($$(el, 'article.card')).to.have.length(5);
        expect($(el, '[part="more"]'), 'no "more" to press again and again').to.be.null;
        expect(announcement(el)).to.equal('Tous les événements sont affichés.');
        expect(warnings).to.include('<agenda-events>: the page at offset 5 repeats 5 event(s) already listed; they are not shown again.');
      } finally {
        console.warn = warn;
      }
    });

    it('keeps a page’s events listed again at another date (the API lists an event once per upcoming date)', async () => {
      api.on(/\/json\/4\/[a-z,-]+\/\d+,2$/, (url) => {
        const second = url.endsWith('/2,2');
        const events = [0, 1].map((index) => ({ ...rawEvent(index), nextdate: second ? '2031-01-1' + index : '2030-12-1' + index }));
        return new Response(JSON.stringify({ events }));
      });
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="4" limit="2"></agenda-events>`);
      const more = await until(el, '[part="more"]');
      const loaded = nextInDocument('agenda-load');
      more.click();
      expect((await loaded).detail.items).to.have.length(2);
      await el.updateComplete;
      expect($$(el, 'article.card')).to.have.length(4);
    });

    it('appends only the new events of a page that repeats some', async () => {
      // The second page starts two events too early.
      api.on(/\/json\/3\/[a-z,-]+\/\d+,5$/, (url) => {
        const offset = Number(/(\d+),5$/.exec(url)![1]);
        const first = offset === 0 ? 0 : offset - 2;
        return new Response(JSON.stringify({ events: Array.from({ length: 5 }, (_, index) => rawEvent(first + index)) }));
      });
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="3" limit="5"></agenda-events>`);
        const more = await until(el, '[part="more"]');
        const loaded = nextInDocument('agenda-load');
        more.click();
        const page = (await loaded).detail;
        expect(page.items.map((event) => event.title)).to.deep.equal(['Événement 6', 'Événement 7', 'Événement 8']);
        expect(page.hasMore).to.be.true;
        await el.updateComplete;
        expect($$(el, 'article.card')).to.have.length(8);
      } finally {
        console.warn = warn;
      }
    });

    it('shows "loading" on the more button while the page loads', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="5"></agenda-events>`);
      const more = await until(el, '[part="more"]');
      const release = api.hold();
      more.click();
      await el.updateComplete;
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expect(more.textContent!.trim()).to.equal('Chargement…');
      more.click();
      release();
      await waitUntil(() => $$(el, 'article.card').length === 10, undefined, { timeout: 5000 });
      expect(api.requests).to.have.length(2);
    });
    it('keeps the cards when a further page fails, says why, and retries with the same button', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="5"></agenda-events>`);
      const more = await until(el, '[part="more"]');
      api.on(/\/5,5$/, () => apiError('Ax005', 400));
      const failed = nextInDocument('agenda-error');
      more.click();
      expect((await failed).detail.code).to.equal('Ax005');
      await el.updateComplete;
      expect($$(el, 'article.card')).to.have.length(5);
      expect($(el, '.more-error')!.textContent).to.contain('La suite n’a pas pu être chargée.');
      // Heard with what failed, not the bare message: the listing is still there.
      expect(announcement(el)).to.match(/^La suite n’a pas pu être chargée\. \S/);
      // Both halves follow a change of language, as the visible notice does.
      el.setAttribute('lang', 'en');
      await waitUntil(() => announcement(el).startsWith('The next events could not be loaded. '), 'the English announcement');
      expect(announcement(el)).to.equal($(el, '.more-error')!.textContent!.replace(/\s+/g, ' ').trim());
      el.removeAttribute('lang');
      await waitUntil(() => announcement(el).startsWith('La suite'), 'back to French');
      expect($(el, '[part="more"]')!.textContent!.trim()).to.equal('Réessayer');
      await expect(el).to.be.accessible();
      api.overrides.length = 0;
      $(el, '[part="more"]')!.click();
      await waitUntil(() => $$(el, 'article.card').length === 10, undefined, { timeout: 5000 });
      expect($(el, '.more-error')).to.be.null;
    });
  });

  describe('stale answers', () => {
    it('aborts the pending request when an attribute changes, and never shows the stale answer', async () => {
      api.on(/\/json\/2(\/|$)/, () => new Response(JSON.stringify({ events: [{ id_agenda: '1', titre: 'Ancien', nextdate: '2030-01-01' }] })));
      const releaseOld = api.hold(/\/json\/2(\/|$)/);
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2"></agenda-events>`);
      el.city = 5;
      await until(el, 'article.card');
      releaseOld();
      await tick(50);
      expect(api.requests[0]!.aborted).to.be.true;
      const titles = $$(el, '.activate').map((button) => button.textContent!.trim());
      expect(titles).not.to.include('Ancien');
      expect(titles[0]).to.equal('Événement 1');
    });

    it('ignores a slow first answer that arrives after a faster second one', async () => {
      // The stub ignores the abort signal here, like a server whose answer was already on its way.
      api.ignoreAbort = true;
      const slow = api.hold(/,3$/);
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="3"></agenda-events>`);
      el.setAttribute('limit', '2');
      await waitUntil(() => $$(el, 'article.card').length > 0 || $(el, '[part="error"]'), undefined, { timeout: 5000 });
      slow();
      await tick(50);
      expect($$(el, 'article.card')).to.have.length(2);
    });

    it('aborts the request when the element is removed, and starts again when it is put back', async () => {
      const release = api.hold();
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2"></agenda-events>`);
      const parent = el.parentNode!;
      el.remove();
      await tick();
      expect(api.requests[0]!.aborted).to.be.true;
      release();
      parent.appendChild(el);
      await until(el, 'article.card');
      expect(api.requests).to.have.length(2);
    });
  });

  describe('selection', () => {
    it('dispatches a cancelable agenda-select with the event', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="2"></agenda-events>`);
      await until(el, 'article.card');
      const selected = nextInDocument('agenda-select');
      $(el, '.activate')!.click();
      const event = await selected;
      expect(event.cancelable && event.bubbles && event.composed).to.be.true;
      expect(event.detail.event).to.include({ id: 1000, title: 'Événement 1' });
      // The default detail="dialog" opens the event dialog: remove it here, or its request for event 1000
      // lands in a later test's API log.
      await waitUntil(() => document.querySelector('agenda-event-dialog'), 'the dialog', { timeout: 5000 });
      for (const dialog of document.querySelectorAll('agenda-event-dialog')) dialog.remove();
    });

    it('with detail="link", opens the event page found in the event detail', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="2" detail="link"></agenda-events>`);
      await until(el, 'article.card');
      const visited: string[] = [];
      (el as unknown as { navigate: (url: string) => void }).navigate = (url) => visited.push(url);
      $$(el, '.activate')[1]!.click();
      await waitUntil(() => visited.length === 1, undefined, { timeout: 5000 });
      expect(visited).to.deep.equal(['https://www.agendaculturel.fr/evenement/1001']);
      expect(api.paths.at(-1)).to.equal('/demokey1/json/event/1001');
    });

    it('with detail="link", shows why the event could not be opened above the cards, until the next try', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="2" detail="link"></agenda-events>`);
      await until(el, 'article.card');
      const visited: string[] = [];
      (el as unknown as { navigate: (url: string) => void }).navigate = (url) => visited.push(url);
      api.on(/\/event\/1001$/, () => apiError('Ax007', 404));
      const failed = nextError(el);
      $$(el, '.activate')[1]!.click();
      const error = await failed;
      expect(error.detail.code).to.equal('Ax007');
      await el.updateComplete;
      const notice = $(el, '[part="open-error"]')!;
      expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`L’événement n’a pas pu être ouvert. ${error.detail.message}`);
      expect(notice.getBoundingClientRect().bottom).to.be.at.most($(el, 'article.card')!.getBoundingClientRect().top);
      expect($$(el, 'article.card')).to.have.length(2);
      expect(announcement(el)).to.equal(`L’événement n’a pas pu être ouvert. ${error.detail.message}`);
      expect(visited).to.be.empty;
      await expect(el).to.be.accessible();
      // Any new activation takes the notice away, even one the host stops.
      const stop = (event: Event) => event.preventDefault();
      el.addEventListener('agenda-select', stop, { once: true });
      $$(el, '.activate')[1]!.click();
      await el.updateComplete;
      expect($$(el, '[part="open-error"]')).to.have.length(0);
      $$(el, '.activate')[0]!.click();
      await waitUntil(() => visited.length === 1, 'the first event opens', { timeout: 5000 });
      await el.updateComplete;
      expect($$(el, '[part="open-error"]')).to.have.length(0);
    });

    it('does not navigate when the host calls preventDefault()', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="2" detail="link"></agenda-events>`);
      await until(el, 'article.card');
      const visited: string[] = [];
      (el as unknown as { navigate: (url: string) => void }).navigate = (url) => visited.push(url);
      el.addEventListener('agenda-select', (event) => event.preventDefault());
      $(el, '.activate')!.click();
      await tick(50);
      expect(visited).to.be.empty;
      expect(api.requests).to.have.length(1);
    });

    it('with detail="none" only dispatches', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="2" detail="none"></agenda-events>`);
      await until(el, 'article.card');
      $(el, '.activate')!.click();
      await tick(50);
      expect(api.requests).to.have.length(1);
    });
  });

  describe('language and theme', () => {
    it('speaks English with lang="en" and formats dates in English', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" lang="en" limit="2"></agenda-events>`);
      await until(el, 'article.card');
      expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Upcoming events');
      expect($(el, 'img')!.getAttribute('alt')).to.equal('Image for “Événement 1”');
      expect($(el, '[part="date"]')!.textContent).to.match(/[A-Z][a-z]+day,? \d{1,2} [A-Z][a-z]+, 20:30/);
      expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
    });

    it('follows the closest [lang] of the page, and switches when it changes', async () => {
      const wrapper = await fixture(
        html`<div lang="en-GB"><agenda-events api-base="/api" api-key="demokey1" city="2" limit="1"></agenda-events></div>`,
      );
      const el = wrapper.querySelector('agenda-events')!;
      await until(el, 'article.card');
      expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Upcoming events');
      wrapper.setAttribute('lang', 'fr');
      await waitUntil(() => $(el, 'ul')!.getAttribute('aria-label') === 'Événements à venir', undefined, { timeout: 5000 });
      expect(api.requests).to.have.length(1);
    });

    it('applies the theme', async () => {
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="1" theme="dark"></agenda-events>`);
      await until(el, 'article.card');
      expect($(el, '.root')!.classList.contains('dark')).to.be.true;
      expect(getComputedStyle($(el, 'article.card')!).backgroundColor).to.equal('rgb(31, 31, 37)');
      await expect(el).to.be.accessible();
    });

    it('lets the page theme it through --agenda-* tokens', async () => {
      const el = await fixture<AgendaEvents>(
        html`<agenda-events api-base="/api" api-key="demokey1" city="2" limit="1" style="--agenda-color-accent: rgb(0, 0, 255); --agenda-radius: 3px"></agenda-events>`,
      );
      await until(el, 'article.card');
      expect(getComputedStyle($(el, 'article.card')!).borderTopLeftRadius).to.equal('3px');
    });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { AgendaGeo } from '../../src/index.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, $$, announcement, nextInDocument, tick, until } from '../helpers/elements.js';
import { stubGeolocation, type GeolocationStub } from '../helpers/geolocation.js';

describe('<agenda-geo>', () => {
  let api: FakeApi;
  let geolocation: GeolocationStub | undefined;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
    geolocation?.restore();
    geolocation = undefined;
  });

  it('is defined', () => {
    expect(customElements.get('agenda-geo')).to.equal(AgendaGeo);
    expect(document.createElement('agenda-geo')).to.be.instanceOf(AgendaGeo);
  });

  it('lists events around lat/lon within the radius, with town and distance on each card', async () => {
    const loaded = nextInDocument('agenda-load');
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.897455" lon="2.301060" radius="2.5" limit="4"></agenda-geo>`,
    );
    expect((await loaded).detail.items).to.have.length(4);
    expect(api.paths).to.have.length(1);
    expect(api.paths[0]).to.match(/^\/demokey1\/json\/geo\/49\.897455,2\.30106\/2\.5\/(.+\/)?0,4$/);
    const venue = $(el, '[part="venue"]')!.textContent!.replace(/\s+/g, ' ');
    expect(venue).to.match(/Salle 1 · Amiens, à 400\sm/);
    await expect(el).to.be.accessible();
  });

  it('uses a 10 km radius by default and passes categories', async () => {
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.9" lon="2.3" categories="danse" limit="2"></agenda-geo>`,
    );
    await until(el, 'article.card');
    expect(api.paths[0]).to.match(/^\/demokey1\/json\/geo\/49\.9,2\.3\/10\/danse\/0,2$/);
  });

  it('with restricted, asks for the key’s own zone without a position', async () => {
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="zonekey1" restricted limit="3"></agenda-geo>`);
    await until(el, 'article.card');
    expect(api.paths[0]).to.match(/^\/zonekey1\/json\/geo\/?(.+\/)?(0,3)?$/);
    expect(api.paths[0]).not.to.contain('49.');
  });

  it('with restricted and a key not bound to a zone, shows Ax017', async () => {
    const failed = nextInDocument('agenda-error');
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" restricted></agenda-geo>`);
    expect((await failed).detail).to.include({ code: 'Ax017', status: 403 });
    await until(el, '[part="error"]');
    await expect(el).to.be.accessible();
  });

  it('reports a missing position as a config error naming lat', async () => {
    const failed = nextInDocument('agenda-error');
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1"></agenda-geo>`);
    const event = await failed;
    expect(event.detail.code).to.equal('config');
    expect(event.detail.message).to.contain('«\u00a0lat\u00a0»');
    expect(api.requests).to.be.empty;
    await expect(el).to.be.accessible();
  });

  for (const [attribute, markup] of [
    ['lat', html`<agenda-geo api-base="/api" api-key="demokey1" lat="91" lon="2"></agenda-geo>`],
    ['lon', html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.9"></agenda-geo>`],
    ['lon', html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.9" lon="2,3"></agenda-geo>`],
    ['radius', html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.9" lon="2.3" radius="0"></agenda-geo>`],
    ['radius', html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.9" lon="2.3" radius="dix"></agenda-geo>`],
  ] as const) {
    it(`reports an invalid or missing ${attribute} as a config error`, async () => {
      const failed = nextInDocument('agenda-error');
      await fixture<AgendaGeo>(markup);
      const event = await failed;
      expect(event.detail.code).to.equal('config');
      expect(event.detail.message).to.contain(`«\u00a0${attribute}\u00a0»`);
      expect(api.requests).to.be.empty;
    });
  }

  it('is accessible while loading, and aborts the request when the radius changes', async () => {
    const release = api.hold(/\/5\//);
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" lat="49.9" lon="2.3" radius="5" limit="2"></agenda-geo>`,
    );
    expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    el.radius = '20';
    await until(el, 'article.card');
    release();
    await tick(30);
    expect(api.requests[0]!.aborted).to.be.true;
    expect(api.paths[1]).to.match(/\/geo\/49\.9,2\.3\/20\//);
    expect($$(el, 'article.card')).to.have.length(2);
  });

  describe('locate', () => {
    it('explains and waits for the visitor before asking the browser', async () => {
      geolocation = stubGeolocation({ lat: 49.894, lon: 2.2957 });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate></agenda-geo>`);
      await tick(20);
      const prompt = $(el, '[part="locate"]')!;
      expect(prompt.textContent).to.contain('Voir les événements autour de vous\u202f?');
      expect($(el, '[part="locate-button"]')!.textContent!.trim()).to.equal('Utiliser ma position');
      expect(geolocation.calls).to.equal(0);
      expect(api.requests).to.be.empty;
      await expect(el).to.be.accessible();
    });

    it('lists events around the visitor once the position is granted', async () => {
      geolocation = stubGeolocation({ lat: 49.8941708, lon: 2.2956951 });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate limit="3"></agenda-geo>`);
      $(el, '[part="locate-button"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="locate"]')!.textContent).to.contain('Recherche de votre position…');
      // The button pressed is gone: focus moves to the words that replace it, which say what is going on.
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Recherche de votre position…');
      await until(el, 'article.card');
      expect(geolocation.calls).to.equal(1);
      expect(el.locateStatus).to.equal('located');
      expect(api.paths[0]).to.match(/^\/demokey1\/json\/geo\/49\.894171,2\.295695\/10\//);
      expect($(el, '[part="locate"]')!.textContent).to.contain('Événements autour de votre position.');
      // The words changed under focus, which a screen reader does not say: the count says where it is listed.
      await waitUntil(() => announcement(el) === 'Événements autour de votre position. 3 événements affichés.', 'said with the count');
      await expect(el).to.be.accessible();
    });

    it('keeps the keyboard where the visitor is: on the place found, or on the retry after a refusal', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate limit="2"></agenda-geo>`);
      // A click that does not focus the button, as in Safari and on touch screens.
      $(el, '[part="locate-button"]')!.click();
      await until(el, 'article.card');
      expect(el.shadowRoot!.activeElement?.id, 'focus on "around your position"').to.equal('around');
      geolocation.restore();

      geolocation = stubGeolocation({ error: 1 });
      const refused = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate></agenda-geo>`);
      $(refused, '[part="locate-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => refused.locateStatus === 'denied', undefined, { timeout: 5000 });
      await refused.updateComplete;
      const retry = $(refused, '[part="locate-button"]')!;
      expect(retry.textContent!.trim()).to.equal('Réessayer');
      expect(refused.shadowRoot!.activeElement, 'focus on the retry').to.equal(retry);
    });

    it('while finding the position, takes the box of what it will list, and keeps it when the position comes', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 }, 'prompt', { held: true });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate limit="3"></agenda-geo>`);
      const before = el.getBoundingClientRect().height;
      $(el, '[part="locate-button"]')!.click();
      await el.updateComplete;
      // "Finding your position…", a way to stop, and the skeleton of the three cards to come, busy.
      expect($(el, '[part="locate"] p')!.textContent).to.equal('Recherche de votre position…');
      expect($(el, '[part="cancel-locate"]')!.textContent!.trim()).to.equal('Annuler');
      expect($(el, '[part="cancel-locate"]')!.getAttribute('aria-describedby')).to.equal('around');
      // Its label is centred: as much room on either side of the words.
      const button = $(el, '[part="cancel-locate"]')!.getBoundingClientRect();
      const label = $(el, '[part="cancel-locate"] > span')!.getBoundingClientRect();
      expect(label.left - button.left).to.be.closeTo(button.right - label.right, 1);
      expect($$(el, '.skeleton'), 'skeleton cards').to.have.length(3);
      expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      const locating = el.getBoundingClientRect().height;
      expect(locating, 'the box changes on the press, not later').to.be.greaterThan(before + 100);
      geolocation.release();
      await until(el, 'article.card');
      expect($(el, '[part="locate"] p')!.textContent).to.equal('Événements autour de votre position.');
      expect(el.getBoundingClientRect().height, 'cards in the skeleton’s box').to.be.closeTo(locating, 0.5);
      // Focus stayed on the words, now what is listed.
      expect(el.shadowRoot!.activeElement?.id).to.equal('around');
    });

    it('stops finding the position when the visitor cancels, back to the prompt, and ignores a late answer', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 }, 'prompt', { held: true });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate limit="3"></agenda-geo>`);
      $(el, '[part="locate-button"]')!.click();
      await el.updateComplete;
      $(el, '[part="cancel-locate"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.locateStatus).to.equal('idle');
      expect($(el, '[part="locate"]')!.textContent).to.contain('Voir les événements autour de vous ?');
      expect(el.shadowRoot!.activeElement, 'focus on "use my position"').to.equal($(el, '[part="locate-button"]'));
      expect($$(el, '.skeleton')).to.be.empty;
      expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('false');
      geolocation.release();
      await tick(30);
      expect(el.locateStatus).to.equal('idle');
      expect(api.requests).to.be.empty;
    });

    /** Runs `body` as on a page whose loader found the geolocation permission granted (src/reserve-space.ts). */
    async function grantedBeforeLoad(body: () => Promise<void>): Promise<void> {
      const mark = Symbol.for('agenda-widgets.geolocation-granted');
      const marked = document as Document & { [mark]?: boolean };
      marked[mark] = true;
      try {
        await body();
      } finally {
        delete marked[mark];
      }
    }

    it('locates before its first render when the loader found the permission granted', async () => {
      const stub = (geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 }, 'granted', { held: true }));
      await grantedBeforeLoad(async () => {
        const el = document.createElement('agenda-geo') as AgendaGeo;
        for (const [name, value] of Object.entries({ 'api-base': '/api', 'api-key': 'demokey1', limit: '2' })) el.setAttribute(name, value);
        el.toggleAttribute('locate', true);
        document.body.append(el);
        try {
          // Asked as it connects, before any render: the Permissions API path would ask only after the first one.
          expect(stub.calls, 'asked on connection').to.equal(1);
          await el.updateComplete;
          expect($(el, '[part="locate-button"]'), 'no prompt first').to.equal(null);
          expect($(el, '[part="cancel-locate"]')).to.exist;
          expect($$(el, '.skeleton')).to.have.length(2);
          // Nobody asked: the page hears it (once the live region has been there a moment), and focus stays where it was.
          await waitUntil(() => announcement(el) === 'Recherche de votre position…', 'announced', { timeout: 2000 });
          expect(el.shadowRoot!.activeElement).to.equal(null);
          stub.release();
          await until(el, 'article.card');
        } finally {
          el.remove();
        }
      });
    });

    it('says "finding your position" in the element’s language when it locates before its first render', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 }, 'granted', { held: true });
      await grantedBeforeLoad(async () => {
        const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate lang="en"></agenda-geo>`);
        await waitUntil(() => announcement(el) === 'Finding your position…', 'announced in English', { timeout: 2000 });
        expect($(el, '[part="cancel-locate"]')!.textContent!.trim()).to.equal('Cancel');
      });
    });

    it('leaves focus alone when it locates without the visitor asking', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 }, 'granted');
      const page = await fixture<HTMLElement>(html`<div><input aria-label="page field" /><agenda-geo api-base="/api" api-key="demokey1" locate limit="2"></agenda-geo></div>`);
      const field = page.querySelector('input')!;
      field.focus();
      const el = page.querySelector<AgendaGeo>('agenda-geo')!;
      await until(el, 'article.card');
      expect(document.activeElement).to.equal(field);
    });

    it('locates at once when the permission was already granted', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 }, 'granted');
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate limit="2"></agenda-geo>`);
      await until(el, 'article.card');
      expect(geolocation.calls).to.equal(1);
    });

    it('says clearly when the position is refused, offers the fallback slot and a retry, and sends nothing', async () => {
      geolocation = stubGeolocation({ error: 1 });
      const el = await fixture<AgendaGeo>(
        html`<agenda-geo api-base="/api" api-key="demokey1" locate><p slot="fallback">Choisissez une ville</p></agenda-geo>`,
      );
      $(el, '[part="locate-button"]')!.click();
      await waitUntil(() => el.locateStatus === 'denied', undefined, { timeout: 5000 });
      await el.updateComplete;
      expect($(el, '[part="locate"]')!.textContent).to.contain('Vous n’avez pas autorisé l’accès à votre position.');
      // Said once the region, emptied by the press, has been empty a moment: the same words twice in a row are heard.
      await waitUntil(() => announcement(el).includes('Vous n’avez pas autorisé'), 'refusal said', { timeout: 2000 });
      expect($(el, 'slot[name="fallback"]')).to.exist;
      expect($(el, '[part="locate-button"]')!.textContent!.trim()).to.equal('Réessayer');
      expect(api.requests).to.be.empty;
      await expect(el).to.be.accessible();
    });

    it('says when the position is unavailable, in English too', async () => {
      geolocation = stubGeolocation({ error: 2 });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate lang="en"></agenda-geo>`);
      $(el, '[part="locate-button"]')!.click();
      await waitUntil(() => el.locateStatus === 'unavailable', undefined, { timeout: 5000 });
      await el.updateComplete;
      expect($(el, '[part="locate"]')!.textContent).to.contain('Your position could not be determined.');
    });

    it('after a refusal, a retry that is refused again is said again, and "Annuler" meanwhile goes back to the refusal', async () => {
      const stub = (geolocation = stubGeolocation({ error: 1 }, 'prompt', { held: true }));
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate></agenda-geo>`);
      $(el, '[part="locate-button"]')!.click();
      await el.updateComplete;
      stub.release();
      await waitUntil(() => el.locateStatus === 'denied', undefined, { timeout: 5000 });
      await waitUntil(() => announcement(el).includes('Vous n’avez pas autorisé'), 'refusal said', { timeout: 2000 });
      // "Réessayer", then "Annuler" before the browser answers: the refusal, with focus on its retry.
      $(el, '[part="locate-button"]')!.click();
      await el.updateComplete;
      expect(announcement(el), 'the region emptied while locating').to.equal('');
      $(el, '[part="cancel-locate"]')!.click();
      await el.updateComplete;
      expect(el.locateStatus).to.equal('denied');
      expect(el.shadowRoot!.activeElement, 'focus on the retry').to.equal($(el, '[part="locate-button"]'));
      // "Réessayer" again, refused again: a change of the region, so a screen reader says it again.
      $(el, '[part="locate-button"]')!.click();
      await el.updateComplete;
      expect(announcement(el)).to.equal('');
      stub.release();
      await waitUntil(() => announcement(el).includes('Vous n’avez pas autorisé'), 'said again', { timeout: 2000 });
    });

    it('leaves focus where the visitor moved it while waiting, when the position is refused', async () => {
      const stub = (geolocation = stubGeolocation({ error: 1 }, 'prompt', { held: true }));
      const page = await fixture<HTMLElement>(html`<div><input aria-label="page field" /><agenda-geo api-base="/api" api-key="demokey1" locate></agenda-geo></div>`);
      const el = page.querySelector<AgendaGeo>('agenda-geo')!;
      await el.updateComplete;
      $(el, '[part="locate-button"]')!.click();
      await el.updateComplete;
      const field = page.querySelector('input')!;
      field.focus();
      stub.release();
      await waitUntil(() => el.locateStatus === 'denied', undefined, { timeout: 5000 });
      await el.updateComplete;
      expect(document.activeElement).to.equal(field);
    });

    it('keeps the position found earlier when a second attempt is refused while changing the place', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate limit="2"></agenda-geo>`);
      $(el, '[part="locate-button"]')!.click();
      await until(el, 'article.card');
      geolocation.restore();
      geolocation = stubGeolocation({ error: 1 });
      $(el, '[part="change-place"]')!.click();
      await el.updateComplete;
      $(el, '[part="locate-button"]')!.click();
      await waitUntil(() => el.locateStatus === 'denied', undefined, { timeout: 5000 });
      await waitUntil(() => announcement(el).includes('Vous n’avez pas autorisé'), 'refusal said', { timeout: 2000 });
      expect($$(el, 'article.card'), 'still listed around the position found before').to.have.length(2);
      // "Annuler" leaves the change of place for what is still listed, with focus on "Changer".
      $(el, '[part="cancel-change"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="locate"] p')!.textContent).to.equal('Événements autour de votre position.');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="change-place"]'));
      expect(api.requests).to.have.length(1);
    });

    it('without a position to fall back to, says a refusal met while changing the place', async () => {
      geolocation = stubGeolocation({ error: 1 });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate lat="49.9" lon="2.3" limit="2"></agenda-geo>`);
      await until(el, 'article.card');
      $(el, '[part="locate-button"]')!.click();
      await waitUntil(() => el.locateStatus === 'denied', undefined, { timeout: 5000 });
      await waitUntil(() => announcement(el).includes('Vous n’avez pas autorisé'), 'refusal said', { timeout: 2000 });
    });

    it('stops finding the position on Escape, as "Annuler" does', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 }, 'prompt', { held: true });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate></agenda-geo>`);
      $(el, '[part="locate-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.locateStatus).to.equal('locating');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.locateStatus).to.equal('idle');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="locate-button"]'));
    });

    it('"Annuler" goes back to the header shown before: the change of place, or "Changer" when the page asked', async () => {
      geolocation = stubGeolocation({ lat: 49.9, lon: 2.3 });
      const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate limit="2"></agenda-geo>`);
      $(el, '[part="locate-button"]')!.click();
      await until(el, 'article.card');
      geolocation.restore();
      geolocation = stubGeolocation({ lat: 48.85, lon: 2.35 }, 'granted', { held: true });
      // The visitor changes the place, asks for their position, then cancels: the change form, on its button.
      $(el, '[part="change-place"]')!.click();
      await el.updateComplete;
      $(el, '[part="locate-button"]')!.click();
      await el.updateComplete;
      expect($$(el, 'article.card'), 'the cards stay listed meanwhile').to.have.length(2);
      expect($(el, '.body')!.getAttribute('aria-busy'), 'and are not busy').to.equal('false');
      $(el, '[part="cancel-locate"]')!.click();
      await el.updateComplete;
      expect($(el, '[part="cancel-change"]'), 'the change form').to.exist;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="locate-button"]'));
      // The page asks (no visitor), then the visitor cancels: the header listed around, on "Changer".
      $(el, '[part="cancel-change"]')!.click();
      await el.updateComplete;
      el.requestLocation();
      await el.updateComplete;
      $(el, '[part="cancel-locate"]')!.click();
      await el.updateComplete;
      expect(el.locateStatus).to.equal('located');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="change-place"]'));
      geolocation.release();
      await tick(30);
      expect(api.requests, 'the cancelled answer asks for nothing').to.have.length(1);
    });

    it('shows the default position first, and keeps it when the visitor refuses', async () => {
      geolocation = stubGeolocation({ error: 1 });
      const el = await fixture<AgendaGeo>(
        html`<agenda-geo api-base="/api" api-key="demokey1" locate lat="49.897455" lon="2.301060" limit="2"></agenda-geo>`,
      );
      await until(el, 'article.card');
      expect($(el, '[part="locate"]')!.textContent).to.contain('Voir plutôt les événements autour de vous\u202f?');
      $(el, '[part="locate-button"]')!.click();
      await waitUntil(() => el.locateStatus === 'denied', undefined, { timeout: 5000 });
      await el.updateComplete;
      expect($(el, '[part="locate"]')!.textContent).to.contain('position par défaut');
      expect($$(el, 'article.card')).to.have.length(2);
      expect(api.requests).to.have.length(1);
    });

    it('switches from the default position to the visitor’s, aborting nothing that is still needed', async () => {
      geolocation = stubGeolocation({ lat: 48.85, lon: 2.35 });
      const el = await fixture<AgendaGeo>(
        html`<agenda-geo api-base="/api" api-key="demokey1" locate lat="49.897455" lon="2.301060" limit="2"></agenda-geo>`,
      );
      await until(el, 'article.card');
      $(el, '[part="locate-button"]')!.click();
      await waitUntil(() => api.requests.length === 2, undefined, { timeout: 5000 });
      expect(api.paths[1]).to.match(/\/geo\/48\.85,2\.35\/10\//);
      await waitUntil(() => $(el, '.body')!.getAttribute('aria-busy') === 'false', undefined, { timeout: 5000 });
      expect($$(el, 'article.card')).to.have.length(2);
    });
  });
});

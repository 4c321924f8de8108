import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { AgendaGeo } from '../../src/index.js';
import { DEFAULT_GEOCODER_BASE, getGeocoder } from '../../src/client/index.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, $$, announcement, nextInDocument, tick, until } from '../helpers/elements.js';
import { stubGeolocation, type GeolocationStub } from '../helpers/geolocation.js';

/** API Adresse features, `[lon, lat]`, as the geocoder sends them. */
const AMIENS = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [2.2957, 49.894] },
  properties: {
    label: 'Amiens',
    name: 'Amiens',
    type: 'municipality',
    city: 'Amiens',
    postcode: '80000',
    citycode: '80021',
    context: '80, Somme, Hauts-de-France',
  },
};
const LILLE_STREET = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [3.0586, 50.6311] },
  properties: {
    label: 'Rue des Amiettes 59000 Lille',
    name: 'Rue des Amiettes',
    type: 'street',
    city: 'Lille',
    postcode: '59000',
    citycode: '59350',
    context: '59, Nord, Hauts-de-France',
  },
};

/**
 * A scripted geocoder behind a fetch spy: it records every geocoder URL (path and query), answers
 * `amie…` with Amiens (and a Lille street for `amie` itself), anything else with nothing, can fail with a
 * status, and can hold the answer to one query back — answering even after an abort, like a server whose
 * answer was already on its way, so only the element can keep a stale answer off the screen.
 */
class FakeGeocoder {
  /** Geocoder URLs requested: path and query for this site, the whole URL for another. */
  readonly urls: string[] = [];
  /** Status of every answer; 200 answers the script. */
  status = 200;
  readonly #holds = new Map<string, Promise<void>>();
  #original: typeof fetch | undefined;

  install(): this {
    this.#original = window.fetch;
    const inner = window.fetch;
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
      const local = url.origin === location.origin;
      if (!(local && url.pathname.startsWith('/api/search')) && url.origin !== DEFAULT_GEOCODER_BASE) return inner(input, init);
      this.urls.push(local ? `${url.pathname}${url.search}` : url.href);
      const query = url.searchParams.get('q') ?? '';
      await this.#holds.get(query);
      if (this.status !== 200) {
        return new Response(JSON.stringify({ code: this.status, message: 'boom' }), {
          status: this.status,
          headers: { 'Content-Type': 'application/json' },
        });
      }
      const features = query === 'amie' ? [AMIENS, LILLE_STREET] : query.startsWith('amie') ? [AMIENS] : [];
      return new Response(JSON.stringify({ type: 'FeatureCollection', features, query }), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    return this;
  }

  restore(): void {
    if (this.#original) window.fetch = this.#original;
  }

  /** Holds the answer to `query` until the returned function is called. */
  hold(query: string): () => void {
    let release!: () => void;
    this.#holds.set(query, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.#holds.delete(query);
      release();
    };
  }
}

const field = (el: Element) => $(el, '[part="address-input"]') as HTMLInputElement | null;
const options = (el: Element) => $$(el, '[role="option"]');
const optionTexts = (el: Element) => options(el).map((option) => option.textContent!.replace(/\s+/g, ' ').trim());
const geoPaths = (api: FakeApi) => api.paths.filter((path) => path.includes('/json/geo/'));

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Focuses the address field and types `text` with real key presses. */
async function type(el: AgendaGeo, text: string): Promise<void> {
  field(el)!.focus();
  await sendKeys({ type: text });
}

async function typeAndWait(el: AgendaGeo, text: string, count: number): Promise<void> {
  await type(el, text);
  await waitUntil(() => options(el).length === count, `${count} suggestions for "${text}"`, { timeout: 5000 });
}

/** Clicks "use my position" and waits for the refusal. */
async function refuse(el: AgendaGeo): Promise<void> {
  $(el, '[part="locate-button"]')!.click();
  await waitUntil(() => el.locateStatus === 'denied', 'the refusal', { timeout: 5000 });
  await el.updateComplete;
}

describe('<agenda-geo locate> address search', () => {
  let api: FakeApi;
  let geocoder: FakeGeocoder;
  let geolocation: GeolocationStub | undefined;

  beforeEach(() => {
    api = new FakeApi().install();
    geocoder = new FakeGeocoder().install();
    getGeocoder('/api').clearCache();
    getGeocoder().clearCache();
  });

  afterEach(() => {
    geocoder.restore();
    api.restore();
    geolocation?.restore();
    geolocation = undefined;
  });

  it('is offered beside the position prompt, as a labelled combobox', async () => {
    geolocation = stubGeolocation({ error: 1 });
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate></agenda-geo>`);
    expect($(el, '[part="locate"]')!.textContent).to.contain('ou saisissez une adresse ou une ville');
    const input = field(el)!;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(input.getAttribute('aria-controls')).to.equal('address-listbox');
    expect($(el, '#address-label')!.textContent!.trim()).to.equal('Adresse ou ville');
    expect(geolocation.calls).to.equal(0);
    expect(api.requests).to.be.empty;
    expect(geocoder.urls).to.be.empty;
    await expect(el).to.be.accessible();
  });

  it('appears when the position is refused, and is usable with the keyboard alone down to the listing', async () => {
    geolocation = stubGeolocation({ error: 1 });
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate limit="3"></agenda-geo>`,
    );
    await refuse(el);
    expect($(el, '[part="locate"]')!.textContent).to.contain('Vous n’avez pas autorisé');
    expect(field(el)).to.exist;
    await expect(el).to.be.accessible();

    await typeAndWait(el, 'amie', 2);
    // Real key presses can come slower than the debounce on a loaded machine: every request was for the field's text.
    expect(geocoder.urls).to.include('/api/search/?q=amie&limit=5');
    expect(geocoder.urls.every((url) => url.startsWith('/api/search/?q=ami'))).to.equal(true);
    expect(optionTexts(el)).to.deep.equal([
      'Amiens — 80, Somme, Hauts-de-France',
      'Rue des Amiettes 59000 Lille — 59, Nord, Hauts-de-France',
    ]);
    expect(field(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(announcement(el)).to.equal('2 lieux trouvés.');
    expect(api.requests).to.be.empty;

    await press('ArrowDown');
    await el.updateComplete;
    expect(field(el)!.getAttribute('aria-activedescendant')).to.equal('address-option-0');
    expect(options(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();

    await press('Enter');
    await until(el, 'article.card');
    expect(geoPaths(api)).to.have.length(1);
    expect(geoPaths(api)[0]).to.match(/^\/demokey1\/json\/geo\/49\.894,2\.2957\/10\/[a-z,-]+\/0,3$/);
    expect($(el, '[part="locate"]')!.textContent).to.contain('Autour de\u00a0: Amiens');
    expect(el.selectedPlace).to.include({ label: 'Amiens', lat: 49.894, lon: 2.2957, postcode: '80000', citycode: '80021' });
    const change = $(el, '[part="change-place"]')!;
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Changer de lieu');
    expect(el.shadowRoot!.activeElement, 'focus stays in the header').to.equal($(el, '#around'));
    await expect(el).to.be.accessible();

    // "Change" with the keyboard: back to the field; Escape in the empty field goes back to Amiens.
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(change);
    await press('Enter');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    expect($(el, '[part="locate"]')!.textContent).to.contain('Saisissez une autre adresse ou ville');
    expect($$(el, 'article.card'), 'the listing stays meanwhile').to.have.length(3);
    await press('Escape');
    await el.updateComplete;
    expect($(el, '[part="locate"]')!.textContent).to.contain('Autour de\u00a0: Amiens');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="change-place"]'));
    expect(geoPaths(api)).to.have.length(1);
  });

  it('speaks English with lang="en"', async () => {
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate lang="en" limit="2"></agenda-geo>`,
    );
    expect($(el, '#address-label')!.textContent!.trim()).to.equal('Address or town');
    expect($(el, '[part="locate"]')!.textContent).to.contain('or type an address or a town');
    await typeAndWait(el, 'amiens', 1);
    expect(announcement(el)).to.equal('1 place found.');
    await press('ArrowDown');
    await press('Enter');
    await until(el, 'article.card');
    expect($(el, '[part="locate"]')!.textContent).to.contain('Around: Amiens');
    expect($(el, '[part="change-place"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change place');
  });

  it('is accessible in the dark theme with its suggestions open', async () => {
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate theme="dark"></agenda-geo>`,
    );
    await typeAndWait(el, 'amie', 2);
    await press('ArrowDown');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('picks with a click, replacing a default position', async () => {
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate lat="48.85" lon="2.35" limit="2"></agenda-geo>`,
    );
    await until(el, 'article.card');
    expect(geoPaths(api)[0]).to.match(/\/geo\/48\.85,2\.35\/10\//);
    await typeAndWait(el, 'amiens', 1);
    options(el)[0]!.click();
    await waitUntil(() => geoPaths(api).length === 2, 'the listing around Amiens', { timeout: 5000 });
    expect(geoPaths(api)[1]).to.match(/\/geo\/49\.894,2\.2957\/10\//);
  });

  it('asks nothing under 3 characters, says when nothing is found', async () => {
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate></agenda-geo>`);
    // Different letters each time: WebKit's WebDriver drops a key pressed again right after it was typed.
    await type(el, 'qx');
    await tick(400);
    expect(geocoder.urls).to.be.empty;
    await type(el, 'z');
    await waitUntil(() => $(el, '[part="message"]'), 'the "nothing found" message', { timeout: 5000 });
    expect($(el, '[part="message"]')!.textContent!.trim()).to.equal('Aucune adresse ni ville trouvée.');
    expect(announcement(el)).to.equal('Aucune adresse ni ville trouvée.');
    expect(field(el)!.getAttribute('aria-describedby')).to.equal('address-feedback');
    expect(field(el)!.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('asks API Adresse itself without geocoder-base', async () => {
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" locate></agenda-geo>`);
    await typeAndWait(el, 'amiens', 1);
    expect(geocoder.urls.at(-1)).to.equal(`${DEFAULT_GEOCODER_BASE}/search/?q=amiens&limit=5`);
  });

  it('reports an invalid geocoder-base as a config error, and sends nothing', async () => {
    const failed = nextInDocument('agenda-error');
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="ftp://adresse.example" locate lat="49.9" lon="2.3"></agenda-geo>`,
    );
    const event = await failed;
    expect(event.detail.code).to.equal('config');
    expect(event.detail.message).to.contain('«\u00a0geocoder-base\u00a0»');
    expect(event.detail.message).to.contain('ftp://adresse.example');
    await until(el, '[part="error"]');
    expect(field(el), 'no search that could not work').to.equal(null);
    expect(api.requests).to.be.empty;
    expect(geocoder.urls).to.be.empty;
    el.setAttribute('geocoder-base', '/api');
    await until(el, 'article.card');
    expect(field(el)).to.exist;
  });

  it('explains a geocoder failure in its own words, fires agenda-error, and retries', async () => {
    geocoder.status = 500;
    geolocation = stubGeolocation({ error: 2 });
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate></agenda-geo>`);
    $(el, '[part="locate-button"]')!.click();
    await waitUntil(() => el.locateStatus === 'unavailable', 'the failure', { timeout: 5000 });
    const failed = oneEvent(el, 'agenda-error');
    await type(el, 'amiens');
    const event = await failed;
    expect(event.detail).to.deep.equal({
      code: 'http',
      status: 500,
      message: 'Le service de recherche d’adresses a répondu par une erreur (HTTP 500).',
    });
    expect(event.bubbles && event.composed).to.equal(true);
    const error = await until(el, '[part="address-error"]');
    expect(error.textContent).to.contain('La recherche d’adresse n’a pas abouti.');
    expect(error.textContent).to.contain('Le service de recherche d’adresses a répondu par une erreur (HTTP 500).');
    expect(error.textContent).not.to.contain('agenda');
    expect(announcement(el)).to.contain('recherche d’adresses');
    expect(field(el)!.getAttribute('aria-describedby')).to.equal('address-feedback');
    expect(api.requests).to.be.empty;
    await expect(el).to.be.accessible();

    geocoder.status = 200;
    $(el, '[part="address-retry"]')!.click();
    await waitUntil(() => !$(el, '[part="address-error"]'), 'the error to go', { timeout: 5000 });
    await press('ArrowDown');
    await waitUntil(() => options(el).length === 1, 'the suggestion after the retry', { timeout: 5000 });
  });

  it('ignores an answer that arrives after a newer one', async () => {
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate></agenda-geo>`);
    const release = geocoder.hold('amie');
    await type(el, 'amie');
    await waitUntil(() => geocoder.urls.includes('/api/search/?q=amie&limit=5'), 'the request for amie', { timeout: 5000 });
    await sendKeys({ type: 'ns' });
    await waitUntil(() => options(el).length === 1, 'the answer for amiens', { timeout: 5000 });
    release();
    await tick(100);
    await el.updateComplete;
    expect(optionTexts(el)).to.deep.equal(['Amiens — 80, Somme, Hauts-de-France']);
    expect(announcement(el)).to.equal('1 lieu trouvé.');
  });

  it('uses slotted fallback content instead of its own search', async () => {
    geolocation = stubGeolocation({ error: 1 });
    const el = await fixture<AgendaGeo>(html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate>
      <p slot="fallback">Choisissez une ville</p>
    </agenda-geo>`);
    expect(field(el)).to.equal(null);
    expect($(el, '[part="locate"]')!.textContent).not.to.contain('saisissez une adresse');
    await refuse(el);
    expect($(el, 'slot[name="fallback"]')).to.exist;
    expect(field(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the count of a picked place’s events without "around your position", when that listing had failed', async () => {
    geolocation = stubGeolocation({ lat: 48.85, lon: 2.35 });
    // The listing around the visitor's position fails (a client error: no retry).
    api.on(/\/geo\/48\.85,/, () => new Response('{"code": "Ax004"}', { status: 400, headers: { 'Content-Type': 'application/json' } }));
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate limit="2"></agenda-geo>`,
    );
    $(el, '[part="locate-button"]')!.click();
    await until(el, '[part="error"]');
    $(el, '[part="change-place"]')!.click();
    await el.updateComplete;
    await typeAndWait(el, 'amiens', 1);
    await press('ArrowDown');
    await press('Enter');
    await until(el, 'article.card');
    await waitUntil(() => announcement(el) === '2 événements affichés.', `the count alone, not "${announcement(el)}"`, { timeout: 2000 });
  });

  it('goes back to the visitor’s position from a picked place', async () => {
    geolocation = stubGeolocation({ lat: 48.85, lon: 2.35 });
    const el = await fixture<AgendaGeo>(
      html`<agenda-geo api-base="/api" api-key="demokey1" geocoder-base="/api" locate limit="2"></agenda-geo>`,
    );
    await typeAndWait(el, 'amiens', 1);
    await press('ArrowDown');
    await press('Enter');
    await until(el, 'article.card');
    $(el, '[part="change-place"]')!.click();
    await el.updateComplete;
    $(el, '[part="locate-button"]')!.click();
    await waitUntil(() => geoPaths(api).length === 2, 'the listing around the visitor', { timeout: 5000 });
    expect(geoPaths(api)[1]).to.match(/\/geo\/48\.85,2\.35\/10\//);
    expect(el.selectedPlace).to.equal(null);
    await el.updateComplete;
    expect($(el, '[part="locate"]')!.textContent).to.contain('Événements autour de votre position.');
  });
});

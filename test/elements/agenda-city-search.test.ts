import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/agenda-city-search.js';
import '../../src/elements/agenda-provider.js';
import { AgendaCitySearch } from '../../src/elements/agenda-city-search.js';
import { getClient } from '../../src/client/index.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, $$, announcement, nextError, tick, until } from '../helpers/elements.js';
import { stubGeolocation, type GeolocationStub } from '../helpers/geolocation.js';

/** `citylist` records as the API sends them. */
const CITIES = [
  { id: '2', ville: 'Amiens', dep: 'Somme' },
  { id: '668', ville: 'Amilly', dep: 'Loiret' },
  { id: '37', ville: 'Amboise', dep: 'Indre-et-Loire' },
  { id: '1', ville: 'Ambert', dep: 'Puy-de-Dôme' },
  { id: '6', ville: 'Ambérieu-en-Bugey', dep: 'Ain' },
];

/** `geocities` records around Amiens. */
const NEARBY = [
  { id: '2', ville: 'Amiens', dep: 'Somme', nb_events: '42', distance: '3' },
  { id: '2755', ville: 'Rivery', dep: 'Somme', nb_events: '1', distance: '4.5' },
  { id: '2303', ville: 'Camon', dep: 'Somme', nb_events: '3', distance: '12.25' },
];

const POSITION = { lat: 49.897455, lon: 2.30106 };

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Answers `citylist` and `geocities` like the API: prefix match, exclusions, `cities: null` when nothing. */
function scriptCities(api: FakeApi): void {
  api.on(/^\/demokey1\/json\/citylist\//, (path) => {
    const [query, excluded = ''] = path.split('/').slice(4);
    const left = excluded.split(',');
    const cities = CITIES.filter((city) => fold(city.ville).startsWith(fold(decodeURIComponent(query!))) && !left.includes(city.id));
    return json({ cities: cities.length ? cities : null });
  });
  api.on(/^\/demokey1\/json\/geocities\//, (path) => {
    const excluded = (path.split('/')[5] ?? '').split(',');
    const cities = NEARBY.filter((city) => !excluded.includes(city.id));
    return json({ cities: cities.length ? cities : null });
  });
}

const input = (element: Element) => $(element, 'input') as HTMLInputElement;
const options = (element: Element) => $$(element, '[role="option"]');
const optionTexts = (element: Element) => options(element).map((option) => option.textContent!.replace(/\s+/g, ' ').trim());
const citylistRequests = (api: FakeApi) => api.paths.filter((path) => path.includes('/citylist/'));
const isOpen = (element: Element) => input(element).getAttribute('aria-expanded') === 'true';
const activeId = (element: Element) => input(element).getAttribute('aria-activedescendant');

async function search(attributes = ''): Promise<AgendaCitySearch> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  root.innerHTML = `<agenda-city-search api-key="demokey1" api-base="/api" ${attributes}></agenda-city-search>`;
  const element = root.querySelector('agenda-city-search')!;
  await element.updateComplete;
  return element;
}

/** Focuses the field and types `text` with real key presses. */
async function type(element: AgendaCitySearch, text: string): Promise<void> {
  input(element).focus();
  await sendKeys({ type: text });
}

async function typeAndWait(element: AgendaCitySearch, text: string, count: number): Promise<void> {
  await type(element, text);
  await waitUntil(() => options(element).length === count, `${count} options for "${text}"`, { timeout: 4000 });
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Alt+`key`: real keys where the launcher can hold a modifier, else (WebDriver) a synthetic keydown. */
async function withAlt(element: AgendaCitySearch, key: 'ArrowDown' | 'ArrowUp'): Promise<void> {
  try {
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: key });
    await sendKeys({ up: 'Alt' });
  } catch {
    input(element).dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, bubbles: true, composed: true }));
  }
  await element.updateComplete;
}

describe('<agenda-city-search>', () => {
  let api: FakeApi;
  let geolocation: GeolocationStub | undefined;

  beforeEach(() => {
    api = new FakeApi().install();
    scriptCities(api);
  });

  afterEach(() => {
    api.restore();
    geolocation?.restore();
    geolocation = undefined;
  });

  it('is defined', () => {
    expect(customElements.get('agenda-city-search')).to.equal(AgendaCitySearch);
    expect(document.createElement('agenda-city-search')).to.be.instanceOf(AgendaCitySearch);
  });

  it('is a labelled WAI-ARIA combobox, closed at first, and accessible', async () => {
    const element = await search();
    const field = input(element);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(field.getAttribute('aria-controls')).to.equal('listbox');
    expect($(element, '#listbox')!.getAttribute('role')).to.equal('listbox');
    expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
    expect($(element, 'label')!.textContent!.trim()).to.equal('Ville');
    expect($(element, 'label')!.getAttribute('for')).to.equal('input');
    expect(api.requests).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('takes its configuration from <agenda-provider>', async () => {
    const root = await fixture<HTMLElement>(html`<agenda-provider api-key="demokey1" api-base="/api" lang="en">
      <agenda-city-search></agenda-city-search>
    </agenda-provider>`);
    const element = root.querySelector('agenda-city-search')!;
    await element.updateComplete;
    expect($(element, 'label')!.textContent!.trim()).to.equal('Town');
    await typeAndWait(element, 'ami', 2);
    expect(announcement(element)).to.equal('2 towns found.');
  });

  it('speaks English with lang="en" and takes a label', async () => {
    const english = await search('lang="en"');
    expect($(english, 'label')!.textContent!.trim()).to.equal('Town');
    const labelled = await search('label="Votre commune"');
    expect($(labelled, 'label')!.textContent!.trim()).to.equal('Votre commune');
  });

  it('sends one debounced request for quick typing and lists the towns as "Amiens (Somme)"', async () => {
    const element = await search();
    // Real key presses can be slow on a loaded machine: a longer pause keeps "quick typing" quick.
    element['debounceMs'] = 600;
    await typeAndWait(element, 'ami', 2);
    await tick(700);
    expect(citylistRequests(api)).to.deep.equal(['/demokey1/json/citylist/ami']);
    expect(optionTexts(element)).to.deep.equal(['Amiens (Somme)', 'Amilly (Loiret)']);
    expect(isOpen(element)).to.equal(true);
    expect($(element, '#listbox')!.hidden).to.equal(false);
    expect(announcement(element)).to.equal('2 villes trouvées.');
    await expect(element).to.be.accessible();
  });

  it('waits for a pause in typing before asking', async () => {
    const element = await search();
    // Timed from the keystroke itself, not from when sendKeys returns: a loaded WebDriver can return late.
    let typedAt = 0;
    element.addEventListener('input', () => (typedAt = performance.now()));
    await type(element, 'a');
    let askedAt = 0;
    await waitUntil(() => {
      if (citylistRequests(api).length === 0) return false;
      askedAt ||= performance.now();
      return true;
    }, 'the request after the pause', { interval: 5 });
    expect(typedAt, 'the keystroke was seen').to.be.greaterThan(0);
    expect(askedAt - typedAt, 'ms between the keystroke and the request').to.be.at.least(200);
    expect(citylistRequests(api)).to.have.length(1);
  });

  it('keeps the list closed after a pick made while the next search was on its way', async () => {
    const element = await search();
    await typeAndWait(element, 'am', 5);
    // "ami" waits for its answer while the visitor picks from the list of "am".
    const release = api.hold(/\/citylist\/ami$/);
    await sendKeys({ type: 'i' });
    await waitUntil(() => citylistRequests(api).some((path) => path.endsWith('/ami')), 'the search for "ami"', { timeout: 4000 });
    await press('ArrowDown');
    await press('Enter');
    await element.updateComplete;
    expect(element.value).to.equal('2');
    release();
    await tick(50);
    await element.updateComplete;
    expect(isOpen(element), 'the list stays closed').to.equal(false);
    expect(announcement(element)).to.equal('Amiens (Somme) sélectionnée.');
  });

  it('moves through the list with the arrows and picks with Enter', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-city-search api-key="demokey1" api-base="/api" for="events"></agenda-city-search>
      <div id="events" city="1"></div>
    </div>`);
    const element = root.querySelector('agenda-city-search')!;
    await typeAndWait(element, 'am', 5);

    await press('ArrowDown');
    await element.updateComplete;
    expect(activeId(element)).to.equal('option-0');
    expect(options(element)[0]!.getAttribute('aria-selected')).to.equal('true');
    await press('ArrowDown');
    await element.updateComplete;
    expect(activeId(element)).to.equal('option-1');
    expect(options(element)[0]!.getAttribute('aria-selected')).to.equal('false');
    await press('ArrowUp');
    await element.updateComplete;
    expect(activeId(element)).to.equal('option-0');
    await press('ArrowUp');
    await element.updateComplete;
    expect(activeId(element), 'wraps to the last').to.equal('option-4');
    await press('ArrowDown');
    await element.updateComplete;
    expect(activeId(element), 'wraps to the first').to.equal('option-0');
    await expect(element).to.be.accessible();

    const requests = citylistRequests(api).length;
    const change = oneEvent(element, 'agenda-city-change');
    await press('Enter');
    const event = await change;
    expect(event.detail).to.deep.equal({ city: { id: 2, name: 'Amiens', dep: 'Somme' } });
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    expect(input(element).value).to.equal('Amiens (Somme)');
    expect(element.value).to.equal('2');
    expect(element.getAttribute('value')).to.equal('2');
    expect(element.selectedCity).to.deep.equal({ id: 2, name: 'Amiens', dep: 'Somme' });
    expect(root.querySelector('#events')!.getAttribute('city')).to.equal('2');
    expect(isOpen(element)).to.equal(false);
    expect(activeId(element)).to.equal(null);
    expect(announcement(element)).to.equal('Amiens (Somme) sélectionnée.');
    // A pick starts no search.
    await tick(350);
    expect(citylistRequests(api)).to.have.length(requests);
  });

  it('forgets the pick when the value is cleared from outside', async () => {
    const element = await search();
    await typeAndWait(element, 'ami', 2);
    options(element)[0]!.click();
    await element.updateComplete;
    expect(element.selectedCity?.id).to.equal(2);
    element.value = '';
    await element.updateComplete;
    expect(element.selectedCity).to.equal(null);
    expect(input(element).value).to.equal('');
    expect(element.hasAttribute('value')).to.equal(false);
  });

  it('takes its label from the label slot', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-city-search api-key="demokey1" api-base="/api"><span slot="label">Commune</span></agenda-city-search>
    </div>`);
    const element = root.querySelector('agenda-city-search')!;
    await element.updateComplete;
    expect($(element, 'slot[name="label"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('picks with a click', async () => {
    const element = await search();
    await typeAndWait(element, 'amb', 3);
    setTimeout(() => options(element)[1]!.click());
    const event = await oneEvent(element, 'agenda-city-change');
    expect(event.detail.city).to.deep.equal({ id: 1, name: 'Ambert', dep: 'Puy-de-Dôme' });
    expect(document.activeElement).to.equal(element);
  });

  it('closes with Escape, then clears the field with a second Escape', async () => {
    const element = await search();
    await typeAndWait(element, 'ami', 2);
    await press('ArrowDown');
    await press('Escape');
    await element.updateComplete;
    expect(isOpen(element)).to.equal(false);
    expect(activeId(element)).to.equal(null);
    expect(input(element).value).to.equal('ami');
    await press('Escape');
    await element.updateComplete;
    expect(input(element).value).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('leaves Home and End to the field: the caret moves, visual focus comes back to the field', async () => {
    const element = await search();
    await typeAndWait(element, 'ami', 2);
    await press('ArrowDown');
    await element.updateComplete;
    expect(activeId(element)).to.equal('option-0');
    await press('Home');
    await element.updateComplete;
    expect(activeId(element)).to.equal(null);
    expect(input(element).selectionStart).to.equal(0);
    await press('End');
    await element.updateComplete;
    expect(input(element).selectionStart).to.equal(3);
    expect(isOpen(element)).to.equal(true);
  });

  it('opens with ArrowDown on the first option, and with Alt+ArrowDown without moving', async () => {
    const element = await search();
    await typeAndWait(element, 'ami', 2);
    await press('Escape');
    await element.updateComplete;
    expect(isOpen(element)).to.equal(false);
    await withAlt(element, 'ArrowDown');
    expect(isOpen(element)).to.equal(true);
    expect(activeId(element)).to.equal(null);
    await withAlt(element, 'ArrowUp');
    expect(isOpen(element), 'Alt+ArrowUp closes').to.equal(false);
    await withAlt(element, 'ArrowDown');
    await press('Escape');
    await press('ArrowDown');
    await element.updateComplete;
    expect(isOpen(element)).to.equal(true);
    expect(activeId(element)).to.equal('option-0');
  });

  it('closes without picking when Tab leaves', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-city-search api-key="demokey1" api-base="/api"></agenda-city-search><button>after</button>
    </div>`);
    const element = root.querySelector('agenda-city-search')!;
    let picked = false;
    element.addEventListener('agenda-city-change', () => (picked = true));
    await typeAndWait(element, 'ami', 2);
    await press('ArrowDown');
    await press('Tab');
    await element.updateComplete;
    expect(isOpen(element)).to.equal(false);
    expect(picked).to.equal(false);
    expect(element.value).to.equal('');
  });

  it('leaves out the excluded towns', async () => {
    const element = await search('exclude="668, 37"');
    await typeAndWait(element, 'am', 3);
    expect(citylistRequests(api).at(-1)).to.equal('/demokey1/json/citylist/am/668,37');
    expect(citylistRequests(api).every((path) => path.endsWith('/668,37'))).to.equal(true);
    expect(optionTexts(element)).to.not.include('Amilly (Loiret)');
  });

  it('says when no town matches', async () => {
    const element = await search();
    await type(element, 'zzz');
    const message = await until(element, '[part="message"]');
    expect(message.textContent!.trim()).to.equal('Aucune ville trouvée.');
    expect(announcement(element)).to.equal('Aucune ville trouvée.');
    expect(input(element).getAttribute('aria-describedby')).to.equal('feedback');
    expect(isOpen(element)).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('says "No town found" in English', async () => {
    const element = await search('lang="en"');
    await type(element, 'zzz');
    await until(element, '[part="message"]');
    expect(announcement(element)).to.equal('No town found.');
  });

  it('aborts the previous request on each keystroke and ignores late answers', async () => {
    const element = await search();
    element['debounceMs'] = 0;
    const release = api.hold(/\/citylist\/am$/);
    await type(element, 'am');
    await waitUntil(() => citylistRequests(api).includes('/demokey1/json/citylist/am'), 'the first request', { timeout: 5000 });
    await sendKeys({ type: 'i' });
    await waitUntil(() => options(element).length === 2, 'the answer to "ami"', { timeout: 5000 });
    release();
    await tick(50);
    expect(optionTexts(element)).to.deep.equal(['Amiens (Somme)', 'Amilly (Loiret)']);
    expect(api.requests.find((request) => request.path.endsWith('/citylist/am'))!.aborted).to.equal(true);
  });

  it('ignores a late answer even when the transport does not honour the abort', async () => {
    const element = await search();
    element['debounceMs'] = 0;
    const original = window.fetch;
    // A fetch that ignores its signal: "am" answers last.
    window.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/citylist/am')) await tick(300);
      return original(input);
    }) as typeof fetch;
    try {
      await type(element, 'am');
      await tick(20);
      await sendKeys({ type: 'i' });
      await waitUntil(() => options(element).length === 2, 'the answer to "ami"', { timeout: 5000 });
      await tick(400);
      expect(optionTexts(element)).to.deep.equal(['Amiens (Somme)', 'Amilly (Loiret)']);
    } finally {
      window.fetch = original;
    }
  });

  it('lists the nearest towns around lat/lon when the empty field is opened', async () => {
    const element = await search(`nearby lat="${POSITION.lat}" lon="${POSITION.lon}"`);
    await waitUntil(() => api.paths.some((path) => path.includes('/geocities/')), 'the geocities request', { timeout: 5000 });
    expect(api.paths.find((path) => path.includes('/geocities/'))).to.equal('/demokey1/json/geocities/49.897455,2.30106');
    input(element).focus();
    await press('ArrowDown');
    await waitUntil(() => options(element).length === 3, 'the nearby towns', { timeout: 5000 });
    expect(optionTexts(element)[0]).to.equal('Amiens (Somme) — 42 événements, 3 km');
    expect(optionTexts(element)[1]).to.equal('Rivery (Somme) — 1 événement, 4,5 km');
    expect(announcement(element)).to.equal('3 villes proches trouvées.');
    await expect(element).to.be.accessible();
  });

  it('"Autour de moi" asks for the position, then lists the towns near the visitor', async () => {
    geolocation = stubGeolocation(POSITION);
    const element = await search('nearby exclude="2303"');
    const button = $(element, '[part="near-me"]')!;
    expect(button.textContent!.trim()).to.equal('Autour de moi');
    expect(api.requests).to.have.length(0);
    button.click();
    await waitUntil(() => options(element).length === 2, 'the nearby towns', { timeout: 5000 });
    expect(geolocation.calls).to.equal(1);
    expect(api.paths.filter((path) => path.includes('/geocities/'))).to.deep.equal([
      '/demokey1/json/geocities/49.897455,2.30106/2303',
    ]);
    expect(isOpen(element)).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(input(element));
    expect(element.locateStatus).to.equal('located');
    expect(announcement(element)).to.equal('2 villes proches trouvées.');
    await expect(element).to.be.accessible();

    const change = oneEvent(element, 'agenda-city-change');
    await press('ArrowDown');
    await press('ArrowDown');
    await press('Enter');
    expect((await change).detail.city).to.deep.equal({ id: 2755, name: 'Rivery', dep: 'Somme' });
  });

  it('"Near me" in English, and a refusal is explained', async () => {
    geolocation = stubGeolocation({ error: 1 });
    const element = await search('nearby lang="en"');
    const button = $(element, '[part="near-me"]')!;
    expect(button.textContent!.trim()).to.equal('Near me');
    button.click();
    await waitUntil(() => element.locateStatus === 'denied', 'the refusal', { timeout: 5000 });
    await element.updateComplete;
    // No retry button follows the words here: they say which button to press again.
    expect($(element, '[part="message"]')!.textContent!.trim()).to.equal(
      'You did not allow access to your position. You can allow it in your browser settings, then press “Near me” again.',
    );
    expect(api.paths.filter((path) => path.includes('/geocities/'))).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('names its "Autour de moi" button after a refusal, in French', async () => {
    geolocation = stubGeolocation({ error: 1 });
    const element = await search('nearby');
    $(element, '[part="near-me"]')!.click();
    await waitUntil(() => element.locateStatus === 'denied', 'the refusal', { timeout: 5000 });
    await element.updateComplete;
    expect($(element, '[part="message"]')!.textContent).to.contain('puis appuyer de nouveau sur «\u00a0Autour de moi\u00a0».');
  });

  it('shows and reports an API error (disabled key)', async () => {
    const element = await search();
    element.setAttribute('api-key', 'offkey01');
    await element.updateComplete;
    const error = nextError(element);
    await type(element, 'ami');
    const { detail } = await error;
    expect(detail.code).to.equal('Ax019');
    expect(detail.message).to.equal('Cette clé d’API a été désactivée par Agenda Culturel.');
    const state = await until(element, '[part="error"]');
    expect(state.textContent).to.contain('Ax019');
    expect(announcement(element)).to.equal(detail.message);
    expect(isOpen(element)).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('retries a failed search from its button, focus going back to the field', async () => {
    // The shared client retries 5xx twice on its own: fail three times, then answer.
    let failures = 0;
    api.on(/\/citylist\//, () => (++failures <= 3 ? new Response('oops', { status: 503 }) : json({ cities: CITIES.slice(0, 2) })));
    const element = await search();
    const error = nextError(element);
    await type(element, 'ami');
    expect((await error).detail.code).to.equal('http');
    const retry = await until(element, '[part="retry"]', 'the retry button');
    retry.focus();
    await press('Enter');
    await waitUntil(() => options(element).length === 2, 'the towns', { timeout: 4000 });
    expect(element.shadowRoot!.activeElement === input(element), 'focus on the field').to.equal(true);
  });

  it('shows a configuration error and sends nothing', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('agenda-city-search');
    element.setAttribute('api-key', 'demokey1');
    element.setAttribute('api-base', '/api');
    element.setAttribute('exclude', '1,abc');
    const error = nextError(element);
    root.append(element);
    expect((await error).detail.code).to.equal('config');
    const state = await until(element, '[part="error"]');
    expect(state.textContent).to.contain('exclude');
    await type(element, 'ami');
    await tick(400);
    expect(api.requests).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('accepts a dark theme on a dark page, open list included', async () => {
    const page = await fixture<HTMLElement>(html`<div style="background:#16161a">
      <agenda-city-search api-key="demokey1" api-base="/api" theme="dark"></agenda-city-search>
    </div>`);
    const element = page.querySelector('agenda-city-search')!;
    await typeAndWait(element, 'am', 5);
    await press('ArrowDown');
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });
});

describe('<agenda-city-search> against the reference server', () => {
  beforeEach(() => getClient({ apiKey: 'demokey1', apiBase: '/api' }).clearCache());

  it('finds Amiens for "ami" and sets the listing\'s city', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-city-search api-key="demokey1" api-base="/api" for="events"></agenda-city-search>
      <div id="events"></div>
    </div>`);
    const element = root.querySelector('agenda-city-search')!;
    await type(element, 'ami');
    await waitUntil(() => optionTexts(element).includes('Amiens (Somme)'), 'Amiens', { timeout: 5000 });
    await press('ArrowDown');
    const change = oneEvent(element, 'agenda-city-change');
    await press('Enter');
    expect((await change).detail.city).to.deep.equal({ id: 2, name: 'Amiens', dep: 'Somme' });
    expect(root.querySelector('#events')!.getAttribute('city')).to.equal('2');
  });

  it('lists nearby towns with event counts and distances', async () => {
    const element = await search(`nearby lat="${POSITION.lat}" lon="${POSITION.lon}"`);
    input(element).focus();
    await waitUntil(async () => {
      await press('ArrowDown');
      return options(element).length > 0;
    }, 'the nearby towns', { timeout: 5000 });
    expect(optionTexts(element)[0]).to.match(/^Amiens \(Somme\) — \d+ événements?, [\d,]+\s(km|m)$/);
  });

  it('keeps the nearby list within the element in a narrow box, away from the page edge', async () => {
    const element = await search(`nearby lat="${POSITION.lat}" lon="${POSITION.lon}"`);
    // A phone-sized column 40 px from the page's edge: the long "— N événements, 3 km" labels must wrap.
    element.parentElement!.style.cssText = 'width: 280px; margin-inline-start: 40px';
    input(element).focus();
    await waitUntil(async () => {
      await press('ArrowDown');
      return options(element).length > 0;
    }, 'the nearby towns', { timeout: 5000 });
    const listbox = $(element, '[role="listbox"]')!.getBoundingClientRect();
    expect(listbox.right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    expect(listbox.width).to.be.at.least(input(element).getBoundingClientRect().width - 0.5);
  });

  it('reports Ax019 for a disabled key', async () => {
    const element = await search();
    element.setAttribute('api-key', 'offkey01');
    await element.updateComplete;
    const error = nextError(element);
    await type(element, 'ami');
    expect((await error).detail.code).to.equal('Ax019');
  });
});

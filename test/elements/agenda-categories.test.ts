import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/agenda-categories.js';
import '../../src/elements/agenda-provider.js';
import '../../src/elements/agenda-events.js';
import { AgendaCategories } from '../../src/elements/agenda-categories.js';
import { KNOWN_CATEGORIES, getClient } from '../../src/client/index.js';
import { contrastRatio } from '../../src/ui/pickers/color.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, $$, announcement, nextError, until } from '../helpers/elements.js';

/** `/category` as the API sends it. */
const CATEGORIES = [
  { cat_s: 'Concert', nomcat: 'concert', couleur: '#c62828' },
  { cat_s: 'Théâtre', nomcat: 'theatre', couleur: '#6a1b9a' },
  { cat_s: 'Festival', nomcat: 'festival', couleur: '#ffd54f' },
  { cat_s: 'Jeune public', nomcat: 'jeune-public', couleur: '#2e7d32' },
  { cat_s: 'Danse', nomcat: 'danse', couleur: '#ad1457' },
  { cat_s: 'Arts du spectacle', nomcat: 'arts-du-spectacle', couleur: '#00838f' },
  { cat_s: 'Exposition', nomcat: 'exposition', couleur: '#1565c0' },
];

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}

const CATEGORY_PATH = /^\/demokey1\/json\/category$/;

async function picker(template = html`<agenda-categories api-key="demokey1" api-base="/api"></agenda-categories>`) {
  const element = await fixture<AgendaCategories>(template);
  await until(element, '.chip', 'the chips');
  return element;
}

const chip = (element: Element, uri: string) => $(element, `.chip[data-uri="${uri}"]`)!;
const pressed = (element: Element) => $$(element, '.chip[aria-pressed="true"]').map((button) => button.dataset.uri);

/** `rgb(…)` → `#rrggbb`, to compute contrasts of what the browser draws. */
function hex(color: string): string {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number) as [number, number, number];
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

describe('<agenda-categories>', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
    api.on(CATEGORY_PATH, () => json({ categories: CATEGORIES }));
  });

  afterEach(() => api.restore());

  it('is defined', () => {
    expect(customElements.get('agenda-categories')).to.equal(AgendaCategories);
    expect(document.createElement('agenda-categories')).to.be.instanceOf(AgendaCategories);
  });

  it('shows skeleton chips while loading, hidden from assistive technologies, and is accessible', async () => {
    const release = api.hold(CATEGORY_PATH);
    const element = await fixture<AgendaCategories>(html`<agenda-categories api-key="demokey1" api-base="/api"></agenda-categories>`);
    await until(element, '[part="skeleton"]');
    expect($(element, '[part="skeleton"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect($$(element, '.skeleton')).to.have.length(7);
    expect($(element, '.body')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => announcement(element) === 'Chargement des catégories…', 'the loading announcement');
    await expect(element).to.be.accessible();
    release();
    await until(element, '.chip');
  });

  it('renders a labelled toolbar of toggle chips, each with a colour dot and its name', async () => {
    const element = await picker();
    const group = $(element, '[role="toolbar"]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('label');
    expect($(element, '#label')!.textContent!.trim()).to.equal('Catégories');
    const chips = $$(element, '.chip');
    expect(chips.map((button) => button.textContent!.trim())).to.deep.equal(CATEGORIES.map((category) => category.cat_s));
    for (const button of chips) {
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(button.querySelector('.dot')).to.exist;
    }
    const dot = chip(element, 'concert').querySelector('.dot')!;
    expect(getComputedStyle(dot).backgroundColor).to.equal('rgb(198, 40, 40)');
    expect($(element, '.body')!.getAttribute('aria-busy')).to.equal('false');
    await expect(element).to.be.accessible();
  });

  it('asks for the categories once for every picker of the page', async () => {
    const element = await fixture<HTMLElement>(html`<div>
      <agenda-categories api-key="demokey1" api-base="/api"></agenda-categories>
      <agenda-categories api-key="demokey1" api-base="/api" lang="en"></agenda-categories>
    </div>`);
    const [first, second] = [...element.querySelectorAll('agenda-categories')];
    await until(first!, '.chip');
    await until(second!, '.chip');
    expect(api.paths.filter((path) => CATEGORY_PATH.test(path))).to.have.length(1);
  });

  it('toggles chips: aria-pressed, the value attribute, the event and the for target', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-categories api-key="demokey1" api-base="/api" for="events"></agenda-categories>
      <div id="events"></div>
    </div>`);
    const element = root.querySelector('agenda-categories')!;
    const target = root.querySelector('#events')!;
    await until(element, '.chip');

    setTimeout(() => chip(element, 'theatre').click());
    let event = await oneEvent(element, 'agenda-categories-change');
    expect(event.detail).to.deep.equal({ categories: ['theatre'] });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(pressed(element)).to.deep.equal(['theatre']);
    expect(element.getAttribute('value')).to.equal('theatre');
    expect(target.getAttribute('categories')).to.equal('theatre');

    // Several at once, in the API's order whatever the clicking order.
    setTimeout(() => chip(element, 'concert').click());
    event = await oneEvent(element, 'agenda-categories-change');
    expect(event.detail.categories).to.deep.equal(['concert', 'theatre']);
    expect(element.value).to.equal('concert,theatre');
    expect(element.selected).to.deep.equal(['concert', 'theatre']);
    expect(target.getAttribute('categories')).to.equal('concert,theatre');
    expect(chip(element, 'concert').querySelector('.dot')).to.not.exist;
    expect(chip(element, 'concert').querySelector('svg')).to.exist;
    await expect(element).to.be.accessible();

    // None selected: the attributes go away (all categories).
    chip(element, 'concert').click();
    await oneEvent(element, 'agenda-categories-change');
    setTimeout(() => chip(element, 'theatre').click());
    event = await oneEvent(element, 'agenda-categories-change');
    expect(event.detail.categories).to.deep.equal([]);
    expect(element.hasAttribute('value')).to.equal(false);
    expect(target.hasAttribute('categories')).to.equal(false);
  });

  it('starts from its value attribute and passes it to the for target', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-categories api-key="demokey1" api-base="/api" for="events" value="danse, exposition"></agenda-categories>
      <div id="events"></div>
    </div>`);
    const element = root.querySelector('agenda-categories')!;
    await until(element, '.chip');
    expect(pressed(element)).to.deep.equal(['danse', 'exposition']);
    expect(root.querySelector('#events')!.getAttribute('categories')).to.equal('danse,exposition');
  });

  it('without a value, shows the categories the for target already has', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <div id="events" categories="festival"></div>
      <agenda-categories api-key="demokey1" api-base="/api" for="events"></agenda-categories>
    </div>`);
    const element = root.querySelector('agenda-categories')!;
    await until(element, '.chip');
    await element.updateComplete;
    expect(pressed(element)).to.deep.equal(['festival']);
    expect(element.value).to.equal('festival');
  });

  it('applies a category the API lists beyond the seven documented to a listing, which requests it', async () => {
    getClient({ apiKey: 'demokey1', apiBase: '/api' }).clearCache();
    api.on(CATEGORY_PATH, () => json({ categories: [...CATEGORIES, { cat_s: 'Cinéma', nomcat: 'cinema', couleur: '#455a64' }] }));
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-categories api-key="demokey1" api-base="/api" for="events"></agenda-categories>
      <agenda-events id="events" api-key="demokey1" api-base="/api" city="2" limit="3"></agenda-events>
    </div>`);
    const element = root.querySelector('agenda-categories')!;
    const listing = root.querySelector('agenda-events')!;
    await until(element, '.chip[data-uri="cinema"]', 'the eighth chip');
    await until(listing, 'article.card');
    chip(element, 'cinema').click();
    await waitUntil(() => api.paths.includes('/demokey1/json/2/cinema/0,3'), 'the listing asks for cinema', { timeout: 5000 });
    await until(listing, 'article.card');
    expect($$(listing, '[part="error"]')).to.have.length(0);
  });

  it('lets a listing refused a category the page’s list lacked list it once a new list has it', async () => {
    // The page learned a list without "cirque" (as the tests above did): the listing refuses it at once.
    getClient({ apiKey: 'demokey1', apiBase: '/api' }).clearCache();
    api.on(CATEGORY_PATH, () => json({ categories: CATEGORIES }));
    await getClient({ apiKey: 'demokey1', apiBase: '/api' }).categories();
    getClient({ apiKey: 'demokey1', apiBase: '/api' }).clearCache();
    api.on(CATEGORY_PATH, () => json({ categories: [...CATEGORIES, { cat_s: 'Cirque', nomcat: 'cirque', couleur: '#6d4c41' }] }));
    const release = api.hold(CATEGORY_PATH);
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-categories api-key="demokey1" api-base="/api" for="events"></agenda-categories>
      <agenda-events id="events" api-key="demokey1" api-base="/api" city="2" limit="3" categories="cirque"></agenda-events>
    </div>`);
    const listing = root.querySelector('agenda-events')!;
    await until(listing, '[part="error"]', 'the unknown category refused');
    release();
    await until(listing, 'article.card', 'the listing once /category named it');
    expect(api.paths).to.include('/demokey1/json/2/cirque/0,3');
  });

  it('drops from its value, and from its target, a category the list does not have', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <agenda-categories api-key="demokey1" api-base="/api" for="events" value="Jazz,concert"></agenda-categories>
      <agenda-events id="events" api-key="demokey1" api-base="/api" city="2" limit="3"></agenda-events>
    </div>`);
    const element = root.querySelector('agenda-categories')!;
    const listing = root.querySelector('agenda-events')!;
    await until(element, '.chip');
    await waitUntil(() => element.value === 'concert', 'the unknown category dropped');
    expect(pressed(element)).to.deep.equal(['concert']);
    expect(listing.getAttribute('categories')).to.equal('concert');
    await waitUntil(() => api.paths.includes('/demokey1/json/2/concert/0,3'), 'the listing lists the known one');
    await until(listing, 'article.card');
    expect($$(listing, '[part="error"]')).to.have.length(0);
  });

  it('finds its for target inside the same shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<agenda-categories api-key="demokey1" api-base="/api" for="list"></agenda-categories><div id="list"></div>';
    const element = root.querySelector('agenda-categories')!;
    await until(element, '.chip');
    chip(element, 'danse').click();
    expect(root.getElementById('list')!.getAttribute('categories')).to.equal('danse');
  });

  it('follows an updated value property', async () => {
    const element = await picker();
    element.value = 'concert,festival';
    await element.updateComplete;
    expect(pressed(element)).to.deep.equal(['concert', 'festival']);
    expect(element.getAttribute('value')).to.equal('concert,festival');
  });

  it('is one tab stop; arrows, Home and End move between chips; Space and Enter toggle', async () => {
    const element = await picker();
    const chips = $$(element, '.chip');
    expect(chips.map((button) => button.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1]);
    chips[0]!.focus();
    const focused = () => element.shadowRoot!.activeElement as HTMLElement | null;

    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal(chips[1]);
    expect(chips[1]!.tabIndex).to.equal(0);
    expect(chips[0]!.tabIndex).to.equal(-1);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal(chips[0]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused()).to.equal(chips[6]);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(chips[0]);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(chips[6]);

    // Launchers name the space bar differently.
    await sendKeys({ press: 'Space' }).catch(() => sendKeys({ press: ' ' }));
    await waitUntil(() => pressed(element).length === 1, 'Space toggles', { timeout: 5000 });
    expect(pressed(element)).to.deep.equal(['exposition']);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => pressed(element).length === 0, 'Enter toggles back', { timeout: 5000 });
  });

  it('never applies a colour that is not #rrggbb', async () => {
    api.on(CATEGORY_PATH, () =>
      json({
        categories: [
          { cat_s: 'Concert', nomcat: 'concert', couleur: 'red;background:url(x)' },
          { cat_s: 'Théâtre', nomcat: 'theatre', couleur: 'url(javascript:alert(1))' },
          { cat_s: 'Danse', nomcat: 'danse', couleur: '#ad1457' },
        ],
      }),
    );
    const element = await picker();
    const concert = chip(element, 'concert');
    expect(concert.getAttribute('style') ?? '').to.not.match(/url|red|background/);
    expect(chip(element, 'theatre').getAttribute('style') ?? '').to.not.match(/url/);
    expect(getComputedStyle(concert).backgroundImage).to.equal('none');
    expect(getComputedStyle(concert.querySelector('.dot')!).backgroundColor).to.not.equal('rgb(255, 0, 0)');
    // The valid one is used.
    expect(chip(element, 'danse').style.getPropertyValue('--_chip')).to.equal('#ad1457');
    concert.click();
    await element.updateComplete;
    expect(getComputedStyle(concert).backgroundImage).to.equal('none');
    await expect(element).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`selected chips keep AA text contrast (${theme})`, async () => {
      // The widgets are transparent: a dark theme sits on a dark page.
      const page = await fixture<HTMLElement>(html`<div style="background: ${theme === 'dark' ? '#16161a' : '#ffffff'}">
        <agenda-categories api-key="demokey1" api-base="/api" theme=${theme} value=${CATEGORIES.map((c) => c.nomcat).join(',')}></agenda-categories>
      </div>`);
      const element = page.querySelector('agenda-categories')!;
      await until(element, '.chip');
      for (const button of $$(element, '.chip')) {
        const style = getComputedStyle(button);
        expect(contrastRatio(hex(style.color), hex(style.backgroundColor)), button.dataset.uri).to.be.at.least(4.5);
      }
      await expect(element).to.be.accessible();
      element.value = '';
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }

  it('shows an empty state, and keeps its value: an empty list says nothing of it', async () => {
    api.on(CATEGORY_PATH, () => json({ categories: [] }));
    const element = await fixture<AgendaCategories>(html`<agenda-categories api-key="demokey1" api-base="/api" value="concert"></agenda-categories>`);
    const empty = await until(element, '[part="empty"]');
    expect(empty.textContent).to.contain('Aucune catégorie disponible.');
    expect(element.value).to.equal('concert');
    await expect(element).to.be.accessible();
  });

  it('shows and reports an API error (disabled key)', async () => {
    const element = document.createElement('agenda-categories');
    element.setAttribute('api-key', 'offkey01');
    element.setAttribute('api-base', '/api');
    const error = nextError(element);
    await fixture(html`<div>${element}</div>`);
    const { detail } = await error;
    expect(detail.code).to.equal('Ax019');
    expect(detail.message).to.equal('Cette clé d’API a été désactivée par Agenda Culturel.');
    const state = await until(element, '[part="error"]');
    expect(state.textContent).to.contain('Ax019');
    expect(state.textContent).to.contain('Les catégories n’ont pas pu être chargées.');
    expect(announcement(element)).to.equal(detail.message);
    await expect(element).to.be.accessible();
  });

  it('shows a configuration error without any request', async () => {
    const element = document.createElement('agenda-categories');
    element.setAttribute('api-base', '/api');
    const error = nextError(element);
    await fixture(html`<div>${element}</div>`);
    expect((await error).detail.code).to.equal('config');
    await until(element, '[part="error"]');
    expect($(element, '[part="error"]')!.textContent).to.contain('api-key');
    expect(api.requests).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('offers a retry after a transient failure', async () => {
    // The shared client retries 5xx twice on its own: fail three times, then answer.
    let calls = 0;
    api.on(CATEGORY_PATH, () => (++calls <= 3 ? new Response('oops', { status: 503 }) : json({ categories: CATEGORIES })));
    const element = document.createElement('agenda-categories');
    element.setAttribute('api-key', 'demokey1');
    element.setAttribute('api-base', '/api');
    const error = nextError(element);
    await fixture(html`<div>${element}</div>`);
    expect((await error).detail).to.include({ code: 'http', status: 503 });
    const retry = await until(element, '[part="retry"]');
    expect(retry.textContent!.trim()).to.equal('Réessayer');
    await expect(element).to.be.accessible();
    retry.focus();
    retry.click();
    await until(element, '.chip');
    expect(calls).to.equal(4);
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement === $(element, '.chip'), 'focus on the first chip').to.equal(true);
  });

  it('takes its configuration from <agenda-provider>', async () => {
    const root = await fixture<HTMLElement>(html`<agenda-provider api-key="demokey1" api-base="/api" lang="en">
      <agenda-categories></agenda-categories>
    </agenda-provider>`);
    const element = root.querySelector('agenda-categories')!;
    await until(element, '.chip');
    expect($(element, '#label')!.textContent!.trim()).to.equal('Categories');
  });

  it('lists the reference server\'s categories with their colours', async () => {
    api.restore();
    getClient({ apiKey: 'demokey1', apiBase: '/api' }).clearCache();
    const element = await picker();
    const chips = $$(element, '.chip');
    expect(chips.map((button) => button.dataset.uri)).to.have.members([...KNOWN_CATEGORIES]);
    for (const button of chips) expect(button.style.getPropertyValue('--_chip')).to.match(/^#[0-9a-f]{6}$/);
    await expect(element).to.be.accessible();
  });

  it('speaks English with lang="en" and takes a custom label', async () => {
    const element = await picker(html`<agenda-categories api-key="demokey1" api-base="/api" lang="en"></agenda-categories>`);
    expect($(element, '#label')!.textContent!.trim()).to.equal('Categories');
    const names = $$(element, '.chip .name').map((name) => name.textContent!.trim());
    expect(names, 'the documented categories in English').to.include.members(['Concert', 'Theatre', 'Young audiences']);
    const labelled = await picker(html`<agenda-categories api-key="demokey1" api-base="/api" label="Genres"></agenda-categories>`);
    expect($(labelled, '#label')!.textContent!.trim()).to.equal('Genres');
  });
});

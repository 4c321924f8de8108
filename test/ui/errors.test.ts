import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AgendaEvents } from '../../src/index.js';
import { AgendaError } from '../../src/client/index.js';
import { ConfigError } from '../../src/config/index.js';
import { asAgendaError, chunkError, errorText, errorTextsSource, loadErrorTexts } from '../../src/ui/errors.js';
import { FakeApi, apiError } from '../helpers/fake-api.js';
import { $, announcement, nextInDocument, tick, until } from '../helpers/elements.js';

// The wording is a chunk loaded on the first failure. This file's page starts without it, and the tests run
// in order: nothing loaded, a load that fails, then one that works.
describe('error texts, loaded on the error path', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
  });

  /** A listing of city 2 whose API answers `code`. */
  async function failingListing(code: string, status: number, lang = 'fr') {
    api.on(/\/json\/2(\/|$)/, () => apiError(code, status));
    const failed = nextInDocument('agenda-error');
    const el = await fixture<AgendaEvents>(
      html`<agenda-events api-base="/api" api-key="demokey1" city="2" lang=${lang}></agenda-events>`,
    );
    return { el, event: await failed };
  }

  it('has no wording before anything failed', () => {
    expect(errorText(new AgendaError('Ax004'), 'fr')).to.equal(null);
  });

  it('shows a short fallback, with the code, and still dispatches agenda-error when the wording cannot load', async () => {
    const load = errorTextsSource.load;
    let attempts = 0;
    errorTextsSource.load = () => {
      attempts++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    try {
      const { el, event } = await failingListing('Ax004', 404);
      expect(event.detail).to.deep.equal({ code: 'Ax004', message: 'Une erreur est survenue.', status: 404 });
      const shown = await until(el, '[part="error"]');
      expect(shown.textContent).to.contain('Une erreur est survenue.');
      expect(shown.textContent).to.contain('Code\u00a0: Ax004');
      expect(announcement(el)).to.equal('Une erreur est survenue.');
      expect(attempts, 'one attempt for one failure, however often it renders').to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      errorTextsSource.load = load;
    }
    expect(errorText(new AgendaError('network'), 'en')).to.equal('Something went wrong.');
    const problem = new ConfigError({ attribute: 'city', source: 'element', value: 'x' });
    expect(errorText(problem, 'fr')).to.equal('Configuration à vérifier\u00a0: «\u00a0city\u00a0».');
    expect(errorText(problem, 'en')).to.equal('Check the configuration: “city”.');
  });

  it('drops a report made stale while its wording loads: the attribute changed and the new listing works', async () => {
    let settle!: () => void;
    const load = errorTextsSource.load;
    // This attempt fails too, so the next test still finds the wording missing.
    errorTextsSource.load = () => new Promise<void>((resolve) => (settle = resolve)).then(() => Promise.reject(new TypeError('Failed to fetch')));
    try {
      api.on(/\/json\/2(\/|$)/, () => apiError('Ax004', 404));
      const el = await fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2"></agenda-events>`);
      const errors: string[] = [];
      el.addEventListener('agenda-error', (event) => errors.push(event.detail.message));
      await waitUntil(() => settle !== undefined, 'the wording requested');
      el.setAttribute('city', '5');
      await tick(20);
      settle();
      await until(el, 'article.card');
      await tick(50);
      expect(errors, 'no agenda-error for city 2').to.deep.equal([]);
      expect(announcement(el)).to.match(/^\d+ événements? affichés?\.$/);
      expect($(el, '[part="error"]')).to.equal(null);
    } finally {
      errorTextsSource.load = load;
    }
  });

  it('renders a configuration problem found while updating only once its wording is there', async () => {
    let settle!: () => void;
    const load = errorTextsSource.load;
    errorTextsSource.load = () => new Promise<void>((resolve) => (settle = resolve)).then(load);
    try {
      const el = await fixture<HTMLElement>(html`<agenda-city-search api-base="/api" api-key="demokey1" exclude="1,abc"></agenda-city-search>`);
      await waitUntil(() => settle !== undefined, 'the wording requested');
      await tick(20);
      expect($(el, '[part="error"]'), 'no error state with an empty message').to.equal(null);
      const reported = nextInDocument('agenda-error');
      settle();
      const state = await until(el, '[part="error"]');
      expect(state.textContent).to.contain('Configuration invalide\u00a0: «\u00a0exclude\u00a0»');
      expect((await reported).detail.message).to.contain('«\u00a0exclude\u00a0»');
    } finally {
      errorTextsSource.load = load;
    }
  });

  it('tries again at the next failure, and shows the full message once the wording is there', async () => {
    const { el, event } = await failingListing('Ax004', 404);
    expect(event.detail).to.deep.equal({ code: 'Ax004', message: 'La ville demandée est inconnue.', status: 404 });
    const shown = await until(el, '[part="error"]');
    expect(shown.textContent).to.contain('La ville demandée est inconnue.');
    expect(announcement(el)).to.equal('La ville demandée est inconnue.');
    expect(loadErrorTexts(), 'nothing left to load').to.equal(null);
  });

  it('words every code and configuration problem in both languages once loaded', async () => {
    const { el, event } = await failingListing('Ax016', 403, 'en');
    expect(event.detail.message).to.equal('This API key does not give access to this city.');
    expect($(el, '[part="error"]')!.textContent).to.contain('This API key does not give access to this city.');
    expect(errorText(new AgendaError('http', { status: 502 }), 'fr')).to.equal('Le service d’agenda a répondu par une erreur (HTTP 502).');
    const problem = new ConfigError({ attribute: 'limit', source: 'element', value: '500' });
    expect(errorText(problem, 'en')).to.equal('Invalid configuration: “limit” on the element is “500”; expected a whole number from 1 to 100.');
    expect(errorText(new ConfigError({ attribute: 'api-key', source: 'configure', value: null }), 'fr')).to.equal(
      'Configuration incomplète\u00a0: l’option «\u00a0apiKey\u00a0» est obligatoire.',
    );
    expect(errorText(new ConfigError({ attribute: 'city', source: 'element', value: null }), 'fr')).to.equal(
      'Configuration incomplète\u00a0: l’attribut «\u00a0city\u00a0» est obligatoire.',
    );
    // A missing key can come from three places: the message names them.
    expect(errorText(new ConfigError({ attribute: 'api-key', source: 'element', value: null }), 'fr')).to.equal(
      'Configuration incomplète\u00a0: l’attribut «\u00a0api-key\u00a0» est obligatoire. Donnez-le à l’élément, à un <agenda-provider> qui l’entoure ou à configure().',
    );
    expect(errorText(new ConfigError({ attribute: 'api-key', source: 'element', value: null }), 'en')).to.equal(
      'Incomplete configuration: the “api-key” attribute is required. Set it on the element, on an enclosing <agenda-provider> or with configure().',
    );
    // French spacing in the sentence (no-break before ":" and inside « », narrow before ";"), never in the value
    // echoed, which stays as written.
    expect(errorText(new ConfigError({ attribute: 'api-key', source: 'provider', value: 'a : b ; « c »' }), 'fr')).to.equal(
      'Configuration invalide\u00a0: «\u00a0api-key\u00a0» de <agenda-provider> vaut «\u00a0a : b ; « c »\u00a0»\u202f; attendu\u00a0: 8 lettres ou chiffres.',
    );
    expect(errorText(new ConfigError({ attribute: 'api-key', source: 'provider', value: 'x' }), 'en')).to.equal(
      'Invalid configuration: “api-key” on <agenda-provider> is “x”; expected 8 letters or digits.',
    );
    // A categories message says which categories there are (here the seven documented: no /category answered).
    const categories = new ConfigError({ attribute: 'categories', source: 'element', value: 'cirque' });
    expect(errorText(categories, 'fr')).to.equal(
      'Configuration invalide\u00a0: «\u00a0categories\u00a0» de l’élément vaut «\u00a0cirque\u00a0»\u202f; attendu\u00a0: des URI de catégories séparées par des virgules (concert,theatre)\u202f; catégories\u00a0: concert, theatre, festival, jeune-public, danse, arts-du-spectacle et exposition.',
    );
    expect(errorText(categories, 'en')).to.equal(
      'Invalid configuration: “categories” on the element is “cirque”; expected comma-separated category URIs (concert,theatre); categories: concert, theatre, festival, jeune-public, danse, arts-du-spectacle and exposition.',
    );
    for (const attribute of ['api-key', 'city', 'limit', 'radius', 'exclude', 'categories', 'unknown-attribute']) {
      for (const source of ['element', 'provider', 'configure'] as const) {
        for (const value of [null, 'x']) {
          const text = errorText(new ConfigError({ attribute, source, value }), 'fr')!;
          expect(text, `${attribute} ${source} ${value}`).not.to.match(/ [:;!?»]|« |'/);
        }
      }
    }
  });
});

describe('chunkError', () => {
  it('reads a chunk that could not be downloaded as a network failure, worth a retry; other errors stay what they are', async () => {
    const missing = '/no-such-chunk.js';
    const offline = await import(/* @vite-ignore */ missing).catch(chunkError).catch((error: unknown) => error);
    expect(offline).to.be.instanceOf(AgendaError);
    expect((offline as AgendaError).code).to.equal('network');
    expect((offline as AgendaError).retryable).to.equal(true);
    // A TypeError from a bug is not a network failure, nor an HTTP status.
    expect(asAgendaError(new TypeError('x is undefined')).code).to.equal('parse');
    const known = new AgendaError('Ax007');
    expect(asAgendaError(known)).to.equal(known);
  });
});

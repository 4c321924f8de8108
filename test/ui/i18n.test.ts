import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { AgendaEvents } from '../../src/index.js';
import { wordsDeadline } from '../../src/ui/deadline.js';
import type { Messages } from '../../src/ui/i18n.js';
import { loadMessages, messages, messagesSource } from '../../src/ui/i18n.js';
import { FakeApi } from '../helpers/fake-api.js';
import { $, announcement, tick, until } from '../helpers/elements.js';

/** A load of the English catalogue that the test settles: with the real module, or a failure. */
function heldLoad() {
  let settle!: (outcome: 'load' | 'fail') => void;
  const load = new Promise<{ en: Messages }>((resolve, reject) => {
    settle = (outcome) => (outcome === 'load' ? resolve(import('../../src/ui/i18n-en.js')) : reject(new TypeError('Failed to fetch')));
  });
  return { load: () => load, settle };
}

// English is a chunk of its own; this file's page starts without it, and the tests run in order: a load that
// hangs then fails, a retry held while the request goes out, then the catalogue in place.
describe('messages', () => {
  let api: FakeApi;
  const source = messagesSource.load;
  const deadline = wordsDeadline.ms;

  beforeEach(() => {
    api = new FakeApi().install();
  });

  afterEach(() => {
    api.restore();
    messagesSource.load = source;
    wordsDeadline.ms = deadline;
  });

  /** An English listing of city 2. */
  const englishListing = () => fixture<AgendaEvents>(html`<agenda-events api-base="/api" api-key="demokey1" city="2" lang="en"></agenda-events>`);

  it('has French built in, and nothing to load for it', () => {
    expect(messages('fr').more).to.equal('Plus d’événements');
    expect(loadMessages('fr')).to.equal(null);
  });

  it('shows French once the deadline passes while English hangs, and tries again after a failure', async () => {
    const held = heldLoad();
    messagesSource.load = held.load;
    wordsDeadline.ms = 100;
    const el = await englishListing();
    // Cards at all prove the element did not freeze on the hung load.
    await until(el, 'article.card');
    expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal('Événements à venir');
    expect(announcement(el), 'the announcement too').to.match(/^\d+ événements? affichés?\.$/);
    held.settle('fail');
    await tick(10);
    expect(loadMessages('en'), 'no new attempt on an update').to.equal(null);
    expect(loadMessages('en', { retry: true }), 'a new attempt when asked (an element connecting)').to.be.instanceOf(Promise);
  });

  it('starts the request of an English element without waiting for English, and says no French meanwhile', async () => {
    const held = heldLoad();
    messagesSource.load = held.load;
    const release = api.hold();
    const el = await englishListing();
    await waitUntil(() => api.paths.some((path) => /\/json\/2(\/|$)/.test(path)), 'the listing request', { timeout: 2000 });
    expect($(el, '.skeleton, [aria-busy="true"]'), 'the skeleton shows').to.not.equal(null);
    expect(announcement(el), 'the French "loading" is withheld').to.equal('');
    // The answer arrives before English: what is said of it waits for English, not for French.
    release();
    await tick(50);
    expect(announcement(el), 'the French count is withheld').to.equal('');
    held.settle('load');
    await waitUntil(() => /^\d+ events? shown\.$/.test(announcement(el)), 'the count, in English', { timeout: 2000 });
    await until(el, 'article.card');
    expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal('Upcoming events');
    expect(messages('en').more).to.equal('More events');
    expect(loadMessages('en'), 'nothing left to load').to.equal(null);
  });
});

